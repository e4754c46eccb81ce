// «Мои отклики»: every response of the job seeker with its status (the catalogue's words), when it was sent and
// last changed, an invitation's place and time, its history and the letter sent; a response the employer has not
// answered yet can be withdrawn after a confirmation whose safe answer has the focus.
import type { JobResponse } from '@gos-elements/contracts';
import { formatDate } from '@gos-elements/core/i18n/format';
import { html, nothing, type TemplateResult } from 'lit';
import { canWithdraw } from './account.logic.js';
import type { JobSeekerController } from './job-seeker.controller.js';
import { renderListState, renderSignIn } from './panel-parts.js';

export interface ResponsesPanelCallbacks {
  /** Open the vacancy in the detail view. */
  readonly onOpenVacancy: (vacancyId: string) => void;
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

export function renderResponsesPanel(account: JobSeekerController, callbacks: ResponsesPanelCallbacks): TemplateResult {
  const msg = account.localize;
  return html`<section class="account-panel responses" part="responses" aria-labelledby="acc-responses-title">
    <h3 id="acc-responses-title" class="account-heading">${msg.msg('responsesTitle')}</h3>
    ${
      account.signedIn
        ? renderListState(account, account.responses, {
            loading: msg.msg('responsesLoading'),
            error: msg.msg('responsesError'),
            retry: () => void account.reload('responses'),
            ready: (items) => renderItems(account, items, callbacks),
          })
        : renderSignIn(account, msg.msg('responsesSignIn'))
    }
  </section>`;
}

function renderItems(
  account: JobSeekerController,
  items: readonly JobResponse[],
  callbacks: ResponsesPanelCallbacks,
): TemplateResult {
  const msg = account.localize;
  if (items.length === 0) return html`<p class="account-notice">${msg.msg('responsesEmpty')}</p>`;
  return html`<p class="hint">${msg.msg('responsesCount', items.length)}</p>
    <ul class="account-list">
      ${items.map((item) => renderItem(account, item, callbacks))}
    </ul>`;
}

function renderItem(
  account: JobSeekerController,
  item: JobResponse,
  callbacks: ResponsesPanelCallbacks,
): TemplateResult {
  const msg = account.localize;
  const locale = account.locale;
  const date = (iso: string) => formatDate(locale, Date.parse(iso));
  const error = account.withdrawErrors.get(item.id);
  return html`<li class="account-item card" part="response" data-response=${item.id}>
    <h4 class="account-item-title">
      <button
        type="button"
        class="link"
        data-open=${item.vacancy.id}
        aria-label=${msg.msg('openVacancy', item.vacancy.jobName)}
        @click=${() => callbacks.onOpenVacancy(item.vacancy.id)}
      >
        ${item.vacancy.jobName}
      </button>
    </h4>
    <p>${item.vacancy.company.name} · ${item.vacancy.region.name}</p>
    <p><span class="badge ${item.status}" part="badge">${msg.msg('status', item.status)}</span></p>
    <p class="hint">
      ${msg.msg('sentOn', date(item.createdAt))}${
        item.updatedAt !== item.createdAt ? html` · ${msg.msg('changedOn', date(item.updatedAt))}` : nothing
      }
    </p>
    ${
      item.status === 'invited' && item.invitation
        ? html`<div class="invitation">
            <p><strong>${msg.msg('invitation')}</strong></p>
            <dl>
              <dt>${msg.msg('invitationWhen')}</dt>
              <dd>${formatDate(locale, Date.parse(item.invitation.at), DATE_TIME)}</dd>
              <dt>${msg.msg('invitationWhere')}</dt>
              <dd>${item.invitation.place}</dd>
              <dt>${msg.msg('invitationContact')}</dt>
              <dd>${item.invitation.contact}</dd>
            </dl>
          </div>`
        : nothing
    }
    <details>
      <summary>${msg.msg('history')}</summary>
      <ol class="account-history" reversed>
        ${[...item.history].reverse().map(
          (entry) =>
            html`<li>
              <span class="hint">${formatDate(locale, Date.parse(entry.at), DATE_TIME)}</span>
              ${msg.msg('status', entry.status)}${entry.comment ? html`<p>${entry.comment}</p>` : nothing}
            </li>`,
        )}
      </ol>
    </details>
    <details>
      <summary>${msg.msg('letterSent')}</summary>
      <p class="letter">${item.coverLetter}</p>
      <p class="hint">${msg.msg('resumeSent', item.resume.desiredPosition)}</p>
    </details>
    ${canWithdraw(item) ? renderWithdraw(account, item) : nothing}
    ${error ? html`<p class="message-error" role="alert">${error}</p>` : nothing}
  </li>`;
}

function renderWithdraw(account: JobSeekerController, item: JobResponse): TemplateResult {
  const msg = account.localize;
  const selector = (action: string) => `[data-response="${CSS.escape(item.id)}"] [data-action="${action}"]`;
  if (account.confirmingWithdraw !== item.id) {
    const busy = account.withdrawing.has(item.id);
    return html`<p>
      <button
        type="button"
        class="button secondary"
        data-action="withdraw"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => {
          if (busy) return;
          account.askToWithdraw(item.id);
          // The safe answer first: Enter on the focused button keeps the response.
          account.focusAfterUpdate(selector('keep'));
        }}
      >
        ${msg.msg(busy ? 'withdrawing' : 'withdraw')}
      </button>
    </p>`;
  }
  const keep = () => {
    account.askToWithdraw(undefined);
    account.focusAfterUpdate(selector('withdraw'));
  };
  return html`<div
    class="confirm"
    role="group"
    aria-labelledby=${`acc-withdraw-${item.id}`}
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && keep()}
  >
    <p id=${`acc-withdraw-${item.id}`}>${msg.msg('withdrawConfirm', item.vacancy.jobName)}</p>
    <div class="account-actions">
      <button
        type="button"
        class="button"
        data-action="confirm-withdraw"
        @click=${() =>
          void account
            .withdraw(item.id)
            .then(() => account.focusAfterUpdate(`[data-response="${CSS.escape(item.id)}"] h4 button`))}
      >
        ${msg.msg('withdrawYes')}
      </button>
      <button type="button" class="button secondary" data-action="keep" @click=${keep}>${msg.msg('withdrawNo')}</button>
    </div>
  </div>`;
}
