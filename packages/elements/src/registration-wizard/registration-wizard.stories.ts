import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import type { MockRegistration } from '../../../../mock-backend/src/msw/mock-registration.js';
import '../otp-prompt/define.js';
import type { GosRegistrationWizardElement } from './registration-wizard.js';
import {
  driveTo,
  fillPersonal,
  onStep,
  pickScan,
  ELENA,
  freshPhone,
  REGISTRATION_API,
  registrationBackend,
  scan,
  submitStep,
  typeInto,
  until,
  type DriveTarget,
} from './registration-wizard.fixtures.js';
import './define.js';

// Every story runs against the backend's own registration domain and API through MSW (a backend per story), and
// gets to its state the way a person would, through the steps (the play function). Phones are fresh on every run.

interface Args {
  level: 'standard' | 'simplified';
}

const wizardIn = (canvas: HTMLElement): GosRegistrationWizardElement => {
  const el = canvas.querySelector('gos-registration-wizard');
  if (!el) throw new Error('gos-registration-wizard did not render');
  return el;
};

const meta = {
  title: 'Registration/gos-registration-wizard',
  component: 'gos-registration-wizard',
  tags: ['autodocs'],
  render: (args) =>
    html`<gos-config api-base=${REGISTRATION_API}>
      <gos-registration-wizard level=${args.level} draft-storage="none"></gos-registration-wizard>
    </gos-config>`,
  args: { level: 'standard' },
  argTypes: { level: { control: 'inline-radio', options: ['standard', 'simplified'] } },
  parameters: {
    docs: {
      description: {
        component: `
\`<gos-registration-wizard>\` creates a Gosuslugi account from a ministry page: contacts → codes → personal data →
documents → password → consent → «check your answers» → the registry checks and the result. Errors are checked on
submit, listed in a summary that takes focus; phone, SNILS, passport and dates are formatted as they are typed; the
draft (never passwords or codes) survives a reload. \`level="simplified"\` asks for contacts only.`,
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A story at `target`, driven there on a backend of its own. */
function at(
  target: DriveTarget,
  options: {
    personal?: Record<string, string>;
    checkDelayMs?: number;
    /** Failures the story causes on purpose (see tests/storybook-a11y.e2e.ts). */
    expectedFailures?: string[];
    then?: (el: GosRegistrationWizardElement) => Promise<void>;
  } = {},
): Story {
  const backend: MockRegistration = registrationBackend({ checkDelayMs: options.checkDelayMs ?? 0 });
  return {
    parameters: {
      msw: { handlers: { registration: backend.handlers } },
      ...(options.expectedFailures ? { expectedFailures: options.expectedFailures } : {}),
    },
    play: async ({ canvasElement }) => {
      const el = wizardIn(canvasElement);
      await el.updateComplete;
      await driveTo(el, backend, target, options.personal);
      await options.then?.(el);
    },
  };
}

export const Contacts: Story = { parameters: { msw: { handlers: { registration: registrationBackend().handlers } } } };

export const ContactsFilled: Story = {
  name: 'Contacts: filled',
  parameters: { msw: { handlers: { registration: registrationBackend().handlers } } },
  play: async ({ canvasElement }) => {
    const el = wizardIn(canvasElement);
    await el.updateComplete;
    typeInto(el, 'phone', '89265550011');
    typeInto(el, 'email', 'elena.novikova@example.ru');
  },
};

export const ContactsErrors: Story = {
  name: 'Contacts: errors on submit',
  parameters: { msw: { handlers: { registration: registrationBackend().handlers } } },
  play: async ({ canvasElement }) => {
    const el = wizardIn(canvasElement);
    await el.updateComplete;
    typeInto(el, 'email', 'elena@');
    submitStep(el);
    await until(() => el.shadowRoot?.querySelector('.error-summary'), 'the error summary');
  },
};

export const DuplicateAccount: Story = {
  name: 'Contacts: the phone has an account',
  parameters: { msw: { handlers: { registration: registrationBackend().handlers } }, expectedFailures: [' 409\\b'] },
  play: async ({ canvasElement }) => {
    const el = wizardIn(canvasElement);
    await el.updateComplete;
    typeInto(el, 'phone', '+7 916 555-01-01');
    submitStep(el);
    await until(() => el.shadowRoot?.querySelector('.notice.error'), 'the refusal');
  },
};

export const Codes: Story = { name: 'Codes', ...at('code') };
export const PersonalData: Story = { name: 'Personal data', ...at('personal') };

export const PersonalDataErrors: Story = {
  name: 'Personal data: errors on submit',
  ...at('personal', {
    then: async (el) => {
      typeInto(el, 'lastName', 'Smith');
      typeInto(el, 'birthDate', '01.06.2012');
      typeInto(el, 'snils', '112-233-445 96');
      submitStep(el);
      await until(() => el.shadowRoot?.querySelector('.error-summary'), 'the error summary');
    },
  }),
};

/** One field refused on submit, everything else right: the message at the field and in the summary. */
function personalFieldError(field: string, value: string): Story {
  return {
    ...at('personal', {
      then: async (el) => {
        fillPersonal(el, { [field]: value });
        submitStep(el);
        await until(() => el.shadowRoot?.querySelector(`#field-${field}-error`)?.textContent?.trim(), `${field} error`);
      },
    }),
  };
}

export const ErrorLastName: Story = {
  name: 'Personal data error: surname in Latin letters',
  ...personalFieldError('lastName', 'Smith'),
};
export const ErrorFirstName: Story = {
  name: 'Personal data error: given name missing',
  ...personalFieldError('firstName', ''),
};
export const ErrorPatronymic: Story = {
  name: 'Personal data error: digit in the patronymic',
  ...personalFieldError('middleName', 'Серг3евна'),
};
export const ErrorGender: Story = {
  name: 'Personal data error: sex not chosen',
  ...personalFieldError('gender', ''),
};
export const ErrorBirthDate: Story = {
  name: 'Personal data error: no such date',
  ...personalFieldError('birthDate', '31.02.1990'),
};
export const ErrorUnderAge: Story = {
  name: 'Personal data error: aged 17',
  ...personalFieldError('birthDate', seventeenYearsAgo()),
};
export const ErrorBirthPlace: Story = {
  name: 'Personal data error: birthplace missing',
  ...personalFieldError('birthPlace', ''),
};
export const ErrorSnils: Story = {
  name: 'Personal data error: SNILS checksum',
  ...personalFieldError('snils', '112-233-445 96'),
};
export const ErrorInn: Story = {
  name: 'Personal data error: INN checksum',
  ...personalFieldError('inn', '123456789012'),
};
export const ErrorPassport: Story = {
  name: 'Personal data error: passport too short',
  ...personalFieldError('passportNumber', '4510 12'),
};
export const ErrorIssueDate: Story = {
  name: 'Personal data error: passport issued before 14',
  ...personalFieldError('issueDate', '01.01.2001'),
};
export const ErrorDivisionCode: Story = {
  name: 'Personal data error: division code too short',
  ...personalFieldError('divisionCode', '770 0'),
};
export const ErrorIssuedBy: Story = {
  name: 'Personal data error: issuing office missing',
  ...personalFieldError('issuedBy', ''),
};

function seventeenYearsAgo(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - 17);
  return date.toLocaleDateString('ru-RU');
}

export const PersonalDataFilled: Story = {
  name: 'Personal data: filled',
  ...at('personal', { then: async (el) => fillPersonal(el) }),
};

export const PersonalDataSending: Story = {
  name: 'Personal data: sending',
  ...(() => {
    const backend = registrationBackend();
    // The server never answers: the step stays busy.
    const stuck = http.put(`${REGISTRATION_API}/registrations/current/personal-data`, () => delay('infinite'));
    return {
      parameters: { msw: { handlers: { registration: [stuck, ...backend.handlers] } } },
      play: async ({ canvasElement }) => {
        const el = wizardIn(canvasElement);
        await el.updateComplete;
        await driveTo(el, backend, 'personal');
        fillPersonal(el);
        submitStep(el);
        await until(() => el.shadowRoot?.querySelector('[aria-busy="true"]'), 'the busy step');
      },
    };
  })(),
};

export const Documents: Story = { ...at('documents') };

export const DocumentsMissing: Story = {
  name: 'Documents error: required scans missing',
  ...at('documents', {
    then: async (el) => {
      submitStep(el);
      await until(() => el.shadowRoot?.querySelector('.error-summary'), 'the error summary');
    },
  }),
};

export const DocumentsFilled: Story = {
  name: 'Documents: both scans uploaded',
  ...at('documents', {
    then: async (el) => {
      for (const slot of ['passport-main', 'passport-registration']) {
        pickScan(el, slot, scan(`${slot}.png`));
        await until(() => el.shadowRoot?.querySelector(`[data-slot="${slot}"][data-uploaded]`), slot);
      }
    },
  }),
};

export const DocumentRefused: Story = {
  name: 'Documents: a scan refused',
  ...at('documents', {
    expectedFailures: [' 422\\b'],
    then: async (el) => {
      pickScan(el, 'passport-main', scan('small.png', 300, 200));
      await until(() => el.shadowRoot?.querySelector('[aria-invalid="true"]'), 'the refusal');
    },
  }),
};

export const Password: Story = { ...at('password') };

/** Types `value` into the light-DOM password field. */
async function typePassword(el: GosRegistrationWizardElement, value: string): Promise<void> {
  const field = await until(() => el.querySelector<HTMLInputElement>('#gos-registration-password'), 'the password');
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

export const PasswordFilled: Story = {
  name: 'Password: strong, every rule met',
  ...at('password', { then: (el) => typePassword(el, 'Vesna!Sad2026') }),
};

export const PasswordError: Story = {
  name: 'Password error: a space',
  ...at('password', {
    then: async (el) => {
      await typePassword(el, 'Vesna Sad2026!');
      submitStep(el);
      await until(() => el.querySelector('#gos-registration-password[aria-invalid="true"]'), 'the refusal');
    },
  }),
};

export const Consent: Story = { ...at('consent') };

export const ConsentLoading: Story = {
  name: 'Consent: the document loading',
  ...(() => {
    const backend = registrationBackend();
    // The consent document never arrives: the step says it is loading.
    const stuck = http.get(`${REGISTRATION_API}/registrations/consent`, () => delay('infinite'));
    return {
      parameters: { msw: { handlers: { registration: [stuck, ...backend.handlers] } } },
      play: async ({ canvasElement }) => {
        const el = wizardIn(canvasElement);
        await el.updateComplete;
        await driveTo(el, backend, 'password');
        await typePassword(el, 'Vesna!Sad2026');
        submitStep(el);
        await onStep(el, 'consent');
      },
    };
  })(),
};

export const ConsentError: Story = {
  name: 'Consent error: not given',
  ...at('consent', {
    then: async (el) => {
      submitStep(el);
      await until(() => el.shadowRoot?.querySelector('#field-consent[aria-invalid="true"]'), 'the refusal');
    },
  }),
};

export const ConsentGiven: Story = {
  name: 'Consent: given',
  ...at('consent', {
    then: async (el) => el.shadowRoot?.querySelector<HTMLInputElement>('#field-consent')?.click(),
  }),
};

export const RestartQuestion: Story = {
  name: 'Начать заново: the question',
  // A modal dialog would cover the docs page: this one is shown on its own only.
  tags: ['!autodocs'],
  ...at('personal', {
    then: async (el) => {
      fillPersonal(el);
      el.shadowRoot?.querySelector<HTMLButtonElement>('.actions .restart')?.click();
      await until(() => el.shadowRoot?.querySelector('dialog[open]'), 'the question');
    },
  }),
};
export const Review: Story = { name: 'Check your answers', ...at('review') };

export const ChecksInProgress: Story = { name: 'Checks in progress', ...at('result', { checkDelayMs: 600_000 }) };

export const ChecksPassed: Story = {
  name: 'Checks passed',
  ...at('result', {
    then: async (el) => {
      await until(() => el.shadowRoot?.querySelector('.actions .button'), 'the finish button');
    },
  }),
};

export const CheckFailed: Story = {
  name: 'Check failed: SNILS of another person',
  ...at('result', {
    personal: { firstName: 'Анна' },
    then: async (el) => {
      await until(() => el.shadowRoot?.querySelector('.check.failed'), 'the failed check');
    },
  }),
};

export const PassportInvalid: Story = {
  name: 'Check failed: passport invalid',
  ...at('result', {
    personal: {
      lastName: 'Фёдоров',
      firstName: 'Игорь',
      middleName: 'Павлович',
      birthDate: '30.11.1985',
      snils: '16834509290',
      passportNumber: '4006 118354',
      issueDate: '15.12.2005',
    },
    then: async (el) => {
      await until(() => el.shadowRoot?.querySelector('.check.failed'), 'the failed check');
    },
  }),
};

/**
 * A failed check of each other kind, on personal data that leads to it (README lists the registry people). Names
 * are written at each export: Storybook's indexer reads them without running the module.
 */
const failing = (personal: Record<string, string>): Story => ({
  ...at('result', {
    personal,
    then: async (el) => {
      await until(() => el.shadowRoot?.querySelector('.check.failed'), 'the failed check');
    },
  }),
});

export const SnilsNotFound: Story = {
  name: 'Check failed: SNILS unknown to the Social Fund',
  ...failing({ snils: '11223344595' }),
};
export const SnilsTaken: Story = {
  name: 'Check failed: SNILS of an existing account',
  ...failing({ snils: '14058273146' }),
};
export const PassportNotFound: Story = {
  name: 'Check failed: passport unknown to the MVD',
  ...failing({ passportNumber: '4511 999999' }),
};
export const PassportOfAnother: Story = {
  name: 'Check failed: passport issued to someone else',
  ...failing({ issueDate: '03.04.2011' }),
};
export const PassportTaken: Story = {
  name: 'Check failed: passport of an existing account',
  ...failing({ passportNumber: '4505 318204' }),
};

export const Clarification: Story = {
  name: 'Check: previous surname asked',
  ...at('result', {
    personal: {
      lastName: 'Белова',
      firstName: 'Ольга',
      middleName: 'Николаевна',
      birthDate: '07.07.1994',
      snils: '17945610305',
      passportNumber: '4614 527190',
      issueDate: '21.07.2014',
    },
    then: async (el) => {
      await until(() => el.shadowRoot?.querySelector('#field-previousLastName'), 'the question');
    },
  }),
};

export const Completed: Story = {
  ...at('result', {
    then: async (el) => {
      const finish = await until(
        () => el.shadowRoot?.querySelector<HTMLButtonElement>('.actions .button'),
        'the finish button',
      );
      finish.click();
      await until(() => el.shadowRoot?.querySelector('.notice[role="status"] .button'), 'the account');
    },
  }),
};

export const ContactsOnly: Story = {
  name: 'Contacts only (simplified account)',
  args: { level: 'simplified' },
  parameters: { msw: { handlers: { registration: registrationBackend().handlers } } },
  play: async ({ canvasElement }) => {
    await onStep(wizardIn(canvasElement), 'contacts');
  },
};

export const UploadInProgress: Story = {
  name: 'Documents: a scan uploading',
  ...(() => {
    const backend = registrationBackend();
    // The scan never finishes uploading: the progress bar stays.
    const stuck = http.post(`${REGISTRATION_API}/registrations/current/documents`, () => delay('infinite'));
    return {
      parameters: { msw: { handlers: { registration: [stuck, ...backend.handlers] } } },
      play: async ({ canvasElement }) => {
        const el = wizardIn(canvasElement);
        await el.updateComplete;
        await driveTo(el, backend, 'documents');
        pickScan(el, 'passport-main', scan());
        await until(() => el.shadowRoot?.querySelector('progress'), 'the progress bar');
      },
    };
  })(),
};

export const ResumedDraft: Story = {
  name: 'Resumed after a reload',
  ...(() => {
    const backend = registrationBackend();
    return {
      parameters: { msw: { handlers: { registration: backend.handlers } } },
      // A registration started and confirmed earlier, and this tab's draft of it: as after a reload.
      render: () => {
        const phone = freshPhone();
        const { token } = backend.api.registrations.start({ phone });
        const digits = `+7${phone.replace(/\D/g, '').slice(-10)}`;
        backend.api.registrations.confirmContact(token, 'phone', backend.codeFor(digits) ?? '');
        sessionStorage.setItem(
          `gos-registration-draft:${REGISTRATION_API}:standard`,
          JSON.stringify({
            version: 1,
            token,
            step: 'personal',
            completed: ['contacts', 'code'],
            fields: { phone, lastName: ELENA.lastName, firstName: ELENA.firstName, snils: ELENA.snils },
          }),
        );
        return html`<gos-config api-base=${REGISTRATION_API}>
          <gos-registration-wizard draft-storage="session"></gos-registration-wizard>
        </gos-config>`;
      },
      play: async ({ canvasElement }) => {
        const el = wizardIn(canvasElement);
        await onStep(el, 'personal');
        await until(() => el.shadowRoot?.querySelector('.notice[role="status"]'), 'the resumed notice');
      },
    };
  })(),
};
