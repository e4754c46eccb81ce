// ☆/★ on a search result and in the detail view: a toggle button (aria-pressed) whose name says what it does to
// which vacancy — «Добавить в избранное: Бухгалтер» — and whose pressed state says whether it is done. The visible
// word stays «В избранное» (part of the name, WCAG 2.5.3); the star fills when the vacancy is kept. Signed out,
// the favourite is kept in this browser; signed in, on the account.
import { html, nothing, type TemplateResult } from 'lit';
import type { FavouriteVacancy, JobSeekerController } from './job-seeker.controller.js';

export interface FavouriteButtonOptions {
  /** Only the star (a dense result list); the name is the same. */
  readonly compact?: boolean;
}

/** The favourite toggle for `vacancy` (a search result or a detail: anything with the VacancyRef fields). */
export function renderFavouriteButton(
  account: JobSeekerController,
  vacancy: FavouriteVacancy,
  options: FavouriteButtonOptions = {},
): TemplateResult {
  const msg = account.localize;
  const on = account.isFavourite(vacancy.id);
  const busy = account.pendingFavourites.has(vacancy.id);
  return html`<button
    type="button"
    class="favourite ${options.compact ? 'compact' : ''}"
    part="favourite"
    data-favourite=${vacancy.id}
    aria-pressed=${on ? 'true' : 'false'}
    aria-label=${msg.msg('favouriteAdd', vacancy.jobName)}
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${() => {
      if (!busy) void account.toggleFavourite(vacancy);
    }}
  >
    <span class="favourite-star" aria-hidden="true">${on ? '★' : '☆'}</span>
    ${options.compact ? nothing : html`<span class="favourite-text">${msg.msg('favouriteOff')}</span>`}
  </button>`;
}
