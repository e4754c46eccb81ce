// The match job: when vacancies are published or change, each saved search is checked against those vacancies only
// — with the search index's own matching, so a match is exactly what the search would find — and each new match
// is notified once, ever: in the cabinet (live, too) and by the search's channel.
import type { VacancyIndex } from '../vacancies/search.js';
import { matchTitle, sendMatch } from './messages.js';
import type { Notifications } from './notifications.js';
import type { MessageSender, PersonDirectory } from './people.js';
import { vacancyRef } from './people.js';
import type { Publications } from './publications.js';
import type { SavedSearches } from './saved-searches.js';

export interface MatchJobOptions {
  readonly index: VacancyIndex;
  readonly publications: Publications;
  readonly savedSearches: SavedSearches;
  readonly notifications: Notifications;
  readonly people: PersonDirectory;
  readonly outbox: MessageSender;
  readonly link: (vacancyId: string) => string;
}

/** Checks the saved searches against `vacancyIds` (new or changed); returns how many notifications it recorded. */
export function runMatchJob(options: MatchJobOptions, vacancyIds: readonly string[]): number {
  const { index, publications, savedSearches, notifications, people, outbox, link } = options;
  let recorded = 0;
  for (const search of savedSearches.all()) {
    // Only what was first published after the search was saved is new to it: a vacancy it could have found when
    // it was saved is never «new», however it changes later.
    const fresh = vacancyIds.filter((id) => (publications.publicationOf(id) ?? 0) > search.watchesAfter);
    if (fresh.length === 0) continue;
    let matched = false;
    for (const id of index.matching(search.query, fresh)) {
      const vacancy = index.vacancy(id);
      if (!vacancy || notifications.notifiedOf(search.id, id)) continue;
      notifications.record(search.owner, {
        kind: 'saved-search-match',
        title: matchTitle(search.name),
        vacancy: vacancyRef(vacancy),
        savedSearchId: search.id,
      });
      sendMatch(outbox, people.personOf(search.owner), search.channel, search, vacancy, link(id));
      matched = true;
      recorded += 1;
    }
    if (matched) savedSearches.matched(search);
  }
  return recorded;
}
