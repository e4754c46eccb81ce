import { describe, expect, it } from 'vitest';
import {
  formatTyped,
  parseDraft,
  reachable,
  serializeDraft,
  stepsFor,
  type FormattedField,
  type Step,
} from './registration-wizard.logic.js';

/** `|` marks the caret, in and out. */
function typed(field: FormattedField, text: string): string {
  const caret = text.indexOf('|');
  const result = formatTyped(field, { value: text.replace('|', ''), caret: caret < 0 ? text.length : caret });
  return `${result.value.slice(0, result.caret)}|${result.value.slice(result.caret)}`;
}

describe('formatTyped', () => {
  it('formats a SNILS pasted in any spacing', () => {
    expect(typed('snils', '112 233 445 95|')).toBe('112-233-445 95|');
    expect(typed('snils', '11223344595|')).toBe('112-233-445 95|');
    expect(typed('snils', '112-233-445-95|')).toBe('112-233-445 95|');
    expect(typed('snils', '1122|')).toBe('112-2|');
  });

  it('keeps the caret after the same digit when typing in the middle', () => {
    // A 9 typed after "112-2": the caret follows the new digit, not the end; the digit past the pattern drops.
    expect(typed('snils', '112-29|33-445 95')).toBe('112-29|3-344 59');
    expect(typed('division-code', '77|0001')).toBe('77|0-001');
    expect(typed('snils', '|11223344595')).toBe('|112-233-445 95');
  });

  it('does not put back a separator the person just deleted', () => {
    // Backspace after "112-": the value is "112", no dash comes back.
    expect(typed('snils', '112|')).toBe('112|');
    expect(typed('date', '01.|')).toBe('01|');
  });

  it('understands a phone with +7, 8 or without a country code', () => {
    expect(typed('phone', '+7 912 345-67-89|')).toBe('+7 (912) 345-67-89|');
    expect(typed('phone', '89123456789|')).toBe('+7 (912) 345-67-89|');
    expect(typed('phone', '9123456789|')).toBe('+7 (912) 345-67-89|');
    expect(typed('phone', '8|')).toBe('+7 (|');
    expect(typed('phone', '+7 (9|')).toBe('+7 (9|');
    expect(typed('phone', '+7 (91|2) 345')).toBe('+7 (91|2) 345');
    expect(typed('phone', '+7 (912) 345-67-89-00|')).toBe('+7 (912) 345-67-89|');
  });

  it('formats a passport and a date, cutting extra digits', () => {
    expect(typed('passport', '45 11 302876|')).toBe('4511 302876|');
    expect(typed('date', '14031991|')).toBe('14.03.1991|');
    expect(typed('date', '14.03.19912|')).toBe('14.03.1991|');
    expect(typed('date', '|')).toBe('|');
  });
});

describe('steps', () => {
  const steps = stepsFor('full');
  const completed = new Set<Step>(['contacts', 'code']);

  it('lets a person go back to completed steps and on to the current one, never further', () => {
    expect(reachable(steps, completed, 'contacts', false)).toBe(true);
    expect(reachable(steps, completed, 'personal', false)).toBe(true);
    expect(reachable(steps, completed, 'documents', false)).toBe(false);
    expect(reachable(steps, completed, 'result', false)).toBe(false);
    expect(reachable(steps, completed, 'contacts', true)).toBe(false);
    expect(reachable(steps, completed, 'result', true)).toBe(true);
  });

  it('asks a contacts-only host for no documents (and only the name, sex and birth date)', () => {
    expect(stepsFor('contacts')).toEqual(['contacts', 'code', 'personal', 'password', 'consent', 'review', 'result']);
  });
});

describe('draft', () => {
  it('survives a round trip without passwords or codes', () => {
    const text = serializeDraft({
      version: 1,
      token: 'abc',
      step: 'personal',
      completed: ['contacts', 'code'],
      fields: { phone: '+7 (912) 345-67-89', lastName: 'Новикова', password: 'secret', 'code-phone': '123456' },
    });
    expect(text).not.toContain('secret');
    expect(text).not.toContain('123456');
    expect(parseDraft(text)).toEqual({
      version: 1,
      token: 'abc',
      step: 'personal',
      completed: ['contacts', 'code'],
      fields: { phone: '+7 (912) 345-67-89', lastName: 'Новикова' },
    });
  });

  it('ignores anything that is not a draft of this version', () => {
    expect(parseDraft(null)).toBeUndefined();
    expect(parseDraft('{')).toBeUndefined();
    expect(parseDraft(JSON.stringify({ version: 2, step: 'personal', completed: [], fields: {} }))).toBeUndefined();
    expect(parseDraft(JSON.stringify({ version: 1, step: 'elsewhere', completed: [], fields: {} }))).toBeUndefined();
    expect(
      parseDraft(
        JSON.stringify({ version: 1, step: 'code', completed: ['nope', 'contacts'], fields: { a: 1, b: 'x' } }),
      ),
    ).toEqual({ version: 1, step: 'code', completed: ['contacts'], fields: { b: 'x' } });
  });
});
