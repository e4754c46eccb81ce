// The element's sections as tabs — «Поиск», «Избранное», «Мои отклики», «Сохранённые поиски», «Моё резюме» —
// following the ARIA tabs pattern: one tab stop, arrows (wrapping), Home and End move between tabs and show the
// one reached at once (automatic activation). «Сохранённые поиски» carries the unread count («3 новых»).
import { html, nothing, type TemplateResult } from 'lit';
import type { AccountTab } from './account.messages.js';
import type { JobSeekerController } from './job-seeker.controller.js';
import { ACCOUNT_TABS, tabId, tabPanelId } from './tab-ids.js';

export type { AccountTab };
export { ACCOUNT_TABS, tabId, tabPanelId };

/** The tab bar. `onSelect` shows a tab (the host keeps which one, e.g. in its URL state). */
export function renderAccountTabs(
  account: JobSeekerController,
  active: AccountTab,
  onSelect: (tab: AccountTab) => void,
  tabs: readonly AccountTab[] = ACCOUNT_TABS,
): TemplateResult {
  const msg = account.localize;
  const unread = account.signedIn ? account.unreadCount : 0;
  const onKeydown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(active);
    const target =
      event.key === 'ArrowRight'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    if (target !== active) onSelect(target);
    account.focusAfterUpdate(`#${tabId(target)}`);
  };
  return html`<div
    class="account-tabs"
    part="tabs"
    role="tablist"
    aria-label=${msg.msg('tabsLabel')}
    @keydown=${onKeydown}
  >
    ${tabs.map((tab) => {
      const selected = tab === active;
      return html`<button
        type="button"
        role="tab"
        class="account-tab"
        part=${selected ? 'tab tab-selected' : 'tab'}
        id=${tabId(tab)}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls=${selected ? tabPanelId(tab) : nothing}
        tabindex=${selected ? '0' : '-1'}
        @click=${() => {
          if (!selected) onSelect(tab);
        }}
      >
        ${msg.msg('tab', tab)}${
          tab === 'saved-searches' && unread > 0
            ? html`<span class="unread-badge" part="unread-badge" aria-hidden="true">${unread}</span
                ><span class="visually-hidden">, ${msg.msg('unread', unread)}</span>`
            : nothing
        }
      </button>`;
    })}
  </div>`;
}

/** The panel of the active tab: `content` labelled by its tab. */
export function renderTabPanel(tab: AccountTab, content: unknown): TemplateResult {
  return html`<div
    class="account-tabpanel"
    role="tabpanel"
    id=${tabPanelId(tab)}
    aria-labelledby=${tabId(tab)}
    tabindex="0"
  >
    ${content}
  </div>`;
}
