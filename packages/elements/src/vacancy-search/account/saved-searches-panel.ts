// «Сохранённые поиски»: each saved search with its count of new vacancies, opened with one press (the host runs its
// query; its new matches count as seen), renamed in place, its notifications chosen, deleted after a confirmation.
// And «Сохранить поиск», the small form the search panel shows under the results for the query on screen.
import {
  NOTIFICATION_CHANNEL_CODES,
  SAVED_SEARCH_NAME_MAX,
  type NotificationChannel,
  type SavedSearch,
  type SavedSearchQuery,
} from '@gos-elements/contracts';
import { formatDate } from '@gos-elements/core/i18n/format';
import { html, nothing, type TemplateResult } from 'lit';
import type { JobSeekerController } from './job-seeker.controller.js';
import { renderListState, renderSignIn } from './panel-parts.js';

export interface SavedSearchesPanelCallbacks {
  /** Run a saved search: the host puts its query into the search and shows the results. */
  readonly onOpenSearch: (query: SavedSearchQuery, search: SavedSearch) => void;
}

const row = (id: string) => `[data-search="${CSS.escape(id)}"]`;

export function renderSavedSearchesPanel(
  account: JobSeekerController,
  callbacks: SavedSearchesPanelCallbacks,
): TemplateResult {
  const msg = account.localize;
  return html`<section class="account-panel saved-searches" part="saved-searches" aria-labelledby="acc-saved-title">
    <h3 id="acc-saved-title" class="account-heading" tabindex="-1">${msg.msg('savedTitle')}</h3>
    ${
      account.signedIn
        ? renderListState(account, account.savedSearches, {
            loading: msg.msg('savedLoading'),
            error: msg.msg('savedError'),
            retry: () => void account.reload('savedSearches'),
            ready: (items) =>
              items.length === 0
                ? html`<p class="account-notice">${msg.msg('savedEmpty')}</p>`
                : html`<p class="hint">${msg.msg('savedCount', items.length)}</p>
                    <ul class="account-list">
                      ${items.map((item) => renderSearch(account, item, callbacks))}
                    </ul>`,
          })
        : renderSignIn(account, msg.msg('savedSignIn'))
    }
  </section>`;
}

function renderSearch(
  account: JobSeekerController,
  search: SavedSearch,
  callbacks: SavedSearchesPanelCallbacks,
): TemplateResult {
  const msg = account.localize;
  const ui = account.searchState(search.id);
  const open = () => {
    void account.markSearchRead(search.id);
    callbacks.onOpenSearch(search.query, search);
  };
  return html`<li class="account-item card" part="saved-search" data-search=${search.id}>
    ${
      ui.renaming !== undefined
        ? renderRename(account, search, ui.renaming)
        : html`<h4 class="account-item-title">
            <button
              type="button"
              class="link"
              data-action="open-search"
              aria-label=${msg.msg('openSearch', search.name)}
              @click=${open}
            >
              ${search.name}
            </button>
          </h4>`
    }
    <p>
      ${
        search.unread > 0
          ? html`<span class="badge unread" part="badge">${msg.msg('unread', search.unread)}</span>`
          : html`<span class="hint">${msg.msg('noNewMatches')}</span>`
      }
      ${
        search.lastMatchAt
          ? html`<span class="hint">
              · ${msg.msg('lastMatch', formatDate(account.locale, Date.parse(search.lastMatchAt)))}</span
            >`
          : nothing
      }
    </p>
    <div class="field">
      <label for=${`acc-channel-${search.id}`}>${msg.msg('channelLabel')}</label>
      <select
        id=${`acc-channel-${search.id}`}
        ?disabled=${ui.busy}
        @change=${(event: Event) =>
          void account.changeSearchChannel(search.id, (event.target as HTMLSelectElement).value as NotificationChannel)}
      >
        ${NOTIFICATION_CHANNEL_CODES.map(
          (code) =>
            html`<option value=${code} ?selected=${code === search.channel}>${msg.msg('channel', code)}</option>`,
        )}
      </select>
    </div>
    ${ui.confirmingDelete ? renderConfirmDelete(account, search) : renderActions(account, search, ui.renaming !== undefined)}
    <p class="message-error" role="alert">${ui.error ?? ''}</p>
  </li>`;
}

function renderActions(account: JobSeekerController, search: SavedSearch, renaming: boolean): TemplateResult {
  const msg = account.localize;
  return html`<div class="account-actions">
    ${
      renaming
        ? nothing
        : html`<button
            type="button"
            class="button secondary"
            data-action="rename"
            aria-label=${msg.msg('renameFor', search.name)}
            @click=${() => {
              account.setSearchUi(search.id, { renaming: search.name, error: undefined });
              account.focusAfterUpdate(`#acc-rename-${CSS.escape(search.id)}`);
            }}
          >
            ${msg.msg('rename')}
          </button>`
    }
    <button
      type="button"
      class="button secondary"
      data-action="delete"
      aria-label=${msg.msg('deleteSearchFor', search.name)}
      @click=${() => {
        account.setSearchUi(search.id, { confirmingDelete: true, error: undefined });
        account.focusAfterUpdate(`${row(search.id)} [data-action="keep"]`);
      }}
    >
      ${msg.msg('deleteSearch')}
    </button>
  </div>`;
}

function renderRename(account: JobSeekerController, search: SavedSearch, name: string): TemplateResult {
  const msg = account.localize;
  const id = `acc-rename-${search.id}`;
  const cancel = () => {
    account.setSearchUi(search.id, { renaming: undefined, error: undefined });
    account.focusAfterUpdate(`${row(search.id)} [data-action="rename"]`);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const trimmed = (account.searchState(search.id).renaming ?? name).trim();
    const problem = !trimmed
      ? msg.msg('searchNameEmpty')
      : trimmed.length > SAVED_SEARCH_NAME_MAX
        ? msg.msg('searchNameTooLong', SAVED_SEARCH_NAME_MAX)
        : undefined;
    if (problem) {
      account.setSearchUi(search.id, { error: problem });
      account.focusAfterUpdate(`#${CSS.escape(id)}`);
      return;
    }
    void account.renameSearch(search.id, trimmed).then((done) => {
      account.focusAfterUpdate(done ? `${row(search.id)} [data-action="open-search"]` : `#${CSS.escape(id)}`);
    });
  };
  const error = account.searchState(search.id).error;
  return html`<form
    class="rename"
    novalidate
    @submit=${submit}
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && cancel()}
  >
    <div class="field">
      <label for=${id}>${msg.msg('searchName')}</label>
      <input
        id=${id}
        type="text"
        maxlength=${SAVED_SEARCH_NAME_MAX}
        .value=${name}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(event: Event) =>
          account.setSearchUi(search.id, { renaming: (event.target as HTMLInputElement).value, error: undefined })}
      />
    </div>
    <div class="account-actions">
      <button type="submit" class="button">${msg.msg('save')}</button>
      <button type="button" class="button secondary" @click=${cancel}>${msg.msg('cancel')}</button>
    </div>
  </form>`;
}

function renderConfirmDelete(account: JobSeekerController, search: SavedSearch): TemplateResult {
  const msg = account.localize;
  const keep = () => {
    account.setSearchUi(search.id, { confirmingDelete: false });
    account.focusAfterUpdate(`${row(search.id)} [data-action="delete"]`);
  };
  return html`<div
    class="confirm"
    role="group"
    aria-labelledby=${`acc-delete-${search.id}`}
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && keep()}
  >
    <p id=${`acc-delete-${search.id}`}>${msg.msg('deleteConfirm', search.name)}</p>
    <div class="account-actions">
      <button
        type="button"
        class="button"
        data-action="confirm-delete"
        @click=${() =>
          void account
            .deleteSearch(search.id)
            .then((done) =>
              account.focusAfterUpdate(done ? '#acc-saved-title' : `${row(search.id)} [data-action="delete"]`),
            )}
      >
        ${msg.msg('deleteYes')}
      </button>
      <button type="button" class="button secondary" data-action="keep" @click=${keep}>${msg.msg('deleteNo')}</button>
    </div>
  </div>`;
}

export interface SaveSearchFormCallbacks {
  /** Show «Сохранённые поиски» (after saving). */
  readonly onOpenSavedSearches?: () => void;
}

/**
 * «Сохранить поиск» for the search on screen (`query`: the words and filters as the search echoes them). A button
 * that opens a small form — an optional name and how to notify — or, signed out, the invitation to sign in.
 */
export function renderSaveSearchForm(
  account: JobSeekerController,
  query: SavedSearchQuery,
  callbacks: SaveSearchFormCallbacks = {},
): TemplateResult {
  const msg = account.localize;
  const form = account.saveSearchForm;
  if (!form.open) {
    return html`<div class="save-search" part="save-search">
      <button
        type="button"
        class="button secondary"
        data-action="save-search"
        aria-expanded="false"
        @click=${() => {
          account.setSaveSearchForm({ open: true, saved: undefined, error: undefined });
          account.focusAfterUpdate(account.signedIn ? '#acc-save-search-name' : '.save-search .button');
        }}
      >
        ${msg.msg('saveSearch')}
      </button>
      ${
        form.saved
          ? html`<p class="message-success" role="status">
              ${msg.msg('searchSaved', form.saved.name)}
              ${
                callbacks.onOpenSavedSearches
                  ? html`<button type="button" class="link" @click=${callbacks.onOpenSavedSearches}>
                      ${msg.msg('toSavedSearches')}
                    </button>`
                  : nothing
              }
            </p>`
          : nothing
      }
    </div>`;
  }
  const close = () => {
    account.setSaveSearchForm({ open: false, error: undefined });
    account.focusAfterUpdate('[data-action="save-search"]');
  };
  if (!account.signedIn) {
    return html`<div
      class="save-search"
      part="save-search"
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && close()}
    >
      ${renderSignIn(account, msg.msg('saveSearchSignIn'))}
      <button type="button" class="link" @click=${close}>${msg.msg('cancel')}</button>
    </div>`;
  }
  const submit = (event: Event) => {
    event.preventDefault();
    const now = account.saveSearchForm;
    if (now.busy) return;
    if (now.name.trim().length > SAVED_SEARCH_NAME_MAX) {
      account.setSaveSearchForm({ error: msg.msg('searchNameTooLong', SAVED_SEARCH_NAME_MAX) });
      account.focusAfterUpdate('#acc-save-search-name');
      return;
    }
    void account.saveSearch(query, now.name, now.channel).then((saved) => {
      account.focusAfterUpdate(saved ? '[data-action="save-search"]' : '#acc-save-search-name');
    });
  };
  return html`<form
    class="save-search card"
    part="save-search"
    novalidate
    aria-labelledby="acc-save-search-title"
    @submit=${submit}
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && close()}
  >
    <p id="acc-save-search-title" class="account-heading small">${msg.msg('saveSearchTitle')}</p>
    <div class="field">
      <label for="acc-save-search-name">${msg.msg('saveSearchName')}</label>
      <input
        id="acc-save-search-name"
        type="text"
        maxlength=${SAVED_SEARCH_NAME_MAX}
        .value=${form.name}
        aria-describedby="acc-save-search-hint acc-save-search-error"
        aria-invalid=${form.error ? 'true' : 'false'}
        @input=${(event: Event) => account.setSaveSearchForm({ name: (event.target as HTMLInputElement).value, error: undefined })}
      />
      <p class="hint" id="acc-save-search-hint">${msg.msg('saveSearchNameHint')}</p>
    </div>
    <div class="field">
      <label for="acc-save-search-channel">${msg.msg('channelLabel')}</label>
      <select
        id="acc-save-search-channel"
        @change=${(event: Event) =>
          account.setSaveSearchForm({ channel: (event.target as HTMLSelectElement).value as NotificationChannel })}
      >
        ${NOTIFICATION_CHANNEL_CODES.map(
          (code) => html`<option value=${code} ?selected=${code === form.channel}>${msg.msg('channel', code)}</option>`,
        )}
      </select>
    </div>
    <p class="message-error" id="acc-save-search-error" role="alert">${form.error ?? ''}</p>
    <div class="account-actions">
      <button type="submit" class="button" aria-disabled=${form.busy ? 'true' : 'false'}>
        ${msg.msg(form.busy ? 'saving' : 'saveSearchSubmit')}
      </button>
      <button type="button" class="button secondary" @click=${close}>${msg.msg('cancel')}</button>
    </div>
  </form>`;
}
