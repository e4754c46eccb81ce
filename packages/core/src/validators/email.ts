import { rejectWith, valid, type ReasonMessages, type ValidationResult } from './result.js';

export type EmailInvalidReason =
  | 'empty'
  /** Not shaped like `name@domain`: no @, several @, or spaces. */
  | 'format'
  /** The part before @ has characters mail servers refuse, or dots in the wrong places. */
  | 'local-part'
  /** The part after @ is not a domain name with a top-level domain. */
  | 'domain'
  | 'too-long';

const messages: ReasonMessages<EmailInvalidReason> = {
  empty: { ru: 'Укажите адрес электронной почты', en: 'Enter your e-mail address' },
  format: {
    ru: 'Проверьте адрес электронной почты: он должен быть в формате имя@домен, например ivanov@mail.ru',
    en: 'Check the e-mail address: it should look like name@domain, for example ivanov@mail.ru',
  },
  'local-part': {
    ru: 'Проверьте имя почтового ящика до знака @: в нём недопустимые символы или точка в начале, в конце или две точки подряд',
    en: 'Check the mailbox name before @: it has characters that are not allowed, or a dot at the start, at the end or two dots in a row',
  },
  domain: {
    ru: 'Проверьте адрес после знака @: это должен быть домен, например mail.ru или почта.рф',
    en: 'Check the part after @: it should be a domain such as mail.ru or почта.рф',
  },
  'too-long': {
    ru: 'Адрес электронной почты слишком длинный — проверьте, не вставился ли лишний текст',
    en: 'The e-mail address is too long — check that no extra text was pasted in',
  },
};
const reject = rejectWith(messages);

// Limits from RFC 5321 (64 for the mailbox name, 254 for a whole forward path), counted in characters.
const MAX_LOCAL_LENGTH = 64;
const MAX_ADDRESS_LENGTH = 254;
const MAX_LABEL_LENGTH = 63;

// RFC 5322 "atext" plus letters and digits of any script (RFC 6531), so иван@пример.рф is accepted;
// quoted local parts are legal but practically never real, and people who type quotes have made a typo.
const LOCAL_ATOM = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
// A top-level domain is letters (ru, рф, москва) or its punycode form (xn--p1ai).
const TOP_LEVEL_DOMAIN = /^(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]+)$/u;

function isValidLocalPart(local: string): boolean {
  return local.split('.').every((atom) => LOCAL_ATOM.test(atom));
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const topLevel = labels[labels.length - 1] ?? '';
  return (
    labels.every((label) => label.length <= MAX_LABEL_LENGTH && DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(topLevel)
  );
}

function splitAddress(input: string): { readonly local: string; readonly domain: string } | null {
  const text = input.trim();
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@') || at === text.length - 1 || /\s/u.test(text)) return null;
  return { local: text.slice(0, at), domain: text.slice(at + 1) };
}

/** Trimmed, domain lower-cased (domains are case-insensitive; mailbox names, strictly, are not); null when not `name@domain`. */
export function normalizeEmail(input: string): string | null {
  const parts = splitAddress(input);
  return parts ? `${parts.local}@${parts.domain.toLowerCase()}` : null;
}

export function validateEmail(input: string | null | undefined): ValidationResult<string, EmailInvalidReason> {
  if (!input?.trim()) return reject('empty');
  const parts = splitAddress(input);
  if (!parts) return reject('format');
  const domain = parts.domain.toLowerCase();
  const address = `${parts.local}@${domain}`;
  if (parts.local.length > MAX_LOCAL_LENGTH || address.length > MAX_ADDRESS_LENGTH) return reject('too-long');
  if (!isValidLocalPart(parts.local)) return reject('local-part');
  if (!isValidDomain(domain)) return reject('domain');
  return valid(address);
}

/**
 * `i***@mail.ru`: the first character of the mailbox name and the whole domain, so a person recognises which
 * of their addresses a code went to. Input without an @ is masked entirely.
 */
export function maskEmail(input: string): string {
  const text = input.trim();
  const at = text.lastIndexOf('@');
  if (at < 0) return '***';
  const first = Array.from(text.slice(0, at))[0] ?? '';
  return `${first}***@${text.slice(at + 1).toLowerCase()}`;
}
