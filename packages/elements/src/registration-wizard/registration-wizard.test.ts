// The wizard against the backend's own registration domain and API through MSW's service worker.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { MockRegistration } from '../../../../mock-backend/src/msw/mock-registration.js';
import '../config/define.js';
import { serve } from '../internal/mock-service-worker.fixtures.js';
import '../otp-prompt/define.js';
import type { GosRegistrationWizardElement } from './registration-wizard.js';
import {
  driveTo,
  ELENA,
  fillPersonal,
  onStep,
  passContacts,
  pickScan,
  REGISTRATION_API,
  registrationBackend,
  scan,
  submitStep as submit,
  typeInto as type,
} from './registration-wizard.fixtures.js';
import './define.js';

const DRAFT_KEYS = () => Object.keys(sessionStorage).filter((key) => key.startsWith('gos-registration-draft:'));

async function mount(backend: MockRegistration, attributes: { level?: string } = {}) {
  await serve(...backend.handlers);
  const config = await fixture(
    html`<gos-config api-base=${REGISTRATION_API}>
      <gos-registration-wizard lang="ru" level=${attributes.level ?? 'standard'}></gos-registration-wizard>
    </gos-config>`,
  );
  const el = config.querySelector<GosRegistrationWizardElement>('gos-registration-wizard')!;
  await el.updateComplete;
  return el;
}

const root = (el: GosRegistrationWizardElement) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: GosRegistrationWizardElement, selector: string) =>
  root(el).querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const heading = (el: GosRegistrationWizardElement) => text($(el, '.step-heading'));

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `wanted` has the focus (at most 30 times: a trap or a lost control fails). */
async function tabTo(wanted: (element: Element | null) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 30 && !wanted(focused()); presses += 1) await sendKeys({ press: 'Tab' });
  expect(wanted(focused()), `Tab reaches ${what}`).to.equal(true);
}

const isSubmit = (element: Element | null) => element?.matches('.actions .button[type="submit"]') ?? false;
const hasId = (id: string) => (element: Element | null) => element?.id === id;

afterEach(() => {
  for (const key of DRAFT_KEYS()) sessionStorage.removeItem(key);
});

describe('<gos-registration-wizard>', () => {
  it('checks the contacts on submit with a summary that takes focus and links to the field', async () => {
    const el = await mount(registrationBackend());
    expect(heading(el)).to.equal('Контакты');
    expect(text($(el, 'nav [aria-current="step"]'))).to.equal('Контакты');
    await expect(el).to.be.accessible();
    submit(el);
    await waitUntil(() => root(el).activeElement === $(el, '.error-summary'), 'focus on the summary');
    const link = $<HTMLAnchorElement>(el, '.error-summary a')!;
    expect(text(link)).to.match(/номер/i);
    expect($(el, '#field-phone')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    link.click();
    expect(root(el).activeElement).to.equal($(el, '#field-phone'));
    // Corrected as it is typed, once shown in error.
    type(el, 'phone', '+7 926 555-00-11');
    await el.updateComplete;
    expect($(el, '#field-phone')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('tells a person whose phone has an account to sign in or recover access, at the field', async () => {
    const backend = registrationBackend();
    await serve(...backend.handlers);
    const config = await fixture(
      html`<gos-config api-base=${REGISTRATION_API}>
        <gos-registration-wizard lang="ru" recovery-href="https://gosuslugi.example/recovery"></gos-registration-wizard>
      </gos-config>`,
    );
    const el = config.querySelector<GosRegistrationWizardElement>('gos-registration-wizard')!;
    await el.updateComplete;
    type(el, 'phone', '+7 916 555-01-01');
    submit(el);
    await waitUntil(() => $(el, '.notice.error'), 'the refusal');
    expect(text($(el, '.error-summary'))).to.match(/Этот номер уже указан в учётной записи/);
    expect($(el, '#field-phone')!.getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLAnchorElement>(el, '[part="recovery-link"]')!.href).to.equal('https://gosuslugi.example/recovery');
    expect(text($(el, '.notice.error'))).to.match(/Войти в учётную запись.*Восстановить доступ/);
    expect(backend.sent).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('formats the phone as it is typed, keeping the caret after the same digit', async () => {
    const el = await mount(registrationBackend());
    const input = type(el, 'phone', '89265550011');
    expect(input.value).to.equal('+7 (926) 555-00-11');
    input.value = '+7 (926) 5550-00-11';
    input.setSelectionRange(13, 13);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // A 0 typed after «555»: the caret stays right after it, not at the end.
    expect(input.value).to.equal('+7 (926) 555-00-01');
    expect(input.selectionStart).to.equal(14);
  });

  it('registers a person the registries know: codes, data, scans, password, consent, answers, checks, account', async () => {
    const backend = registrationBackend();
    const el = await mount(backend);
    const steps: string[] = [];
    el.addEventListener('gos-registration-step', (event) => steps.push((event as CustomEvent).detail.step));
    const completed: unknown[] = [];
    el.addEventListener('gos-registration-complete', (event) => completed.push((event as CustomEvent).detail));

    await passContacts(el, backend, '8 926 555 00 11');
    await onStep(el, 'personal');
    expect(heading(el)).to.equal('Личные данные');
    expect(root(el).activeElement).to.equal($(el, '.step-heading'));
    await expect(el).to.be.accessible();
    fillPersonal(el);
    expect($<HTMLInputElement>(el, '#field-snils')!.value).to.equal(ELENA.snils);
    submit(el);

    await onStep(el, 'documents');
    pickScan(el, 'passport-main', scan());
    await waitUntil(() => /Загружено: passport\.png/.test(text($(el, 'form'))), 'the first scan');
    pickScan(el, 'passport-registration', scan('registration.png'));
    await waitUntil(() => /Загружено: registration\.png/.test(text($(el, 'form'))), 'the second scan');
    await expect(el).to.be.accessible();
    submit(el);

    await onStep(el, 'password');
    const password = el.querySelector<HTMLInputElement>('input[autocomplete="new-password"]')!;
    expect(password, 'the password field is in the light DOM').to.not.equal(null);
    password.value = 'Vesna!Sad2026';
    password.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.rules .unmet')]).to.have.length(0);
    await expect(el).to.be.accessible();
    submit(el);

    await onStep(el, 'consent');
    await waitUntil(() => $(el, '.consent'), 'the consent text');
    $<HTMLInputElement>(el, '#field-consent')!.click();
    await expect(el).to.be.accessible();
    submit(el);

    await onStep(el, 'review');
    expect(text($(el, 'form'))).to.match(/Новикова.*157-234-981 84/);
    await expect(el).to.be.accessible();
    submit(el);

    await onStep(el, 'result');
    await waitUntil(() => /Завершить регистрацию/.test(text($(el, '.actions'))), 'the checks passed');
    expect(text($(el, '.checks'))).to.match(/Социальный фонд России.*проверено.*МВД России.*проверено/);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.actions .button')!.click();
    await waitUntil(() => completed.length === 1, 'the account');
    expect(completed).to.deep.equal([{ level: 'standard' }]);
    expect(text($(el, '[role="status"].notice'))).to.match(/Учётная запись создана/);
    expect(backend.accounts.created.map((account) => account.phone)).to.deep.equal(['+79265550011']);
    expect(DRAFT_KEYS()).to.deep.equal([]);
    expect(steps).to.include.members(['code', 'personal', 'documents', 'password', 'consent', 'review', 'result']);
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone (contacts-only account)', async () => {
    const backend = registrationBackend();
    const el = await mount(backend, { level: 'simplified' });

    await tabTo((element) => element?.id === 'field-phone', 'the phone');
    await sendKeys({ type: '9265550022' });
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'code');
    await tabTo((element) => element?.tagName === 'INPUT' && element.closest('.base') === null, 'the code');
    await sendKeys({ type: backend.codeFor('+79265550022') ?? '' });

    await onStep(el, 'personal');
    expect($(el, '#field-snils'), 'no documents for a simplified account').to.equal(null);
    await tabTo((element) => element?.id === 'field-lastName', 'the surname');
    await sendKeys({ type: 'Новикова' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Елена' });
    await tabTo((element) => element?.id === 'field-gender', 'the sex');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo((element) => element?.id === 'field-birthDate', 'the birth date');
    await sendKeys({ type: '14031991' });
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'password');
    await tabTo((element) => element?.getAttribute('autocomplete') === 'new-password', 'the password');
    await sendKeys({ type: 'Vesna!Sad2026' });
    await tabTo(isSubmit, 'Продолжить');
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'consent');
    await waitUntil(() => $(el, '.consent'), 'the consent text');
    await tabTo((element) => element?.id === 'field-consent', 'the consent checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo(isSubmit, 'Продолжить');
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'review');
    await tabTo(isSubmit, 'Создать учётную запись');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /Учётная запись создана/.test(text($(el, '.notice'))), 'the account');
    expect(
      backend.accounts.created.map((account) => [account.phone, account.level, account.personalData.gender]),
    ).to.deep.equal([['+79265550022', 'simplified', 'F']]);
  });

  it('can be completed with the keyboard alone (standard account: scans chosen with Space)', async function () {
    // Some hundred key presses, each a round trip to the browser.
    this.timeout(30_000);
    const backend = registrationBackend();
    const el = await mount(backend);
    const completed: unknown[] = [];
    el.addEventListener('gos-registration-complete', (event) => completed.push((event as CustomEvent).detail));

    await tabTo(hasId('field-phone'), 'the phone');
    await sendKeys({ type: '9265550033' });
    await tabTo(hasId('field-email'), 'the e-mail');
    await sendKeys({ type: 'elena.novikova@example.ru' });
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'code');
    for (const [factor, to] of [
      ['sms', '+79265550033'],
      ['email', 'elena.novikova@example.ru'],
    ] as const) {
      const prompt = root(el).querySelector(`gos-otp-prompt[factor="${factor}"]`);
      await tabTo((element) => element?.tagName === 'INPUT' && prompt?.shadowRoot?.contains(element) === true, factor);
      await sendKeys({ type: backend.codeFor(to) ?? '' });
      if (factor === 'sms') await waitUntil(() => !root(el).querySelector('gos-otp-prompt[factor="sms"]'), 'phone');
    }

    await onStep(el, 'personal');
    const typed: [string, string][] = [
      ['lastName', ELENA.lastName],
      ['firstName', ELENA.firstName],
      ['middleName', ELENA.middleName ?? ''],
      ['gender', ''],
      ['birthDate', ELENA.birthDate.replaceAll('.', '')],
      ['birthPlace', 'г. Энск'],
      ['snils', ELENA.snils.replace(/\D/g, '')],
      ['passportNumber', `${ELENA.passport.series}${ELENA.passport.number}`],
      ['issueDate', ELENA.passport.issueDate.replaceAll('.', '')],
      ['divisionCode', '770001'],
      ['issuedBy', 'ОВД района Энский'],
    ];
    for (const [name, value] of typed) {
      await tabTo(hasId(`field-${name}`), name);
      // The radio group: the arrow moves to «Женский» and chooses it.
      await sendKeys(name === 'gender' ? { press: 'ArrowDown' } : { type: value });
    }
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'documents');
    for (const slot of ['passport-main', 'passport-registration']) {
      await tabTo(hasId(`field-documents.${slot}`), slot);
      await executeServerCommand('choose-file-with-key', { key: 'Space', name: `${slot}.png` });
      await waitUntil(() => $(el, `[data-slot="${slot}"][data-uploaded]`), `the scan ${slot}`);
    }
    await tabTo(isSubmit, 'Продолжить');
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'password');
    await tabTo((element) => element?.getAttribute('autocomplete') === 'new-password', 'the password');
    await sendKeys({ type: 'Vesna!Sad2026' });
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'consent');
    await waitUntil(() => $(el, '.consent'), 'the consent text');
    await tabTo(hasId('field-consent'), 'the consent checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo(isSubmit, 'Продолжить');
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'review');
    await tabTo(isSubmit, 'Отправить на проверку');
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'result');
    await waitUntil(() => /Завершить регистрацию/.test(text($(el, '.actions'))), 'the checks passed');
    await tabTo((element) => /Завершить регистрацию/.test(element?.textContent ?? ''), 'Завершить регистрацию');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => completed.length === 1, 'the account');
    expect(completed).to.deep.equal([{ level: 'standard' }]);
    expect(backend.accounts.created.map((account) => [account.phone, account.personalData.snils])).to.deep.equal([
      ['+79265550033', ELENA.snils],
    ]);
  });

  it('asks before «Начать заново» deletes anything, with the safe answer focused', async () => {
    const backend = registrationBackend();
    const el = await mount(backend);
    await driveTo(el, backend, 'personal');
    type(el, 'lastName', 'Новикова');
    const restart = $<HTMLButtonElement>(el, '.actions .restart')!;
    restart.focus();
    restart.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.restart')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(text(dialog)).to.match(/Начать заново\?.*будет удалено/);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Продолжить регистрацию');
    await expect(el).to.be.accessible();

    // Escape keeps everything, and the focus goes back to where it was.
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(root(el).activeElement).to.equal(restart);
    expect($<HTMLInputElement>(el, '#field-lastName')!.value).to.equal('Новикова');
    expect(DRAFT_KEYS()).to.have.length(1);

    restart.click();
    [...dialog.querySelectorAll<HTMLButtonElement>('button')].find((b) => /Удалить/.test(b.textContent ?? ''))!.click();
    await onStep(el, 'contacts');
    expect(dialog.open).to.equal(false);
    expect($<HTMLInputElement>(el, '#field-phone')!.value).to.equal('');
    expect(DRAFT_KEYS()).to.deep.equal([]);
    expect(backend.store.all(), 'the registration started is discarded').to.deep.equal([]);
  });

  it('draws the light-DOM password field with the theme, and lets the host page restyle it', async () => {
    const backend = registrationBackend();
    const el = await mount(backend);
    await driveTo(el, backend, 'password');
    const password = el.querySelector<HTMLInputElement>('#gos-registration-password')!;
    expect(getComputedStyle(password).minHeight).to.equal('44px');
    expect(getComputedStyle(password).borderTopColor).to.equal('rgb(127, 139, 152)');
    const pageRule = document.createElement('style');
    pageRule.textContent = 'gos-registration-wizard input { border-color: rgb(1, 2, 3); }';
    document.head.append(pageRule);
    try {
      expect(getComputedStyle(password).borderTopColor).to.equal('rgb(1, 2, 3)');
    } finally {
      pageRule.remove();
    }
  });

  it('keeps what was typed across a reload, without the password, and resumes at the same step', async () => {
    const backend = registrationBackend();
    const first = await mount(backend);
    await passContacts(first, backend);
    await onStep(first, 'personal');
    type(first, 'lastName', 'Новикова');
    type(first, 'snils', '15723498184');
    const draft = sessionStorage.getItem(DRAFT_KEYS()[0]!) ?? '';
    expect(draft).to.contain('Новикова');
    first.remove();

    const again = await mount(backend);
    await onStep(again, 'personal');
    await waitUntil(() => /продолжаете регистрацию/.test(text($(again, '.notice'))), 'the resumed notice');
    expect($<HTMLInputElement>(again, '#field-lastName')!.value).to.equal('Новикова');
    expect($<HTMLInputElement>(again, '#field-snils')!.value).to.equal('157-234-981 84');
  });

  it('shows a failed check with the registry’s reason and a way to correct the data', async () => {
    const backend = registrationBackend();
    const el = await mount(backend);
    await driveTo(el, backend, 'result', { firstName: 'Анна' });
    await waitUntil(() => /не подтверждено/.test(text($(el, '.checks'))), 'the failed check');
    expect(text($(el, '.checks'))).to.match(/СНИЛС принадлежит другому человеку/);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.actions .button')!.click();
    await onStep(el, 'personal');
    expect($<HTMLInputElement>(el, '#field-firstName')!.value).to.equal('Анна');
  });

  it('asks for a previous surname when the Social Fund has another, and passes with the answer', async () => {
    const backend = registrationBackend();
    const el = await mount(backend);
    await driveTo(el, backend, 'result', {
      lastName: 'Белова',
      firstName: 'Ольга',
      middleName: 'Николаевна',
      birthDate: '07.07.1994',
      snils: '17945610305',
      passportNumber: '4614 527190',
      issueDate: '21.07.2014',
    });
    await waitUntil(() => $(el, '#field-previousLastName'), 'the question');
    expect(text($(el, '.checks'))).to.match(/нужно уточнение.*Ответьте до/);
    await expect(el).to.be.accessible();
    type(el, 'previousLastName', 'Орлова');
    $<HTMLFormElement>(el, '.checks form')!.requestSubmit();
    await waitUntil(() => /Завершить регистрацию/.test(text($(el, '.actions'))), 'passed');
  });

  it('refuses a scan by its content with the cabinet’s reason', async () => {
    const backend = registrationBackend();
    const el = await mount(backend);
    await driveTo(el, backend, 'documents');
    pickScan(el, 'passport-main', new File(['MZ\x90\x00'], 'passport.pdf', { type: 'application/pdf' }));
    await waitUntil(() => /по содержимому/.test(text($(el, '#field-documents\\.passport-main-error'))), 'refused');
    pickScan(el, 'passport-main', scan('small.png', 300, 200));
    await waitUntil(() => /слишком мелкий/.test(text($(el, '#field-documents\\.passport-main-error'))), 'unreadable');
    await expect(el).to.be.accessible();
  });
});
