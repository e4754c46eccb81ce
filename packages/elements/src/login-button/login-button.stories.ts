import type { SessionState } from '@gos-elements/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { http, HttpResponse } from 'msw';
import { FakeSession, failed, signedIn } from './login-button.fixtures.js';
import type { GosLoginButtonElement } from './login-button.js';
import './define.js';

// Most stories give the button a stand-in session in a fixed state (the real one needs an identity provider and
// a redirect). «Provider unavailable» uses the real session against an issuer MSW answers with 503.

interface StoryArgs {
  mode: 'redirect' | 'popup';
  size: 'small' | 'medium' | 'large';
  variant: 'primary' | 'secondary';
  'required-level'?: string;
  'journal-href'?: string;
  'upgrade-href'?: string;
}

function button(
  args: Partial<StoryArgs>,
  state: SessionState,
  setup?: (session: FakeSession, el: GosLoginButtonElement) => void,
): TemplateResult {
  const session = new FakeSession(state);
  // The stand-in stays in the state the story shows: a click records the call instead of changing it.
  session.signIn = session.signOut = session.retry = () => Promise.resolve();
  return html`<gos-login-button
    mode=${args.mode ?? 'redirect'}
    size=${args.size ?? 'medium'}
    variant=${args.variant ?? 'primary'}
    required-level=${args['required-level'] ?? ''}
    journal-href=${args['journal-href'] ?? ''}
    upgrade-href=${args['upgrade-href'] ?? ''}
    .session=${session}
    ${ref((el) => {
      if (el && setup) setup(session, el as GosLoginButtonElement);
    })}
  ></gos-login-button>`;
}

type Story = StoryObj<StoryArgs>;

function state(name: string, sessionState: SessionState, description: string, args: Partial<StoryArgs> = {}): Story {
  return {
    name,
    args,
    render: (storyArgs) => button(storyArgs, sessionState),
    parameters: { docs: { description: { story: description } } },
  };
}

const meta = {
  title: 'Sign-in/gos-login-button',
  component: 'gos-login-button',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `
\`<gos-login-button>\` signs the citizen in with Gosuslugi (OpenID Connect, authorization code + PKCE) using the
issuer and client id of the page's \`<gos-config>\`, and brings them back to the exact page — path, query and hash.
Signed in, it shows «Фамилия И. О.», the account level, and a panel with the level explained, the sign-in journal
(\`journal-href\`) and «Выйти», which signs out every tab and ends the session at the provider.

\`\`\`html
<gos-config issuer="https://esia.gosuslugi.ru" client-id="your-client-id"></gos-config>
<gos-login-button mode="popup" required-level="standard"></gos-login-button>
\`\`\`

Listen to \`gos-login\` (\`detail: { user, via }\`), \`gos-logout\`, \`gos-session-expired\` (\`reason\`) and
\`gos-error\` (\`code\`). Tokens never appear in events; code that calls an API asks the shared session:
\`sessionFor({ issuer, clientId }).accessToken()\` from \`@gos-elements/core\`.`,
      },
    },
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['redirect', 'popup'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    variant: { control: 'inline-radio', options: ['primary', 'secondary'] },
    'required-level': { control: 'inline-radio', options: ['', 'standard', 'confirmed'] },
    'journal-href': { control: 'text' },
    'upgrade-href': { control: 'text' },
  },
  args: { mode: 'redirect', size: 'medium', variant: 'primary' },
} satisfies Meta<StoryArgs>;

export default meta;

export const SignedOut = state('Signed out', { status: 'signed-out' }, '«Войти через Госуслуги».');
export const Busy = state(
  'Busy (signing in)',
  { status: 'signing-in' },
  'While the sign-in starts the button keeps focus, is `aria-disabled` and its name ends with «…».',
);
export const SignedInSimplified = state(
  'Signed in: simplified account',
  signedIn('simplified'),
  'A simplified account: contacts only.',
);
export const SignedInStandard = state(
  'Signed in: standard account',
  signedIn('standard'),
  'A standard account: SNILS and passport checked.',
);
export const SignedInConfirmed = state(
  'Signed in: confirmed account',
  signedIn('confirmed'),
  'A confirmed account: identity verified.',
  { 'journal-href': '#journal' },
);
export const PanelOpen: Story = {
  name: 'Signed in: panel open',
  args: { 'journal-href': '#journal' },
  render: (args) =>
    html`<div style="min-block-size: 16rem; display: flex; justify-content: flex-end">
      ${button(args, signedIn('confirmed'), (_session, el) => {
        void el.updateComplete.then(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click());
      })}
    </div>`,
  parameters: { docs: { description: { story: 'The panel: the level explained, the journal and «Выйти».' } } },
};
export const RequiredLevelNotMet = state(
  'Required level not met',
  signedIn('simplified'),
  'The page needs a standard account: the person is told what that means and how to get it.',
  { 'required-level': 'standard', 'upgrade-href': '#upgrade' },
);
export const RequiredConfirmed = state(
  'Required level: confirmed',
  signedIn('standard'),
  'The page needs a confirmed account.',
  { 'required-level': 'confirmed' },
);
export const ErrorUnavailable = state(
  'Error: provider unavailable',
  failed({ code: 'unavailable' }),
  'The identity provider could not be reached; «Повторить» tries again (the session also retries by itself).',
);
export const ErrorPopupClosed = state(
  'Error: popup closed',
  failed({ code: 'popup-closed' }),
  'The sign-in window was closed.',
  {
    mode: 'popup',
  },
);
export const ErrorDenied = state('Error: denied', failed({ code: 'denied' }), 'The provider refused the request.');
export const ErrorCallback = state(
  'Error: response unusable',
  failed({ code: 'callback' }),
  'The response could not be used.',
);
export const ErrorConfig = state(
  'Error: not configured',
  failed({ code: 'config' }),
  'No issuer or client id in `<gos-config>`.',
);
export const SessionExpiring: Story = {
  name: 'Session expiring (idle warning)',
  // A modal dialog would cover the docs page: this one is shown on its own only.
  tags: ['!autodocs'],
  render: (args) =>
    button(args, signedIn('confirmed', { idleDeadline: Date.now() + 60_000 }), (session) => {
      session.extend = () => undefined;
    }),
  parameters: {
    docs: {
      description: {
        story: 'A minute before the idle timeout: «Продолжить работу» keeps the session (WCAG 2.2.1).',
      },
    },
  },
};
export const SessionEnded: Story = {
  name: 'Session ended (idle)',
  render: (args) =>
    button(args, { status: 'signed-out' }, (session, el) => {
      void el.updateComplete.then(() => session.emit('expired', { reason: 'idle' }));
    }),
  parameters: {
    docs: { description: { story: 'After the idle timeout the person is told why they were signed out.' } },
  },
};
export const PopupMode = state('Popup mode', { status: 'signed-out' }, 'Signs in in a window over the page.', {
  mode: 'popup',
});
export const Small = state('Small', { status: 'signed-out' }, '`size="small"` for compact headers.', { size: 'small' });
export const Large = state('Large', { status: 'signed-out' }, '`size="large"`.', { size: 'large' });
export const Secondary = state('Secondary', signedIn('standard'), '`variant="secondary"`: outlined.', {
  variant: 'secondary',
});

const UNREACHABLE_ISSUER = 'https://esia.example.test/oidc';

/** The real session: the provider's discovery document answers 503 (MSW), so «Войти» ends in the error state. */
export const ProviderUnavailable: Story = {
  name: 'Provider unavailable (real session, MSW)',
  render: (args) =>
    html`<gos-config issuer=${UNREACHABLE_ISSUER} client-id="gos-demo" idle-timeout="0">
      <gos-login-button mode=${args.mode ?? 'redirect'}></gos-login-button>
    </gos-config>`,
  parameters: {
    msw: {
      handlers: [
        http.get(`${UNREACHABLE_ISSUER}/.well-known/openid-configuration`, () =>
          HttpResponse.json({ title: 'Service Unavailable' }, { status: 503 }),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('gos-login-button');
    await el?.updateComplete;
    el?.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click();
  },
};
