// Pure logic of <gos-registration-wizard>: formatting what people type without moving their caret, the steps and
// which of them may be visited, and the draft kept across reloads (never passwords or codes).

/** A text field's value and where its caret is. */
export interface Typed {
  readonly value: string;
  readonly caret: number;
}

export type FormattedField = 'phone' | 'snils' | 'passport' | 'division-code' | 'date';

/** `#` is a digit; anything else is shown once the digits reach it. */
const PATTERNS: Readonly<Record<FormattedField, string>> = {
  phone: '+7 (###) ###-##-##',
  snils: '###-###-### ##',
  passport: '#### ######',
  'division-code': '###-###',
  date: '##.##.####',
};

/**
 * The digits a person means. For a phone, the country code is not part of them: `+7 912…`, `8 912…` and `912…` all
 * mean `912…` (a Russian mobile number starts with 9, so a leading 7 or 8 is the country code or the trunk prefix).
 */
function meaningfulDigits(field: FormattedField, text: string): { digits: string; dropped: number } {
  const digits = text.replace(/\D/g, '');
  if (field !== 'phone' || digits === '') return { digits, dropped: 0 };
  return digits[0] === '7' || digits[0] === '8' ? { digits: digits.slice(1), dropped: 1 } : { digits, dropped: 0 };
}

/**
 * Formats `typed` as the field's pattern while the person types or pastes in any spacing, keeping the caret after
 * the same digit it followed. Extra digits are cut at the pattern's length; separators appear only up to the last
 * digit, so Backspace over a separator is never undone by the formatter.
 */
export function formatTyped(field: FormattedField, typed: Typed): Typed {
  const pattern = PATTERNS[field];
  const slots = [...pattern].filter((char) => char === '#').length;
  const all = meaningfulDigits(field, typed.value);
  const before = meaningfulDigits(field, typed.value.slice(0, typed.caret));
  // The country code is dropped from the digits before the caret only if it was dropped from the whole value.
  const digitsBeforeCaret = Math.min(before.digits.length + before.dropped - all.dropped, slots);
  const digits = all.digits.slice(0, slots);
  // Only the country code so far: show where the number goes.
  if (digits === '') return field === 'phone' && all.dropped ? { value: '+7 (', caret: 4 } : { value: '', caret: 0 };

  let value = '';
  let used = 0;
  let caret = -1;
  for (const char of pattern) {
    if (used === digits.length) break;
    if (char === '#') {
      value += digits[used];
      used += 1;
      if (used === digitsBeforeCaret) caret = value.length;
    } else {
      value += char;
    }
  }
  if (digitsBeforeCaret <= 0) caret = field === 'phone' ? Math.min(4, value.length) : 0;
  return { value, caret: caret < 0 ? value.length : caret };
}

/** The steps, in order. `code` is skipped once the contacts are confirmed on the server. */
export const STEPS = ['contacts', 'code', 'personal', 'documents', 'password', 'consent', 'review', 'result'] as const;
export type Step = (typeof STEPS)[number];

/**
 * Which steps a host asked for: everything, or the contacts only (a simplified account — with the name, sex and
 * birth date an account needs, but no documents and no registry checks).
 */
export type WizardScope = 'full' | 'contacts';

export function stepsFor(scope: WizardScope): readonly Step[] {
  return scope === 'contacts' ? ['contacts', 'code', 'personal', 'password', 'consent', 'review', 'result'] : STEPS;
}

/**
 * Whether a step may be opened from the stepper: any step already completed, and the first one not completed yet
 * (where the person is); never one further on. Nothing but the result once the registration is completed.
 */
export function reachable(steps: readonly Step[], completed: ReadonlySet<Step>, step: Step, done: boolean): boolean {
  if (done) return step === 'result';
  const firstOpen = steps.find((candidate) => !completed.has(candidate));
  return completed.has(step) || step === firstOpen;
}

/** What the wizard keeps across a reload: what was typed (never passwords or codes) and where the person was. */
export interface RegistrationDraft {
  readonly version: 1;
  /** The registration's resume token, once started. */
  readonly token?: string;
  readonly step: Step;
  readonly completed: readonly Step[];
  /** Field values by name, as typed. */
  readonly fields: Readonly<Record<string, string>>;
}

/** Fields that must never be kept, whatever a caller passes. */
const SECRET_FIELDS = /password|code|otp/i;

/** The draft as text, without secret fields. */
export function serializeDraft(draft: RegistrationDraft): string {
  const fields = Object.fromEntries(Object.entries(draft.fields).filter(([name]) => !SECRET_FIELDS.test(name)));
  return JSON.stringify({ ...draft, fields });
}

/** A draft read back, or undefined for anything that is not one (another version, a damaged value). */
export function parseDraft(text: string | null): RegistrationDraft | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const draft = value as Partial<Record<keyof RegistrationDraft, unknown>>;
  const step = STEPS.find((candidate) => candidate === draft.step);
  if (draft.version !== 1 || !step || !Array.isArray(draft.completed)) return undefined;
  if (typeof draft.fields !== 'object' || draft.fields === null) return undefined;
  const fields = Object.fromEntries(
    Object.entries(draft.fields).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !SECRET_FIELDS.test(entry[0]),
    ),
  );
  return {
    version: 1,
    ...(typeof draft.token === 'string' ? { token: draft.token } : {}),
    step,
    completed: STEPS.filter((candidate) => (draft.completed as unknown[]).includes(candidate)),
    fields,
  };
}
