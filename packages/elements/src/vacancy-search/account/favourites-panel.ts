// «Избранное»: the kept vacancies, newest first — on the account when signed in, in this browser when not (with
// a word on what signing in adds). A vacancy taken down since is still listed, as it was, and marked.
import type { Favorite, VacancyRef } from '@gos-elements/contracts';
import { formatDate } from '@gos-elements/core/i18n/format';
import { html, nothing, type TemplateResult } from 'lit';
import type { JobSeekerController } from './job-seeker.controller.js';
import { renderListState } from './panel-parts.js';

export interface FavouritesPanelCallbacks {
  /** Open the vacancy in the detail view. */
  readonly onOpenVacancy: (vacancyId: string) => void;
}

interface Row {
  readonly vacancy: VacancyRef;
  readonly addedAt: string;
  /** Null: taken down. */
  readonly current: Favorite['current'] | undefined;
}

export function renderFavouritesPanel(
  account: JobSeekerController,
  callbacks: FavouritesPanelCallbacks,
): TemplateResult {
  const msg = account.localize;
  const local = account.localFavourites.map((item): Row => ({ ...item, current: undefined }));
  return html`<section class="account-panel favourites" part="favourites" aria-labelledby="acc-favourites-title">
    <h3 id="acc-favourites-title" class="account-heading" tabindex="-1">${msg.msg('favouritesTitle')}</h3>
    ${
      account.signedIn
        ? html`${
            local.length && account.favourites.status === 'loading'
              ? html`<p class="hint" role="status">${msg.msg('favouritesMerging')}</p>`
              : nothing
          }
          ${renderListState(account, account.favourites, {
            loading: msg.msg('favouritesLoading'),
            error: msg.msg('favouritesError'),
            retry: () => void account.reload('favourites'),
            ready: (items) =>
              renderRows(
                account,
                items.map((item) => ({ vacancy: item.vacancy, addedAt: item.addedAt, current: item.current })),
                callbacks,
              ),
          })}`
        : html`<p class="account-notice" part="notice">${msg.msg('favouritesLocal')}</p>
            ${renderRows(account, local, callbacks)}`
    }
  </section>`;
}

function renderRows(account: JobSeekerController, rows: readonly Row[], callbacks: FavouritesPanelCallbacks) {
  const msg = account.localize;
  if (rows.length === 0) return html`<p class="account-notice">${msg.msg('favouritesEmpty')}</p>`;
  return html`<p class="hint">${msg.msg('favouritesCount', rows.length)}</p>
    <ul class="account-list">
      ${rows.map((row, index) => renderRow(account, row, rows[index + 1]?.vacancy.id, callbacks))}
    </ul>`;
}

function renderRow(
  account: JobSeekerController,
  row: Row,
  nextId: string | undefined,
  callbacks: FavouritesPanelCallbacks,
): TemplateResult {
  const msg = account.localize;
  const gone = row.current === null;
  const busy = account.pendingFavourites.has(row.vacancy.id);
  const remove = () => {
    if (busy) return;
    void account.toggleFavourite(row.vacancy);
    // Focus goes on to the next favourite, or back to the heading when this was the last.
    account.focusAfterUpdate(
      nextId ? `[data-favourite-row="${CSS.escape(nextId)}"] .account-item-title > *` : '#acc-favourites-title',
    );
  };
  return html`<li
    class="account-item card ${gone ? 'gone' : ''}"
    part="favourite-item"
    data-favourite-row=${row.vacancy.id}
  >
    <h4 class="account-item-title">
      ${
        gone
          ? html`<span tabindex="-1">${row.vacancy.jobName}</span>`
          : html`<button
              type="button"
              class="link"
              aria-label=${msg.msg('openVacancy', row.vacancy.jobName)}
              @click=${() => callbacks.onOpenVacancy(row.vacancy.id)}
            >
              ${row.vacancy.jobName}
            </button>`
      }
    </h4>
    ${gone ? html`<p><span class="badge gone" part="badge">${msg.msg('takenDown')}</span></p>` : nothing}
    <p>${row.vacancy.company.name} · ${row.vacancy.region.name}</p>
    ${row.current ? html`<p>${row.current.salary.text}</p>` : nothing}
    ${gone ? html`<p class="hint">${msg.msg('takenDownHint')}</p>` : nothing}
    <p class="hint">${msg.msg('addedOn', formatDate(account.locale, Date.parse(row.addedAt)))}</p>
    <p>
      <button
        type="button"
        class="button secondary"
        data-action="remove-favourite"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${remove}
      >
        ${msg.msg('favouriteRemove', row.vacancy.jobName)}
      </button>
    </p>
  </li>`;
}
