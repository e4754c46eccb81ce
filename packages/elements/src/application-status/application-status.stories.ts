import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, type HttpHandler } from 'msw';
import { html, type TemplateResult } from 'lit';
import { FakeSession, signedIn } from '../login-button/login-button.fixtures.js';
import type { GosApplicationStatusElement } from './application-status.js';
import { CABINET_API, cabinet, neverAnswers, SEEDED, unavailable } from './application-status.fixtures.js';
import './define.js';

// Every story talks to the backend's own cabinet domain through its MSW handlers (a fresh cabinet per story, dated
// 20 November 2026), so what a story shows is what the backend answers. «Live» shares one cabinet across stories.

interface Args {
  'page-size': number;
}

function view(options: { signedOut?: boolean; applicationId?: string; pageSize?: number } = {}): TemplateResult {
  const session = new FakeSession(options.signedOut ? { status: 'signed-out' } : signedIn('confirmed'));
  session.signIn = () => Promise.resolve();
  return html`<gos-config api-base=${CABINET_API}>
    <gos-application-status
      application-id=${options.applicationId ?? ''}
      page-size=${options.pageSize ?? 10}
      .session=${session}
    ></gos-application-status>
  </gos-config>`;
}

const handlers = (...list: HttpHandler[]) => ({ msw: { handlers: { cabinet: list } } });

/** The element's shadow root in the story's canvas. */
function shadowOf(canvasElement: HTMLElement): ShadowRoot {
  const element = canvasElement.querySelector<GosApplicationStatusElement>('gos-application-status');
  if (!element?.shadowRoot) throw new Error('gos-application-status did not render');
  return element.shadowRoot;
}

/** Waits (up to 5 s) until the element shows something matching `selector`: the story's state has arrived. */
async function until(canvasElement: HTMLElement, selector: string): Promise<Element> {
  for (let waited = 0; waited < 5000; waited += 50) {
    const found = canvasElement.querySelector('gos-application-status')?.shadowRoot?.querySelector(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gos-application-status never showed ${selector}`);
}

/** A play function that ends when the element shows `selector`. */
const showing =
  (selector: string): Story['play'] =>
  async ({ canvasElement }) => {
    await until(canvasElement, selector);
  };

/** Chooses `file` for the requested document and, with `submit`, sends it. */
async function choose(canvasElement: HTMLElement, file: File, submit: boolean): Promise<void> {
  const input = (await until(canvasElement, 'input[type=file]')) as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  if (submit) input.form?.requestSubmit();
}

const pdf = () => new File(['%PDF-1.4\n%%EOF\n'], 'spravka.pdf', { type: 'application/pdf' });

const meta = {
  title: 'Cabinet/gos-application-status',
  component: 'gos-application-status',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `
\`<gos-application-status>\` is «Мои заявления»: the signed-in citizen's applications from the cabinet API at
\`<gos-config api-base>\`, with the access token of the page's session (the one \`<gos-login-button>\` shows).
Filter by status, page through, open one (or set \`application-id\`) to see its progress, history and comments,
upload the documents the department asks for, download the result, withdraw it. Status changes arrive live and
are announced politely.`,
      },
    },
  },
  args: { 'page-size': 10 },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The real API client against the shared mock cabinet: seeded applications in every status, live uploads. */
export const Live: Story = {
  name: 'Live (shared mock cabinet)',
  render: () => {
    const session = new FakeSession(signedIn('confirmed'));
    return html`<gos-config api-base="https://cabinet.storybook.test/api/v1">
      <gos-application-status .session=${session}></gos-application-status>
    </gos-config>`;
  },
  play: showing('[part="item"]'),
};

export const List: Story = {
  render: (args) => view({ pageSize: args['page-size'] }),
  parameters: handlers(...cabinet().handlers),
  play: showing('[part="item"]'),
};
export const Paged: Story = {
  name: 'List with pages',
  render: () => view({ pageSize: 3 }),
  parameters: handlers(...cabinet().handlers),
  play: showing('[part="pager"]'),
};
export const SignedOut: Story = {
  name: 'Signed out',
  render: () => view({ signedOut: true }),
  parameters: handlers(...cabinet().handlers),
};
export const Empty: Story = {
  render: () => view(),
  parameters: handlers(...cabinet({ empty: true }).handlers),
  play: showing('.notice:not([role])'),
};
export const Loading: Story = { render: () => view(), parameters: handlers(...neverAnswers) };
export const LoadFailed: Story = {
  name: 'Error',
  render: () => view(),
  parameters: { ...handlers(...unavailable), expectedFailures: [' 503\\b'] },
  play: showing('[role="alert"]'),
};

const detail = (status: keyof typeof SEEDED): Story => ({
  name: `Application: ${status}`,
  render: () => view({ applicationId: SEEDED[status] }),
  parameters: handlers(...cabinet().handlers),
  play: showing('.detail h3'),
});

export const Draft = detail('draft');
export const Accepted = detail('accepted');
export const InReview = detail('in-review');
export const ActionRequired = detail('action-required');
export const Approved = detail('approved');
export const Rejected = detail('rejected');
export const Issued = detail('issued');
export const Cancelled = detail('cancelled');

export const WithdrawConfirm: Story = {
  name: 'Withdraw: confirmation',
  render: () => view({ applicationId: SEEDED['in-review'] }),
  parameters: handlers(...cabinet().handlers),
  play: async ({ canvasElement }) => {
    ((await until(canvasElement, '[data-action="cancel"]')) as HTMLElement).click();
    await until(canvasElement, '[data-action="keep"]');
  },
};

export const UploadRefusedInPage: Story = {
  name: 'Upload: file refused before upload',
  render: () => view({ applicationId: SEEDED['action-required'] }),
  parameters: handlers(...cabinet().handlers),
  play: async ({ canvasElement }) => {
    await choose(canvasElement, new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }), false);
    await until(canvasElement, 'input[aria-invalid="true"]');
  },
};

export const UploadInProgress: Story = {
  name: 'Upload: in progress',
  render: () => view({ applicationId: SEEDED['action-required'] }),
  parameters: handlers(
    http.post(`${CABINET_API}/applications/:id/documents`, () => delay('infinite')),
    ...cabinet().handlers,
  ),
  play: async ({ canvasElement }) => {
    await choose(canvasElement, pdf(), true);
    await until(canvasElement, 'progress');
  },
};

export const UploadRefusedByCabinet: Story = {
  name: 'Upload: refused by the cabinet (content is not a PDF)',
  render: () => view({ applicationId: SEEDED['action-required'] }),
  parameters: { ...handlers(...cabinet().handlers), expectedFailures: [' 415\\b'] },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, new File(['MZ\x90\x00'], 'spravka.pdf', { type: 'application/pdf' }), true);
    await until(canvasElement, 'input[aria-invalid="true"]');
  },
};

export const Uploaded: Story = {
  name: 'Upload: done, back under review',
  render: () => view({ applicationId: SEEDED['action-required'] }),
  parameters: handlers(...cabinet().handlers),
  play: async ({ canvasElement }) => {
    await choose(canvasElement, pdf(), true);
    await until(canvasElement, '.detail > p > .badge.progress');
    for (let waited = 0; shadowOf(canvasElement).querySelector('form.upload') && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};
