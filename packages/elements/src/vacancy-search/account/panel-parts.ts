// What every account panel shows the same way: the invitation to sign in, and a list's loading, failure and
// (re)loading states around its content.
import { html, nothing, type TemplateResult } from 'lit';
import type { AsyncState, JobSeekerController } from './job-seeker.controller.js';

/** «Войдите через Госуслуги, чтобы…» with the button that starts sign-in with the page's session. */
export function renderSignIn(account: JobSeekerController, text: string): TemplateResult {
  return html`<div class="account-notice" part="notice">
    <p>${text}</p>
    <button type="button" class="button" ?disabled=${!account.session} @click=${() => account.requestSignIn()}>
      ${account.localize.msg('signIn')}
    </button>
  </div>`;
}

export interface ListStateViews<T> {
  readonly loading: string;
  readonly error: string;
  readonly retry: () => void;
  readonly ready: (value: T) => TemplateResult;
}

/**
 * A list in any state: its content once it is in (kept on screen, `aria-busy`, while it reloads, and above the
 * failure of a reload), a polite «Загружаем…» the first time, a failure with the reason and «Повторить».
 */
export function renderListState<T>(
  account: JobSeekerController,
  state: AsyncState<T>,
  views: ListStateViews<T>,
): TemplateResult {
  const value = 'value' in state ? state.value : undefined;
  const failure =
    state.status === 'error'
      ? html`<div class="account-notice error" part="notice" role="alert">
          <p>${views.error} ${account.describe(state.error)}</p>
          <button type="button" class="button secondary" @click=${views.retry}>${account.localize.msg('retry')}</button>
        </div>`
      : nothing;
  if (value === undefined) {
    return state.status === 'error'
      ? html`${failure}`
      : html`<p class="account-notice" part="notice" role="status">${views.loading}</p>`;
  }
  return html`<div aria-busy=${state.status === 'loading' ? 'true' : 'false'}>${views.ready(value)}</div>
    ${failure}`;
}

/**
 * The account's two live regions: polite news (added to favourites, response sent, a new match) and urgent
 * failures that have no field to sit under (a favourite the server refused). Render it once, always.
 */
export function renderAccountLive(account: JobSeekerController): TemplateResult {
  return html`<p class="visually-hidden" role="status" aria-live="polite" data-live="account">
      ${account.announcement}
    </p>
    <p class="visually-hidden" role="alert" data-live="account-alert">${account.alert}</p>`;
}
