// Registration for the stories and the component tests: the backend's own registration domain and API behind MSW
// (a fresh one per call), with the seeded demo users as existing accounts and the simulated registries.
import { mockRegistration, type MockRegistration } from '../../../../mock-backend/src/msw/mock-registration.js';
import { REGISTRY_PEOPLE } from '../../../../mock-backend/src/registration/registries.js';

export const REGISTRATION_ORIGIN = 'https://registration.gos-elements.test';
export const REGISTRATION_API = `${REGISTRATION_ORIGIN}/api/v1`;

/** A fresh registration backend; `checkDelayMs` keeps the registries busy (the "checks in progress" state). */
export function registrationBackend(options: { checkDelayMs?: number } = {}): MockRegistration {
  return mockRegistration({
    origin: REGISTRATION_ORIGIN,
    checkDelayMs: options.checkDelayMs ?? 0,
    // Stories are shown again and again: no per-recipient limit on codes here.
    limits: { codesPerRecipient: { windowMs: 60_000, max: 1_000 } },
  });
}

/** A person the registries know and pass (README lists the others). */
export const ELENA = REGISTRY_PEOPLE.find((person) => person.lastName === 'Новикова') as (typeof REGISTRY_PEOPLE)[0];

/** A PNG header large enough to be readable (the server checks the type and the resolution, not the pixels). */
export function scan(name = 'passport.png', width = 1200, height = 800): File {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return new File([bytes], name, { type: 'image/png' });
}

// Driving the wizard as a person would — shared by the component tests and the stories' play functions.

type Wizard = HTMLElement & { updateComplete: Promise<boolean> };

function shadow(el: Wizard): ShadowRoot {
  if (!el.shadowRoot) throw new Error('the wizard has not rendered');
  return el.shadowRoot;
}

/** Resolves when `check` holds (polling), or fails after `timeout` ms naming `what`. */
export async function until<T>(check: () => T, what: string, timeout = 4000): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits for the wizard to show `step` (by its id, so it works in every language) and to be idle. */
export const onStep = (el: Wizard, step: string) =>
  until(() => shadow(el).querySelector(`[data-step="${step}"][aria-busy="false"]`), `the step ${step}`);

/** Types `value` into a field: the value, then an input event (as typing or pasting does). */
export function typeInto(el: Wizard, name: string, value: string): HTMLInputElement {
  const input = shadow(el).querySelector<HTMLInputElement>(`#field-${CSS.escape(name)}`);
  if (!input) throw new Error(`no field ${name}`);
  input.focus();
  input.value = value;
  if (input.type !== 'email') input.setSelectionRange(value.length, value.length);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  return input;
}

export const submitStep = (el: Wizard) => shadow(el).querySelector('form')?.requestSubmit();

/** A phone nobody has used yet (the mock keeps accounts and limits codes per number). */
export function freshPhone(): string {
  return `+7 926 ${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
}

/** Contacts typed and sent, both codes entered from the mock's outbox. */
export async function passContacts(el: Wizard, backend: MockRegistration, phone = freshPhone()): Promise<void> {
  typeInto(el, 'phone', phone);
  typeInto(el, 'email', 'elena.novikova@example.ru');
  submitStep(el);
  await onStep(el, 'code');
  const digits = `+7${phone.replace(/\D/g, '').slice(-10)}`;
  for (const [factor, to] of [
    ['sms', digits],
    ['email', 'elena.novikova@example.ru'],
  ] as const) {
    const prompt = await until(() => shadow(el).querySelector(`gos-otp-prompt[factor="${factor}"]`), factor);
    const code = await until(() => backend.codeFor(to), `the code to ${to}`);
    prompt.dispatchEvent(new CustomEvent('gos-otp-submit', { detail: { code, factor }, bubbles: true }));
    if (factor === 'sms') await until(() => !shadow(el).querySelector('gos-otp-prompt[factor="sms"]'), 'the phone');
  }
}

/** Personal data of Новикова Елена Сергеевна, typed the way people type it. */
export function fillPersonal(el: Wizard, overrides: Readonly<Record<string, string>> = {}): void {
  const values: Record<string, string> = {
    lastName: ELENA.lastName,
    firstName: ELENA.firstName,
    middleName: ELENA.middleName ?? '',
    birthDate: ELENA.birthDate.replaceAll('.', ''),
    birthPlace: 'г. Энск',
    snils: ELENA.snils.replace(/\D/g, ''),
    passportNumber: `${ELENA.passport.series} ${ELENA.passport.number}`,
    issueDate: ELENA.passport.issueDate,
    divisionCode: '770001',
    issuedBy: 'ОВД района Энский',
    ...overrides,
  };
  // `gender: ''` leaves the sex unchosen.
  const { gender = 'F', ...typed } = values;
  if (gender) shadow(el).querySelector<HTMLInputElement>(`input[name="gender"][value="${gender}"]`)?.click();
  for (const [name, value] of Object.entries(typed)) typeInto(el, name, value);
}

/** Chooses `file` for a scan slot. */
export function pickScan(el: Wizard, slot: string, file: File): void {
  const input = shadow(el).querySelector<HTMLInputElement>(`#field-documents\\.${slot}`);
  if (!input) throw new Error(`no slot ${slot}`);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export type DriveTarget = 'code' | 'personal' | 'documents' | 'password' | 'consent' | 'review' | 'result';

/** Goes through the steps up to `target` (standard level), with `personal` overrides for a chosen outcome. */
export async function driveTo(
  el: Wizard,
  backend: MockRegistration,
  target: DriveTarget,
  personal: Readonly<Record<string, string>> = {},
): Promise<void> {
  if (target === 'code') {
    typeInto(el, 'phone', freshPhone());
    typeInto(el, 'email', 'elena.novikova@example.ru');
    submitStep(el);
    await onStep(el, 'code');
    return;
  }
  await passContacts(el, backend);
  await onStep(el, 'personal');
  if (target === 'personal') return;
  fillPersonal(el, personal);
  submitStep(el);
  await onStep(el, 'documents');
  if (target === 'documents') return;
  pickScan(el, 'passport-main', scan());
  await until(() => shadow(el).querySelector('[data-slot="passport-main"][data-uploaded]'), 'the first scan');
  pickScan(el, 'passport-registration', scan('registration.png'));
  await until(() => shadow(el).querySelector('[data-slot="passport-registration"][data-uploaded]'), 'the 2nd scan');
  submitStep(el);
  await onStep(el, 'password');
  if (target === 'password') return;
  const password = await until(() => el.querySelector<HTMLInputElement>('input[autocomplete="new-password"]'), 'pw');
  password.value = 'Vesna!Sad2026';
  password.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
  submitStep(el);
  await onStep(el, 'consent');
  await until(() => shadow(el).querySelector('.consent'), 'the consent text');
  if (target === 'consent') return;
  shadow(el).querySelector<HTMLInputElement>('#field-consent')?.click();
  submitStep(el);
  await onStep(el, 'review');
  if (target === 'review') return;
  submitStep(el);
  await onStep(el, 'result');
}
