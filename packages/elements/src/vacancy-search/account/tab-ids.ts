// The element's sections and the ids of their tabs and panels: shared by the tab bar (loaded later) and the element,
// which renders the panel around its search before the tabs are in.
import type { AccountTab } from './account.messages.js';

export const ACCOUNT_TABS: readonly AccountTab[] = ['search', 'favourites', 'responses', 'saved-searches', 'resume'];

/** The id of a tab and of its panel, in the host's shadow root. */
export const tabId = (tab: AccountTab): string => `acc-tab-${tab}`;
export const tabPanelId = (tab: AccountTab): string => `acc-panel-${tab}`;
