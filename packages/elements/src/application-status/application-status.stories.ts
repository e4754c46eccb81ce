import type { ApplicationStatus } from '@gos-elements/contracts';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { FakeSession, signedIn } from '../login-button/login-button.fixtures.js';
import { application, FakeApplicationsApi, SAMPLE } from './application-status.fixtures.js';
import './define.js';

// Most stories give the element a stand-in API in a fixed state. «Live» uses the real client against the
// backend's cabinet domain through MSW (see .storybook/cabinet.ts): the data and answers the backend gives.

interface Args {
  'page-size': number;
}

function view(
  api: FakeApplicationsApi,
  options: { signedOut?: boolean; applicationId?: string; pageSize?: number } = {},
): TemplateResult {
  const session = new FakeSession(options.signedOut ? { status: 'signed-out' } : signedIn('confirmed'));
  session.signIn = () => Promise.resolve();
  return html`<gos-application-status
    application-id=${options.applicationId ?? ''}
    page-size=${options.pageSize ?? 10}
    .session=${session}
    .client=${api}
  ></gos-application-status>`;
}

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

/** The real API client against the mock cabinet (MSW): seeded applications in every status, live uploads. */
export const Live: Story = {
  name: 'Live (mock cabinet over MSW)',
  render: () => {
    const session = new FakeSession(signedIn('confirmed'));
    return html`<gos-config api-base="https://cabinet.storybook.test/api/v1">
      <gos-application-status .session=${session}></gos-application-status>
    </gos-config>`;
  },
};

export const List: Story = { render: (args) => view(new FakeApplicationsApi(), { pageSize: args['page-size'] }) };
export const Paged: Story = { name: 'List with pages', render: () => view(new FakeApplicationsApi(), { pageSize: 3 }) };
export const SignedOut: Story = {
  name: 'Signed out',
  render: () => view(new FakeApplicationsApi(), { signedOut: true }),
};
export const Empty: Story = { render: () => view(new FakeApplicationsApi([])) };
export const Loading: Story = {
  render: () => {
    const api = new FakeApplicationsApi();
    api.pending = true;
    return view(api);
  },
};
export const LoadFailed: Story = {
  name: 'Error',
  render: () => {
    const api = new FakeApplicationsApi();
    api.fail = new Error('Сервис временно недоступен.');
    return view(api);
  },
};

const detail = (status: ApplicationStatus): Story => ({
  name: `Application: ${status}`,
  render: () => {
    const item = SAMPLE.find((candidate) => candidate.status === status) ?? application('2026-000199', status);
    return view(new FakeApplicationsApi([item]), { applicationId: item.id });
  },
});

export const Draft = detail('draft');
export const Accepted = detail('accepted');
export const InReview = detail('in-review');
export const ActionRequired = detail('action-required');
export const Approved = detail('approved');
export const Rejected = detail('rejected');
export const Issued = detail('issued');
export const Cancelled = detail('cancelled');
