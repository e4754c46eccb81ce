import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { GosOtpPromptElement, GosOtpSubmitEvent, OtpFactor } from './otp-prompt.js';
import './define.js';

// Times are given relative to the moment the story renders (`expiresIn: 299` = the code expires in 4:59), so every
// countdown in Storybook is live. The element itself takes absolute times: ISO 8601 or ms since the epoch.

interface StoryArgs {
  factor: OtpFactor;
  destination?: string;
  length?: number;
  /** Seconds until the code expires (negative: expired that long ago). */
  expiresIn?: number;
  /** Seconds until a new code may be requested. */
  resendIn?: number;
  'attempts-left'?: number;
  /** Minutes the prompt stays locked. */
  lockedFor?: number;
  factors?: string;
  busy: boolean;
  error?: string;
  'no-auto-submit': boolean;
  'no-web-otp': boolean;
  /** Text already in the field (the `value` property). */
  value?: string;
}

type Locale = 'ru' | 'en';
const localeOf = (context: Pick<StoryContext, 'globals'>): Locale => (context.globals.locale === 'en' ? 'en' : 'ru');

/** What the identity provider answers, in the story's language (the server speaks the citizen's language). */
const SERVER = {
  ru: {
    wrong: 'Неверный код',
    done: 'Код принят. Вход подтверждён.',
    sent: 'Новый код отправлен.',
    hostHint: 'Верный код в этом примере — 123456.',
    formTitle: 'Что получит сервер',
  },
  en: {
    wrong: 'Wrong code',
    done: 'Code accepted. Sign-in confirmed.',
    sent: 'A new code has been sent.',
    hostHint: 'The right code in this example is 123456.',
    formTitle: 'What the server receives',
  },
} satisfies Record<Locale, Record<string, string>>;

const PHONE = '+79001234567';
const EMAIL = 'ivan.petrov@mail.ru';

const inSeconds = (seconds: number | undefined): string | undefined =>
  seconds === undefined ? undefined : new Date(Date.now() + seconds * 1000).toISOString();

/** The prompt with exactly the given attributes. */
function prompt(args: Partial<StoryArgs>, extra: { onRef?: (el: GosOtpPromptElement) => void } = {}): TemplateResult {
  const lockedUntil = args.lockedFor === undefined ? undefined : inSeconds(args.lockedFor * 60);
  return html`<gos-otp-prompt
    factor=${args.factor ?? nothing}
    destination=${args.destination ?? nothing}
    length=${args.length ?? nothing}
    expires-at=${inSeconds(args.expiresIn) ?? nothing}
    resend-available-at=${inSeconds(args.resendIn) ?? nothing}
    attempts-left=${args['attempts-left'] ?? nothing}
    locked-until=${lockedUntil ?? nothing}
    factors=${args.factors ?? nothing}
    error=${args.error ?? nothing}
    ?busy=${args.busy === true}
    ?no-auto-submit=${args['no-auto-submit'] === true}
    ?no-web-otp=${args['no-web-otp'] === true}
    .value=${args.value ?? ''}
    ${ref((element) => {
      if (element) extra.onRef?.(element as GosOtpPromptElement);
    })}
  ></gos-otp-prompt>`;
}

/** The markup a webmaster (or the identity provider's page) writes, for the docs' "Show code". */
function markup(args: Partial<StoryArgs>): string {
  const attrs: string[] = [];
  const add = (name: string, value: string | number | boolean | undefined) => {
    if (value === undefined || value === false || value === '') return;
    attrs.push(value === true ? name : `${name}="${value}"`);
  };
  add('factor', args.factor);
  add('destination', args.destination);
  add('length', args.length);
  if (args.expiresIn !== undefined) add('expires-at', '2026-05-12T09:45:00Z');
  if (args.resendIn !== undefined) add('resend-available-at', '2026-05-12T09:41:00Z');
  add('attempts-left', args['attempts-left']);
  if (args.lockedFor !== undefined) add('locked-until', '2026-05-12T09:45:00Z');
  add('factors', args.factors);
  add('error', args.error);
  add('busy', args.busy);
  add('no-auto-submit', args['no-auto-submit']);
  add('no-web-otp', args['no-web-otp']);
  return `<gos-otp-prompt${attrs.length > 2 ? `\n  ${attrs.join('\n  ')}\n` : attrs.map((a) => ` ${a}`).join('')}></gos-otp-prompt>`;
}

/** A story of one state: the args, rendered with server texts in the toolbar's language. */
function state(name: string, args: Partial<StoryArgs>, description: string, errorKey?: 'wrong'): Story {
  return {
    name,
    args: { ...args },
    render: (storyArgs, context) =>
      prompt({ ...storyArgs, error: errorKey ? SERVER[localeOf(context)][errorKey] : storyArgs.error }),
    parameters: {
      docs: {
        description: { story: description },
        source: { code: markup({ ...args, error: errorKey ? SERVER.ru[errorKey] : args.error }), language: 'html' },
      },
    },
  };
}

const meta = {
  title: 'Sign-in/gos-otp-prompt',
  component: 'gos-otp-prompt',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `
\`<gos-otp-prompt>\` asks for a one-time code: from an SMS, an e-mail, an authenticator app, or a backup code.
It is one text field (\`autocomplete="one-time-code"\`, numeric keyboard for digit codes), so phones can fill it
from the SMS, pasting a whole code works (spaces and dashes are dropped, even «Код 123456 для входа…» works), and in
Chrome on Android the code arrives by itself (WebOTP).

**It only talks through events.** When the citizen enters the whole code the element fires \`gos-otp-submit\`
(\`detail: { code, factor }\`); «Получить новый код» fires \`gos-otp-resend\`, «Другой способ» → a factor fires
\`gos-otp-switch\`. Your page (or the SDK's sign-in) sends the code to the server and answers with attributes:
\`busy\` while checking, then \`error\` + \`attempts-left\`, or \`locked-until\`; after a resend new \`expires-at\`
and \`resend-available-at\`. Nothing is fired when you change attributes yourself.

\`\`\`js
const otp = document.querySelector('gos-otp-prompt');
otp.addEventListener('gos-otp-submit', async (event) => {
  event.preventDefault(); // we send it ourselves instead of submitting the form
  otp.busy = true;
  const answer = await checkCode(event.detail.code, event.detail.factor);
  otp.busy = false;
  if (!answer.ok) Object.assign(otp, { error: answer.message, attemptsLeft: answer.attemptsLeft });
});
\`\`\`

**In a form it needs no script:** it is form-associated, so \`<form method="post">\` gets the code under its
\`name\`, and unless \`gos-otp-submit\` is canceled the form is submitted when the code is complete.

**Times** (\`expires-at\`, \`resend-available-at\`, \`locked-until\`) are ISO 8601 (\`2026-05-12T09:45:00Z\`) or ms since the
epoch. The remaining time is announced to screen readers at one minute, 30 seconds and expiry — not every second.
In these stories times are relative to the moment the story renders, so the countdowns run.`,
      },
    },
  },
  argTypes: {
    factor: { control: 'inline-radio', options: ['sms', 'email', 'totp', 'backup'] },
    destination: { control: 'text' },
    length: { control: { type: 'number', min: 1, max: 12 } },
    expiresIn: { control: 'number', description: 'Story only: seconds until the code expires → `expires-at`.' },
    resendIn: { control: 'number', description: 'Story only: seconds until resend → `resend-available-at`.' },
    'attempts-left': { control: { type: 'number', min: 0 } },
    lockedFor: { control: 'number', description: 'Story only: minutes locked → `locked-until`.' },
    factors: { control: 'text' },
    busy: { control: 'boolean' },
    error: { control: 'text' },
    'no-auto-submit': { control: 'boolean' },
    'no-web-otp': { control: 'boolean' },
    value: { control: 'text', description: 'The `value` property: text already in the field.' },
  },
  args: { factor: 'sms', busy: false, 'no-auto-submit': false, 'no-web-otp': false },
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

/** Change the controls to see every combination. */
export const Default: Story = {
  args: { destination: PHONE, expiresIn: 299, resendIn: 42, factors: 'email totp backup' },
  render: (args) => prompt(args),
  parameters: {
    docs: {
      source: {
        transform: (_code: string, context: StoryContext) => markup(context.args as Partial<StoryArgs>),
        language: 'html',
      },
    },
  },
};

export const ReadySms = state(
  'Ready: SMS',
  { factor: 'sms', destination: PHONE, factors: 'email backup' },
  'Ready for a code sent by SMS. The phone number is shown masked: pass the raw number, or the masked one the ' +
    'server already has (`+7 (***) ***-45-67`).',
);

export const ReadyEmail = state(
  'Ready: e-mail',
  { factor: 'email', destination: EMAIL, factors: 'sms backup' },
  'Ready for a code sent by e-mail; the address is shown masked.',
);

export const ReadyApp = state(
  'Ready: authenticator app',
  { factor: 'totp', factors: 'sms backup' },
  'Ready for a code from an authenticator app. There is nothing to resend: the app makes the codes.',
);

export const ReadyBackup = state(
  'Ready: backup code',
  { factor: 'backup', factors: 'sms totp' },
  'Ready for a backup code (`1234-5678`): ordinary keyboard, letters upper-cased, sent without the dash.',
);

export const PartlyTyped = state(
  'Partly typed',
  { factor: 'sms', destination: PHONE, expiresIn: 240, value: '123' },
  'Three of six digits typed. The code is submitted by itself when the last digit is typed.',
);

export const Countdown = state(
  'Countdown running',
  { factor: 'sms', destination: PHONE, expiresIn: 299 },
  'The code lifetime counts down. Screen readers hear it at one minute, at 30 seconds and at expiry.',
);

export const CountdownLastMinute = state(
  'Countdown: last minute',
  { factor: 'email', destination: EMAIL, expiresIn: 65 },
  'Close to the end: watch the announcement at one minute (in the accessibility tree, a polite live region).',
);

export const Expired = state(
  'Expired',
  { factor: 'sms', destination: PHONE, expiresIn: -5, value: '123456' },
  'The code has expired: the field is read-only (focus stays where it is) and «Получить новый код» is next.',
);

export const ResendCooldown = state(
  'Resend cooldown',
  { factor: 'sms', destination: PHONE, expiresIn: 299, resendIn: 42 },
  'A new code may be requested only after the cooldown: the button stays focusable with `aria-disabled` and ' +
    'a countdown next to it.',
);

export const WrongCode = state(
  'Wrong code, attempts left',
  { factor: 'sms', destination: PHONE, expiresIn: 250, resendIn: 20, 'attempts-left': 2, value: '111111' },
  'The server said the code is wrong (`error`, `attempts-left="2"`): announced at once, the field is marked ' +
    'invalid, keeps the typed code and keeps focus.',
  'wrong',
);

export const WrongBackupCode = state(
  'Wrong backup code',
  { factor: 'backup', 'attempts-left': 4, value: '1234-5679', factors: 'sms' },
  'A wrong backup code.',
  'wrong',
);

export const Busy = state(
  'Checking (busy)',
  { factor: 'sms', destination: PHONE, expiresIn: 280, resendIn: 30, value: '123456', busy: true, factors: 'email' },
  '`busy` while the page checks the code: read-only, `aria-busy`, focus kept, buttons `aria-disabled`.',
);

export const Locked = state(
  'Locked',
  { factor: 'sms', destination: PHONE, lockedFor: 15, 'attempts-left': 0, factors: 'email' },
  'Too many attempts: `locked-until` shows when the citizen can try again; no resend until then.',
);

export const NoAttemptsLeft = state(
  'No attempts left',
  { factor: 'email', destination: EMAIL, expiresIn: 200, 'attempts-left': 0, value: '222222' },
  'No attempts left for this code (`attempts-left="0"`): request a new one.',
  'wrong',
);

export const NoAttemptsLeftApp = state(
  'No attempts left: app',
  { factor: 'totp', 'attempts-left': 0, factors: 'sms backup' },
  'No attempts left for app codes: the way out is another factor.',
);

export const OtherFactors: Story = {
  ...state(
    'Another method (open)',
    { factor: 'sms', destination: PHONE, expiresIn: 299, factors: 'email totp backup' },
    '«Другой способ» lists the factors in `factors`; choosing one fires `gos-otp-switch` — then set `factor`.',
  ),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('gos-otp-prompt')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="switch-button"]')!.click();
    await element.updateComplete;
  },
};

/**
 * The page handles the events, as a host does in pure UI mode: `123456` is the right code; anything else costs an
 * attempt; resend and «Другой способ» work. No network: the "server" is this story.
 */
export const HostHandled: Story = {
  name: 'Handled by the page',
  render: (_args, context) => {
    const t = SERVER[localeOf(context)];
    let attempts = 3;
    let result: HTMLElement | undefined;
    const say = (message: string) => {
      if (result) result.textContent = message;
    };
    const fresh = (el: GosOtpPromptElement) => {
      attempts = 3;
      Object.assign(el, {
        expiresAt: Date.now() + 300_000,
        resendAvailableAt: Date.now() + 30_000,
        attemptsLeft: undefined,
        error: undefined,
      });
    };
    const wire = (el: GosOtpPromptElement) => {
      if (el.dataset.wired) return;
      el.dataset.wired = 'true';
      fresh(el);
      el.addEventListener('gos-otp-submit', (event: GosOtpSubmitEvent) => {
        event.preventDefault();
        el.busy = true;
        setTimeout(() => {
          el.busy = false;
          if (event.detail.code === '123456') {
            el.error = undefined;
            say(t.done);
            return;
          }
          attempts--;
          Object.assign(el, { error: t.wrong, attemptsLeft: attempts });
        }, 800);
      });
      el.addEventListener('gos-otp-resend', () => {
        fresh(el);
        say(t.sent);
      });
      el.addEventListener('gos-otp-switch', (event) => {
        el.factor = event.detail.factor;
        el.destination = event.detail.factor === 'email' ? EMAIL : PHONE;
        fresh(el);
      });
    };
    return html`<p>${t.hostHint}</p>
      ${prompt({ factor: 'sms', destination: PHONE, factors: 'email totp backup' }, { onRef: wire })}
      <p role="status" ${ref((node) => (result = node as HTMLElement | undefined))}></p>`;
  },
  parameters: {
    docs: {
      source: {
        code: `<gos-otp-prompt factor="sms" destination="+79001234567" factors="email totp backup"></gos-otp-prompt>
<script type="module">
  const otp = document.querySelector('gos-otp-prompt');
  otp.addEventListener('gos-otp-submit', async (event) => {
    event.preventDefault();
    otp.busy = true;
    const answer = await fetch('/second-factor', { method: 'POST', body: new URLSearchParams(event.detail) });
    otp.busy = false;
    if (!answer.ok) {
      const problem = await answer.json();
      Object.assign(otp, { error: problem.detail, attemptsLeft: problem.attemptsLeft });
    }
  });
</script>`,
        language: 'html',
      },
    },
  },
};

/**
 * Inside a plain `<form method="post">`, as the identity provider's server-rendered page uses it: the form gets the
 * code under `name` and is submitted when the code is complete. Here the submission is shown instead of sent.
 */
export const InAForm: Story = {
  name: 'In a form',
  render: (_args, context) => {
    const t = SERVER[localeOf(context)];
    let readout: HTMLElement | undefined;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      if (readout) readout.textContent = new URLSearchParams(data as unknown as Record<string, string>).toString();
    };
    return html`<form method="post" action="/second-factor" @submit=${onSubmit}>
        <input type="hidden" name="factor" value="sms" />
        ${html`<gos-otp-prompt name="code" destination=${PHONE} expires-at=${inSeconds(299)!}></gos-otp-prompt>`}
      </form>
      <p>${t.formTitle}: <output ${ref((node) => (readout = node as HTMLElement | undefined))}></output></p>`;
  },
  parameters: {
    docs: {
      source: {
        code: `<form method="post" action="/second-factor">
  <input type="hidden" name="factor" value="sms">
  <gos-otp-prompt name="code" destination="+79001234567" expires-at="2026-05-12T09:45:00Z"></gos-otp-prompt>
</form>`,
        language: 'html',
      },
    },
  },
};
