import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GosOtpFactorDetail, GosOtpSubmitDetail } from './otp-prompt.events.js';
import { GosOtpPromptElement } from './otp-prompt.js';
import './define.js';

// Time is controlled by replacing Date.now: the element reads the clock on every update, so a test moves the clock
// and asks for an update (`requestUpdate()`, what the element's own interval does every second).
const realNow = Date.now;
const T0 = new Date(2026, 4, 12, 12, 30, 0).getTime(); // local 12:30, so lock times read the same in every zone
let clock = T0;
function useFakeClock(at = T0): void {
  clock = at;
  Date.now = () => clock;
}
async function advance(el: GosOtpPromptElement, ms: number): Promise<void> {
  clock += ms;
  el.requestUpdate();
  await el.updateComplete;
}

const $ = <T extends Element = HTMLElement>(el: GosOtpPromptElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const input = (el: GosOtpPromptElement) => $<HTMLInputElement>(el, '[part="input"]')!;
const resend = (el: GosOtpPromptElement) => $<HTMLButtonElement>(el, '[part="resend-button"]');
const switchButton = (el: GosOtpPromptElement) => $<HTMLButtonElement>(el, '[part="switch-button"]');
/** The text of a part, paragraphs apart, whitespace collapsed. */
function text(el: GosOtpPromptElement, part: string): string | undefined {
  const node = $(el, `[part="${part}"]`);
  if (!node) return undefined;
  const paragraphs = [...node.querySelectorAll('p')];
  const raw = paragraphs.length ? paragraphs.map((p) => p.textContent).join(' ') : node.textContent!;
  return raw.replace(/\s+/g, ' ').trim();
}
const politeRegion = (el: GosOtpPromptElement) => $(el, '[role="status"]')!;
const focused = (el: GosOtpPromptElement) => el.shadowRoot!.activeElement;

/** Records every gos-otp-* event the element fires. */
function recordEvents(el: HTMLElement): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const type of ['gos-otp-submit', 'gos-otp-resend', 'gos-otp-switch'])
    el.addEventListener(type, (event) => events.push(event as CustomEvent));
  return events;
}

function paste(target: HTMLInputElement, data: string): void {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', data);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
}

async function typeInto(el: GosOtpPromptElement, keys: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: keys });
  await el.updateComplete;
}

afterEach(() => {
  Date.now = realNow;
});

describe('<gos-otp-prompt> states', () => {
  beforeEach(() => useFakeClock());

  it('is registered by define.js', () => {
    expect(customElements.get('gos-otp-prompt')).to.equal(GosOtpPromptElement);
  });

  const factors = [
    { factor: 'sms', label: 'Код из SMS', inputmode: 'numeric', maxlength: '6' },
    { factor: 'email', label: 'Код из письма', inputmode: 'numeric', maxlength: '6' },
    { factor: 'totp', label: 'Код из приложения', inputmode: 'numeric', maxlength: '6' },
    { factor: 'backup', label: 'Резервный код', inputmode: 'text', maxlength: '15' },
  ] as const;
  for (const { factor, label, inputmode, maxlength } of factors) {
    it(`is ready for a ${factor} code, labelled and described, and accessible`, async () => {
      const el = await fixture<GosOtpPromptElement>(
        html`<gos-otp-prompt factor=${factor} destination=${factor === 'email' ? 'ivan@mail.ru' : '+79001234567'}>
        </gos-otp-prompt>`,
      );
      const field = input(el);
      expect(field.labels?.[0]?.textContent?.trim()).to.equal(label);
      expect(field.autocomplete).to.equal('one-time-code');
      expect(field.inputMode).to.equal(inputmode);
      expect(field.getAttribute('maxlength')).to.equal(maxlength);
      expect(field.getAttribute('aria-describedby')).to.equal('hint');
      expect(field.getAttribute('aria-invalid')).to.equal('false');
      expect(field.readOnly).to.equal(false);
      // Resending exists only where the server sends the code.
      expect(resend(el) !== null).to.equal(factor === 'sms' || factor === 'email');
      await expect(el).to.be.accessible();
    });
  }

  it('tells where to find app and backup codes', async () => {
    const app = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt factor="totp"></gos-otp-prompt>`);
    expect(text(app, 'hint')).to.equal('Откройте приложение-аутентификатор и введите код из 6 цифр');
    const backup = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt factor="backup"></gos-otp-prompt>`);
    expect(text(backup, 'hint')).to.contain('8 символов, например 1234-5678');
  });

  it('shows a partly typed code', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt .value=${'123'}></gos-otp-prompt>`);
    expect(input(el).value).to.equal('123');
    expect(el.code).to.equal('123');
    await expect(el).to.be.accessible();
  });

  it('counts down the code lifetime', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt expires-at=${String(T0 + 299_000)}></gos-otp-prompt>`,
    );
    expect(text(el, 'status')).to.equal('Код действует ещё 4:59');
    expect(input(el).getAttribute('aria-describedby')).to.equal('hint status');
    await advance(el, 1000);
    expect(text(el, 'status')).to.equal('Код действует ещё 4:58');
    await expect(el).to.be.accessible();
  });

  it('accepts the expiry time as ISO 8601', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt expires-at=${new Date(T0 + 90_000).toISOString()}></gos-otp-prompt>`,
    );
    expect(text(el, 'status')).to.equal('Код действует ещё 1:30');
  });

  it('shows an expired code with the way to get a new one', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt expires-at=${String(T0 - 1000)} .value=${'1234'}></gos-otp-prompt>`,
    );
    expect(text(el, 'status')).to.equal('Срок действия кода истёк. Запросите новый код');
    expect(input(el).readOnly).to.equal(true);
    expect(input(el).value).to.equal('1234');
    expect(resend(el)!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('keeps the resend button focusable but aria-disabled during the cooldown, with its countdown', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt resend-available-at=${String(T0 + 42_000)}></gos-otp-prompt>`,
    );
    const button = resend(el)!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(button.textContent!.trim()).to.equal('Получить новый код');
    expect(text(el, 'resend-hint')).to.equal('Новый код можно получить через 0:42');
    expect(button.getAttribute('aria-describedby')).to.equal('resend-hint');
    await expect(el).to.be.accessible();
  });

  it('shows a wrong code with attempts left: announced, field invalid, input kept', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
    await typeInto(el, '111111');
    el.error = 'Неверный код';
    el.attemptsLeft = 2;
    await el.updateComplete;
    const region = $(el, '[part="error"]')!;
    expect(region.getAttribute('aria-live')).to.equal('assertive');
    expect(text(el, 'error')).to.equal('Неверный код Осталось 2 попытки');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('hint error');
    expect(input(el).value).to.equal('111111');
    expect(focused(el)).to.equal(input(el));
    await expect(el).to.be.accessible();
  });

  it('re-announces the error after another wrong attempt', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt error="Неверный код" attempts-left="2"></gos-otp-prompt>`,
    );
    const before = $(el, '[part="error"] p');
    el.attemptsLeft = 1;
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('Неверный код Осталась 1 попытка');
    expect($(el, '[part="error"] p')).to.not.equal(before);
  });

  it('shows attempts left without an error as plain information', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt attempts-left="5"></gos-otp-prompt>`);
    expect(text(el, 'status')).to.equal('Осталось 5 попыток');
    expect(text(el, 'error')).to.equal('');
  });

  it('keeps focus while busy and says that the code is being checked', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt factors="email"></gos-otp-prompt>`);
    const events = recordEvents(el);
    await typeInto(el, '123456');
    expect(events).to.have.length(1);
    el.busy = true;
    await el.updateComplete;
    expect(focused(el)).to.equal(input(el));
    expect(input(el).readOnly).to.equal(true);
    expect($(el, '.field')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(el, 'status')).to.equal('Проверяем код…');
    expect(politeRegion(el).textContent!.trim()).to.equal('Проверяем код…');
    expect(resend(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(switchButton(el)!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    resend(el)!.click();
    expect(events).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows the lock with its end time, read-only, without resend', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt
        attempts-left="0"
        locked-until=${new Date(2026, 4, 12, 12, 45).toISOString()}
        factors="email"
      ></gos-otp-prompt>`,
    );
    expect(text(el, 'error')).to.equal('Слишком много попыток. Повторите после 12:45');
    expect(input(el).readOnly).to.equal(true);
    expect(resend(el)).to.equal(null);
    expect(input(el).getAttribute('aria-describedby')).to.equal('hint error');
    await expect(el).to.be.accessible();
  });

  it('adds the date to an unlock time on another day, and unlocks when the time comes', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt locked-until=${String(new Date(2026, 4, 13, 9, 5).getTime())}></gos-otp-prompt>`,
    );
    expect(text(el, 'error')).to.match(/^Слишком много попыток\. Повторите после 13 мая.*09:05$/);
    await advance(el, 21 * 3600_000);
    expect(text(el, 'error')).to.equal('');
    expect(input(el).readOnly).to.equal(false);
  });

  it('shows no attempts left: read-only until a new code', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt attempts-left="0" error="Неверный код"></gos-otp-prompt>`,
    );
    expect(text(el, 'error')).to.equal('Неверный код Попытки ввода этого кода закончились. Запросите новый код');
    expect(input(el).readOnly).to.equal(true);
    expect(resend(el)!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('offers another factor when app codes run out', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt factor="totp" attempts-left="0" factors="sms backup"></gos-otp-prompt>`,
    );
    expect(text(el, 'error')).to.equal('Попытки ввода кода закончились. Выберите другой способ');
    expect(switchButton(el)).to.not.equal(null);
  });

  it('is accessible with the other factors shown', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt factors="email totp backup"></gos-otp-prompt>`);
    switchButton(el)!.click();
    await el.updateComplete;
    expect(switchButton(el)!.getAttribute('aria-expanded')).to.equal('true');
    const options = [...el.shadowRoot!.querySelectorAll('[part="switch-option"]')].map((b) => b.textContent!.trim());
    expect(options).to.deep.equal(['Код на электронную почту', 'Код из приложения', 'Резервный код']);
    await expect(el).to.be.accessible();
  });

  it('shows the destination masked', async () => {
    const sms = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt destination="+7 900 123-45-67"></gos-otp-prompt>`,
    );
    expect(text(sms, 'hint')).to.equal('Мы отправили код из 6 цифр на номер +7 (***) ***-45-67');
    expect(sms.shadowRoot!.textContent).to.not.contain('123');
    const email = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt factor="email" destination="ivan.petrov@mail.ru"></gos-otp-prompt>`,
    );
    expect(text(email, 'hint')).to.equal('Мы отправили код из 6 цифр на адрес i***@mail.ru');
    const masked = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt destination="+7 (***) ***-45-67"></gos-otp-prompt>`,
    );
    expect(text(masked, 'hint')).to.contain('+7 (***) ***-45-67');
  });

  it('has 44 px targets and reflows at 320 px', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px">
        <gos-otp-prompt
          destination="+79001234567"
          resend-available-at=${String(T0 + 42_000)}
          factors="email totp backup"
          expires-at=${String(T0 + 299_000)}
          error="Неверный код. Проверьте последнее SMS и введите код ещё раз"
          attempts-left="2"
        ></gos-otp-prompt>
      </div>`,
    );
    const el = wrapper.querySelector('gos-otp-prompt')!;
    await el.updateComplete;
    switchButton(el)!.click();
    await el.updateComplete;
    for (const target of el.shadowRoot!.querySelectorAll('button, input')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.outerHTML).to.be.at.least(44);
      expect(box.width, target.outerHTML).to.be.at.least(44);
      expect(box.right, target.outerHTML).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });
});

describe('<gos-otp-prompt> entering a code', () => {
  it('submits once, when the last digit is typed, with the code and factor', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt factor="email"></gos-otp-prompt>`);
    const events = recordEvents(el);
    await typeInto(el, '12345');
    expect(events).to.have.length(0);
    await sendKeys({ type: '6' });
    expect(events).to.have.length(1);
    const event = events[0] as CustomEvent<GosOtpSubmitDetail>;
    expect(event.type).to.equal('gos-otp-submit');
    expect(event.detail).to.deep.equal({ code: '123456', factor: 'email' });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
  });

  it('drops anything but digits while typing a digit code', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt no-auto-submit></gos-otp-prompt>`);
    await typeInto(el, '12a-3 4');
    expect(input(el).value).to.equal('1234');
    expect(el.value).to.equal('1234');
  });

  it('fills and submits a pasted code, spaces and dashes stripped', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
    const submitted = oneEvent(el, 'gos-otp-submit');
    paste(input(el), ' 123-456 ');
    const event = await submitted;
    expect(event.detail).to.deep.equal({ code: '123456', factor: 'sms' });
    expect(input(el).value).to.equal('123456');
  });

  it('takes the code out of a pasted message', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
    const submitted = oneEvent(el, 'gos-otp-submit');
    paste(input(el), 'Код 654321 для входа на Госуслуги. Никому его не сообщайте. Действует 10 минут');
    expect((await submitted).detail.code).to.equal('654321');
  });

  it('inserts a pasted fragment at the caret without submitting', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
    const events = recordEvents(el);
    await typeInto(el, '12');
    paste(input(el), '3 4');
    await el.updateComplete;
    expect(input(el).value).to.equal('1234');
    expect(events).to.have.length(0);
  });

  it('normalises backup codes: typed with a dash, submitted without', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt factor="backup"></gos-otp-prompt>`);
    const events = recordEvents(el);
    await typeInto(el, 'ab12-cd3');
    expect(input(el).value).to.equal('AB12-CD3');
    expect(events).to.have.length(0);
    await sendKeys({ type: '4' });
    expect((events[0] as CustomEvent<GosOtpSubmitDetail>).detail).to.deep.equal({ code: 'AB12CD34', factor: 'backup' });
  });

  it('submits on Enter only when auto-submit is off', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt no-auto-submit></gos-otp-prompt>`);
    const events = recordEvents(el);
    await typeInto(el, '123456');
    expect(events).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    expect(events.map((e) => e.type)).to.deep.equal(['gos-otp-submit']);
  });

  it('says what is missing on Enter with an incomplete code, keeping focus and input', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
    const events = recordEvents(el);
    await typeInto(el, '123');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(text(el, 'error')).to.equal('Введите код полностью: 6 цифр');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)).to.equal(input(el));
    expect(input(el).value).to.equal('123');
    await sendKeys({ type: '4' });
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('');
  });

  it('lets a typed correction re-submit after a wrong code', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
    const events = recordEvents(el);
    await typeInto(el, '111111');
    el.error = 'Неверный код';
    el.attemptsLeft = 2;
    await el.updateComplete;
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '2' });
    expect(events.map((e) => (e as CustomEvent<GosOtpSubmitDetail>).detail.code)).to.deep.equal(['111111', '111112']);
  });

  it('does not accept input after the code expired', async () => {
    useFakeClock();
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt expires-at=${String(T0 - 1)}></gos-otp-prompt>`);
    const events = recordEvents(el);
    paste(input(el), '123456');
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(input(el).value).to.equal('');
  });
});

describe('<gos-otp-prompt> resend and switch', () => {
  beforeEach(() => useFakeClock());

  it('fires gos-otp-resend only once the cooldown is over', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt resend-available-at=${String(T0 + 30_000)} .value=${'12'}></gos-otp-prompt>`,
    );
    const events = recordEvents(el);
    resend(el)!.click();
    expect(events).to.have.length(0);
    await advance(el, 29_000);
    expect(text(el, 'resend-hint')).to.equal('Новый код можно получить через 0:01');
    await advance(el, 1000);
    expect(resend(el)!.getAttribute('aria-disabled')).to.equal('false');
    expect($(el, '[part="resend-hint"]')).to.equal(null);
    expect(politeRegion(el).textContent!.trim()).to.equal('Теперь можно получить новый код');
    resend(el)!.click();
    await el.updateComplete;
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['gos-otp-resend', { factor: 'sms' }]]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    // The old code is gone and the field is ready for the new one.
    expect(input(el).value).to.equal('');
    expect(focused(el)).to.equal(input(el));
  });

  it('has a complete keyboard path: input, resend, another method, its options', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt factor="sms" factors="sms email backup"></gos-otp-prompt>`,
    );
    const events = recordEvents(el);
    el.focus();
    expect(focused(el)).to.equal(input(el));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(resend(el));
    await sendKeys({ press: 'Enter' });
    expect(events.map((e) => e.type)).to.deep.equal(['gos-otp-resend']);
    expect(focused(el)).to.equal(input(el));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(switchButton(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(switchButton(el)!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.textContent!.trim()).to.equal('Код на электронную почту');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focused(el)).to.equal(switchButton(el));
    expect(switchButton(el)!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.textContent!.trim()).to.equal('Резервный код');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([
      ['gos-otp-resend', { factor: 'sms' }],
      ['gos-otp-switch', { factor: 'backup' }],
    ]);
    expect(focused(el)).to.equal(input(el));
    expect(switchButton(el)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('clears the field when the page switches the factor', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt factors="totp"></gos-otp-prompt>`);
    const switched = oneEvent(el, 'gos-otp-switch');
    switchButton(el)!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="switch-option"]')!.click();
    const event = (await switched) as CustomEvent<GosOtpFactorDetail>;
    expect(event.detail.factor).to.equal('totp');
    el.value = '123';
    el.factor = event.detail.factor;
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(text(el, 'label')).to.equal('Код из приложения');
    expect(switchButton(el)).to.equal(null);
  });

  it('never fires events for property and attribute changes', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt factors="email"></gos-otp-prompt>`);
    const events = recordEvents(el);
    el.value = '123456';
    el.factor = 'email';
    el.setAttribute('expires-at', String(T0 - 1));
    el.setAttribute('resend-available-at', String(T0 - 1));
    el.error = 'Неверный код';
    el.attemptsLeft = 0;
    el.busy = true;
    el.lockedUntil = T0 + 60_000;
    await el.updateComplete;
    el.busy = false;
    el.lockedUntil = undefined;
    el.attemptsLeft = 3;
    el.removeAttribute('expires-at');
    el.factor = 'totp';
    el.value = '654321';
    await el.updateComplete;
    await advance(el, 60_000);
    expect(events).to.have.length(0);
  });
});

describe('<gos-otp-prompt> countdown', () => {
  beforeEach(() => useFakeClock());

  it('announces 60 s, 30 s and expiry politely, not every second', async () => {
    const el = await fixture<GosOtpPromptElement>(
      html`<gos-otp-prompt expires-at=${String(T0 + 62_000)}></gos-otp-prompt>`,
    );
    const heard: string[] = [];
    const record = () => {
      const said = politeRegion(el).textContent!.trim();
      if (said && said !== heard.at(-1)) heard.push(said);
    };
    expect(politeRegion(el).getAttribute('aria-live')).to.equal('polite');
    for (let i = 0; i < 63; i++) {
      await advance(el, 1000);
      record();
    }
    expect(heard).to.deep.equal([
      'Код действует ещё 1 минуту',
      'Код действует ещё 30 секунд',
      'Срок действия кода истёк. Запросите новый код',
    ]);
    expect(text(el, 'status')).to.equal('Срок действия кода истёк. Запросите новый код');

    // A new code: its first reading is silent, and its milestones are said again, even with the same words.
    const spoken = () =>
      [...politeRegion(el).childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    el.expiresAt = clock + 61_000;
    await el.updateComplete;
    await advance(el, 1000);
    const first = spoken();
    expect(first!.textContent!.trim()).to.equal('Код действует ещё 1 минуту');
    el.expiresAt = clock + 61_000;
    await el.updateComplete;
    expect(spoken()).to.equal(first);
    await advance(el, 1000);
    expect(spoken()!.textContent!.trim()).to.equal('Код действует ещё 1 минуту');
    expect(spoken()).to.not.equal(first);
  });

  it('runs one interval only while a countdown is visible, and clears it on disconnect', async () => {
    const originalSet = window.setInterval;
    const originalClear = window.clearInterval;
    const live = new Set<number>();
    window.setInterval = ((handler: () => void, ms: number) => {
      const id = originalSet(handler, ms);
      live.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id: number) => {
      live.delete(id);
      originalClear(id);
    }) as typeof window.clearInterval;
    try {
      const idle = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
      expect(live.size).to.equal(0);
      idle.expiresAt = T0 + 5000;
      idle.resendAvailableAt = T0 + 3000;
      await idle.updateComplete;
      expect(live.size).to.equal(1);
      await advance(idle, 6000);
      expect(live.size).to.equal(0);
      idle.expiresAt = T0 + 600_000;
      await idle.updateComplete;
      expect(live.size).to.equal(1);
      idle.remove();
      expect(live.size).to.equal(0);
      document.body.append(idle);
      await idle.updateComplete;
      expect(live.size).to.equal(1);
      idle.remove();
    } finally {
      window.setInterval = originalSet;
      window.clearInterval = originalClear;
    }
  });
});

describe('<gos-otp-prompt> in a form', () => {
  it('puts the code in FormData under its name, and submits the form unless canceled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form method="post" action="/second-factor">
        <gos-otp-prompt name="otp"></gos-otp-prompt>
      </form>`,
    );
    const el = form.querySelector('gos-otp-prompt')!;
    expect(el.form).to.equal(form);
    const submits: SubmitEvent[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits.push(event);
    });
    el.addEventListener('gos-otp-submit', (event) => event.preventDefault(), { once: true });
    await typeInto(el, '123456');
    expect(new FormData(form).get('otp')).to.equal('123456');
    expect(submits).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    expect(submits).to.have.length(1);
  });

  it('submits the code that completed it, in the same task (a server form reads it at once)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gos-otp-prompt name="otp"></gos-otp-prompt></form>`);
    const el = form.querySelector('gos-otp-prompt')!;
    const submitted: (FormDataEntryValue | null)[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(new FormData(form).get('otp'));
    });
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '654321';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(submitted).to.deep.equal(['654321']);
  });

  it('blocks the form with a clear message while the code is incomplete', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gos-otp-prompt name="otp"></gos-otp-prompt></form>`);
    const el = form.querySelector('gos-otp-prompt')!;
    expect(form.checkValidity()).to.equal(false);
    el.value = '12';
    await el.updateComplete;
    expect(new FormData(form).get('otp')).to.equal('12');
    el.value = '123456';
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
  });

  it('submits backup codes normalised, resets with the form and follows a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset><gos-otp-prompt name="otp" factor="backup" .value=${'ab12-cd34'}></gos-otp-prompt></fieldset>
      </form>`,
    );
    const el = form.querySelector('gos-otp-prompt')!;
    await el.updateComplete;
    expect(new FormData(form).get('otp')).to.equal('AB12CD34');
    form.reset();
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(input(el).disabled).to.equal(true);
  });
});

describe("<gos-otp-prompt> with the browser's real WebOTP", () => {
  it('survives prompts coming and going (Chromium kills the tab for an abort with no request pending)', async () => {
    // Before the page-wide coordination this sequence got the renderer killed ("bad Mojo message").
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    for (let round = 0; round < 3; round++) {
      const prompts = [1, 2, 3].map(() => document.createElement('gos-otp-prompt'));
      wrapper.append(...prompts);
      await Promise.all(prompts.map((prompt) => prompt.updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 50));
      prompts[0]!.remove();
      wrapper.prepend(prompts[0]!);
      await prompts[0]!.updateComplete;
      for (const prompt of prompts) prompt.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(wrapper.isConnected).to.equal(true);
  });
});

describe('<gos-otp-prompt> WebOTP', () => {
  const credentials = navigator.credentials;
  const hadOtpCredential = 'OTPCredential' in window;
  interface Call {
    readonly options: CredentialRequestOptions;
    resolve(code: string): void;
    aborts: number;
  }
  let calls: Call[] = [];
  const pending = () => calls.filter((call) => !call.options.signal!.aborted);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

  beforeEach(async () => {
    // Let requests of earlier tests (real WebOTP) finish aborting before the fake one is installed.
    await settle();
    calls = [];
    if (!hadOtpCredential) (window as unknown as { OTPCredential: unknown }).OTPCredential = Credential;
    Object.defineProperty(credentials, 'get', {
      configurable: true,
      value: (options: CredentialRequestOptions) =>
        new Promise((resolve, reject) => {
          const call: Call = { options, resolve: (code) => resolve({ code, type: 'otp', id: '' }), aborts: 0 };
          calls.push(call);
          options.signal!.addEventListener('abort', () => {
            call.aborts++;
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    });
  });

  afterEach(async () => {
    await settle();
    delete (credentials as unknown as { get?: unknown }).get;
    if (!hadOtpCredential) delete (window as unknown as { OTPCredential?: unknown }).OTPCredential;
  });

  it('asks for the SMS code, fills it and submits', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
    await waitUntil(() => calls.length === 1);
    expect((calls[0]!.options as { otp?: unknown }).otp).to.deep.equal({ transport: ['sms'] });
    const submitted = oneEvent(el, 'gos-otp-submit');
    calls[0]!.resolve('246810');
    expect((await submitted).detail).to.deep.equal({ code: '246810', factor: 'sms' });
    expect(input(el).value).to.equal('246810');
  });

  it('aborts on disconnect and on submit', async () => {
    const el = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
    await waitUntil(() => calls.length === 1);
    el.remove();
    await waitUntil(() => calls[0]!.aborts === 1);

    const typed = await fixture<GosOtpPromptElement>(html`<gos-otp-prompt></gos-otp-prompt>`);
    await waitUntil(() => calls.length === 2);
    await typeInto(typed, '123456');
    await waitUntil(() => calls[1]!.aborts === 1);
  });

  it('keeps one request per page, aborted at most once, so the browser never kills the tab', async () => {
    // Chromium has one pending SMS request per page and kills the renderer for an abort when none is pending.
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <gos-otp-prompt></gos-otp-prompt>
        <gos-otp-prompt></gos-otp-prompt>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('gos-otp-prompt')];
    await waitUntil(() => calls.length === 1);
    await settle();
    expect(calls).to.have.length(1);
    // Moving an element in the DOM keeps the request.
    wrapper.append(first!);
    await settle();
    expect(pending()).to.have.length(1);
    first!.remove();
    second!.remove();
    await waitUntil(() => calls[0]!.aborts === 1);
    await settle();
    expect(calls.map((call) => call.aborts)).to.deep.equal([1]);
  });

  it('is not used for other factors, nor with no-web-otp', async () => {
    await fixture<GosOtpPromptElement>(html`<gos-otp-prompt factor="email"></gos-otp-prompt>`);
    await fixture<GosOtpPromptElement>(html`<gos-otp-prompt no-web-otp></gos-otp-prompt>`);
    await settle();
    expect(calls).to.have.length(0);
  });
});

describe('<gos-otp-prompt> localization', () => {
  beforeEach(() => useFakeClock());

  it('speaks English completely', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <gos-otp-prompt
          destination="+79001234567"
          expires-at=${String(T0 + 299_000)}
          resend-available-at=${String(T0 + 42_000)}
          error="Wrong code"
          attempts-left="2"
          factors="email totp backup"
        ></gos-otp-prompt>
        <gos-otp-prompt factor="backup" locked-until=${new Date(2026, 4, 12, 12, 45).toISOString()}></gos-otp-prompt>
        <gos-otp-prompt factor="email" attempts-left="0" busy></gos-otp-prompt>
      </div>`,
    );
    const [sms, backup, email] = [...wrapper.querySelectorAll('gos-otp-prompt')];
    for (const el of [sms!, backup!, email!]) await el.updateComplete;
    switchButton(sms!)!.click();
    await sms!.updateComplete;
    expect(text(sms!, 'label')).to.equal('Code from the text message');
    expect(text(sms!, 'hint')).to.equal('We have sent a 6-digit code to +7 (***) ***-45-67');
    expect(text(sms!, 'status')).to.equal('The code expires in 4:59');
    expect(text(sms!, 'error')).to.equal('Wrong code 2 attempts left');
    expect(text(sms!, 'resend-hint')).to.equal('You can get a new code in 0:42');
    expect(text(sms!, 'resend-button')).to.equal('Get a new code');
    expect(text(sms!, 'switch-button')).to.equal('Another method');
    expect(text(backup!, 'error')).to.equal('Too many attempts. Try again after 12:45');
    expect(text(email!, 'status')).to.equal('Checking the code…');
    for (const el of [sms!, backup!, email!]) {
      expect($(el, '[part="base"]')!.lang).to.equal('en');
      expect(el.shadowRoot!.textContent, el.outerHTML).to.not.match(/[а-яё]/i);
      for (const attribute of el.shadowRoot!.querySelectorAll('[aria-label]'))
        expect(attribute.getAttribute('aria-label')).to.not.match(/[а-яё]/i);
    }
    await expect(wrapper).to.be.accessible();
  });

  it('switches language when the page does', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ru"><gos-otp-prompt></gos-otp-prompt></div>`);
    const el = wrapper.querySelector('gos-otp-prompt')!;
    expect(text(el, 'label')).to.equal('Код из SMS');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el, 'label')).to.equal('Code from the text message');
  });
});
