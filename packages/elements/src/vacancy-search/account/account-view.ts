// The job seeker's part of <gos-vacancy-search> as one module the element loads after its first render: the search
// is public and must not wait for favourites, responses, saved searches, the résumé and their ru+en texts (about as
// much code again as the search). The element asks this view for each piece it places.
import type { SavedSearchQuery } from '@gos-elements/contracts';
import type { TemplateResult } from 'lit';
import { renderAccountTabs, type AccountTab } from './account-tabs.js';
import { renderApplyPanel } from './apply-panel.js';
import { renderFavouriteButton } from './favourite-button.js';
import { renderFavouritesPanel } from './favourites-panel.js';
import {
  JobSeekerController,
  type AccountConnection,
  type AccountHost,
  type FavouriteVacancy,
} from './job-seeker.controller.js';
import { renderAccountLive } from './panel-parts.js';
import { renderResponsesPanel } from './responses-panel.js';
import { renderResumePanel } from './resume-panel.js';
import { renderSavedSearchesPanel, renderSaveSearchForm } from './saved-searches-panel.js';

/** What the element does when the account's pieces ask for the search. */
export interface AccountNavigation {
  /** Show a tab (the element keeps which one, in its URL with `sync-url`). */
  readonly selectTab: (tab: AccountTab) => void;
  /** Show a vacancy's details in the search tab. */
  readonly openVacancy: (id: string) => void;
  /** Search again with a saved search's words and filters. */
  readonly openSearch: (query: SavedSearchQuery) => void;
}

export class AccountView {
  readonly controller: JobSeekerController;
  readonly #navigation: AccountNavigation;

  constructor(host: AccountHost, navigation: AccountNavigation) {
    this.controller = new JobSeekerController(host);
    this.#navigation = navigation;
  }

  connect(connection: AccountConnection): void {
    this.controller.connect(connection);
  }

  /** The tab bar («Поиск» is the element's own panel). */
  tabs(tab: AccountTab): TemplateResult {
    return renderAccountTabs(this.controller, tab, this.#navigation.selectTab);
  }

  /** The content of a job seeker's tab (not «Поиск»). */
  panel(tab: Exclude<AccountTab, 'search'>): TemplateResult {
    const account = this.controller;
    const navigation = this.#navigation;
    const openVacancy = { onOpenVacancy: navigation.openVacancy };
    if (tab === 'favourites') return renderFavouritesPanel(account, openVacancy);
    if (tab === 'responses') return renderResponsesPanel(account, openVacancy);
    if (tab === 'saved-searches') {
      return renderSavedSearchesPanel(account, { onOpenSearch: (query) => navigation.openSearch(query) });
    }
    return renderResumePanel(account);
  }

  /** The account's live regions: render once, always. */
  live(): TemplateResult {
    return renderAccountLive(this.controller);
  }

  /** ☆ for a result (`compact`: the star alone) or for the open vacancy. */
  favourite(vacancy: FavouriteVacancy, compact: boolean): TemplateResult {
    return renderFavouriteButton(this.controller, vacancy, { compact });
  }

  /** «Откликнуться» at the end of the open vacancy. */
  apply(vacancy: FavouriteVacancy): TemplateResult {
    return renderApplyPanel(this.controller, vacancy, {
      onOpenResume: () => this.#navigation.selectTab('resume'),
      onOpenResponses: () => this.#navigation.selectTab('responses'),
    });
  }

  /** «Сохранить поиск» for the words and filters on screen. */
  saveSearch(query: SavedSearchQuery): TemplateResult {
    return renderSaveSearchForm(this.controller, query, {
      onOpenSavedSearches: () => this.#navigation.selectTab('saved-searches'),
    });
  }
}
