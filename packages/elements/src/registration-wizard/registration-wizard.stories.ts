import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import type { MockRegistration } from '../../../../mock-backend/src/msw/mock-registration.js';
import '../otp-prompt/define.js';
import type { GosRegistrationWizardElement } from './registration-wizard.js';
import {
  driveTo,
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

export const Documents: Story = { ...at('documents') };

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
export const Consent: Story = { ...at('consent') };
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

/** A failed check of each other kind, on personal data that leads to it (README lists the registry people). */
const failing = (name: string, personal: Record<string, string>): Story => ({
  name: `Check failed: ${name}`,
  ...at('result', {
    personal,
    then: async (el) => {
      await until(() => el.shadowRoot?.querySelector('.check.failed'), 'the failed check');
    },
  }),
});

export const SnilsNotFound = failing('SNILS unknown to the Social Fund', { snils: '11223344595' });
export const SnilsTaken = failing('SNILS of an existing account', { snils: '14058273146' });
export const PassportNotFound = failing('passport unknown to the MVD', { passportNumber: '4511 999999' });
export const PassportOfAnother = failing('passport issued to someone else', { issueDate: '03.04.2011' });
export const PassportTaken = failing('passport of an existing account', { passportNumber: '4505 318204' });

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

export const UploadInProgress: Story = (() => {
  const backend = registrationBackend();
  // The scan never finishes uploading: the progress bar stays.
  const stuck = http.post(`${REGISTRATION_API}/registrations/current/documents`, () => delay('infinite'));
  return {
    name: 'Documents: a scan uploading',
    parameters: { msw: { handlers: { registration: [stuck, ...backend.handlers] } } },
    play: async ({ canvasElement }) => {
      const el = wizardIn(canvasElement);
      await el.updateComplete;
      await driveTo(el, backend, 'documents');
      pickScan(el, 'passport-main', scan());
      await until(() => el.shadowRoot?.querySelector('progress'), 'the progress bar');
    },
  };
})();

export const ResumedDraft: Story = (() => {
  const backend = registrationBackend();
  return {
    name: 'Resumed after a reload',
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
})();
