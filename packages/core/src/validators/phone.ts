import { rejectWith, valid, type ReasonMessages, type ValidationResult } from './result.js';

export type PhoneInvalidReason =
  | 'empty'
  | 'format'
  /** An international number with a country code other than +7. */
  | 'not-russian'
  /** A Russian number that is not a mobile one (after +7 comes something other than 9). */
  | 'not-mobile';

/** `+7XXXXXXXXXX`. */
export type NormalizedPhone = string;

const messages: ReasonMessages<PhoneInvalidReason> = {
  empty: { ru: 'Укажите номер мобильного телефона', en: 'Enter your mobile phone number' },
  format: {
    ru: 'Номер телефона должен содержать 10 цифр после +7, например +7 900 123-45-67',
    en: 'A phone number has 10 digits after +7, for example +7 900 123-45-67',
  },
  'not-russian': {
    ru: 'Укажите российский номер мобильного телефона, начинающийся с +7',
    en: 'Enter a Russian mobile number starting with +7',
  },
  'not-mobile': {
    ru: 'Это не мобильный номер. Укажите номер мобильного телефона — он начинается с +7 9',
    en: 'This is not a mobile number. Enter a mobile number — it starts with +7 9',
  },
};
const reject = rejectWith(messages);

// Digits with the punctuation people use to group them; a plus only in front.
const PHONE_CHARACTERS = /^\+?[\d\s().\-‐-―−]+$/u;

type PhoneParse =
  | { readonly ok: true; readonly phone: NormalizedPhone }
  | { readonly ok: false; readonly problem: 'format' | 'not-russian' };

function parsePhone(input: string): PhoneParse {
  const text = input.trim();
  if (!PHONE_CHARACTERS.test(text)) return { ok: false, problem: 'format' };
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) {
    if (!digits.startsWith('7')) return { ok: false, problem: 'not-russian' };
    return digits.length === 11 ? { ok: true, phone: `+${digits}` } : { ok: false, problem: 'format' };
  }
  // Without a plus, a leading 8 is the domestic trunk prefix and a leading 7 the country code typed bare.
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) {
    return { ok: true, phone: `+7${digits.slice(1)}` };
  }
  if (digits.length === 10) return { ok: true, phone: `+7${digits}` };
  return { ok: false, problem: 'format' };
}

/** `+7XXXXXXXXXX` for any Russian number (mobile or not), otherwise null. */
export function normalizePhone(input: string): NormalizedPhone | null {
  const parsed = parsePhone(input);
  return parsed.ok ? parsed.phone : null;
}

/** `+7 (900) 123-45-67`; input that is not a Russian number is returned unchanged. */
export function formatPhone(input: string): string {
  const phone = normalizePhone(input);
  if (!phone) return input;
  return `+7 (${phone.slice(2, 5)}) ${phone.slice(5, 8)}-${phone.slice(8, 10)}-${phone.slice(10)}`;
}

/**
 * `+7 (***) ***-45-67`: enough for a person to recognise their own number on a one-time-code prompt, too little
 * for anyone else to learn it. Input that is not a Russian number keeps only its last two digits visible.
 */
export function maskPhone(input: string): string {
  const phone = normalizePhone(input);
  if (!phone) {
    const digitCount = input.replace(/\D/g, '').length;
    let seen = 0;
    return input.replace(/\d/g, (digit) => (++seen > digitCount - 2 ? digit : '*'));
  }
  return `+7 (***) ***-${phone.slice(8, 10)}-${phone.slice(10)}`;
}

export function validatePhone(input: string | null | undefined): ValidationResult<NormalizedPhone, PhoneInvalidReason> {
  if (!input?.trim()) return reject('empty');
  const parsed = parsePhone(input);
  if (!parsed.ok) return reject(parsed.problem);
  if (parsed.phone[2] !== '9') return reject('not-mobile');
  return valid(parsed.phone);
}
