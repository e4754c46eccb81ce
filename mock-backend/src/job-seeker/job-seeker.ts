// The job seeker's side of «Работа России» in one place: favourites, the résumé, responses, saved searches and
// their notifications over the public search's index, plus the development publication that feeds the match job.
// Plain TypeScript with no Express, MSW, Node or database inside: the backend and the browser run exactly this.
import type { JobNotification, Vacancy } from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import { DEFAULT_LIMITS, type JobSeekerLimits } from '../limits.js';
import type { DevVacancy } from '../vacancies/dev-vacancy.js';
import type { VacancyIndex } from '../vacancies/search.js';
import { Favorites } from './favorites.js';
import { runMatchJob, type MatchJobOptions } from './match-job.js';
import { vacancyLink } from './messages.js';
import { Notifications } from './notifications.js';
import type { MessageSender, PersonDirectory } from './people.js';
import { Publications } from './publications.js';
import { MemoryResumeFileStore, type JobSeekerStorage } from './records.js';
import { Responses } from './responses.js';
import { Resumes } from './resumes.js';
import { SavedSearches } from './saved-searches.js';

/** The demo's «Работа России» page, where links in messages lead unless the backend is told otherwise. */
export const DEFAULT_VACANCY_LINK_BASE = 'http://localhost:5173';

export interface JobSeekerOptions {
  /** The public search's index: favourites and responses refer to its vacancies; publications go into it. */
  readonly index: VacancyIndex;
  readonly clock: Clock;
  readonly people: PersonDirectory;
  readonly outbox: MessageSender;
  /** Origin of the job site that links in messages lead to (`<base>/trudvsem.html?vac-vacancy=…`). */
  readonly linkBase?: string;
  readonly limits?: JobSeekerLimits;
  readonly storage?: JobSeekerStorage;
}

export class JobSeeker {
  readonly favorites: Favorites;
  readonly resumes: Resumes;
  readonly responses: Responses;
  readonly savedSearches: SavedSearches;
  readonly notifications: Notifications;
  readonly publications: Publications;
  readonly index: VacancyIndex;
  readonly #match: MatchJobOptions;

  constructor(options: JobSeekerOptions) {
    const { index, clock, people, outbox, storage = {} } = options;
    const limits = options.limits ?? DEFAULT_LIMITS.jobSeeker;
    const base = options.linkBase ?? DEFAULT_VACANCY_LINK_BASE;
    const link = (vacancyId: string) => vacancyLink(base, vacancyId);
    this.index = index;
    this.publications = new Publications(index, clock, storage.publishedVacancies);
    this.notifications = new Notifications(clock, storage.notifications);
    this.favorites = new Favorites(index, clock, limits.favoritesMax, storage.favorites);
    this.resumes = new Resumes({
      clock,
      people,
      files: storage.resumeFiles ?? new MemoryResumeFileStore(),
      limit: limits.resumeFile,
      store: storage.resumes,
    });
    this.responses = new Responses({
      index,
      clock,
      resumes: this.resumes,
      notifications: this.notifications,
      people,
      outbox,
      link,
      stepMs: limits.responseStepMs,
      store: storage.responses,
    });
    this.savedSearches = new SavedSearches({
      clock,
      people,
      notifications: this.notifications,
      max: limits.savedSearchesMax,
      latestPublication: () => this.publications.latest,
      store: storage.savedSearches,
    });
    this.#match = {
      index,
      publications: this.publications,
      savedSearches: this.savedSearches,
      notifications: this.notifications,
      people,
      outbox,
      link,
    };
  }

  /** Development: publishes a vacancy (or its new version) and checks the saved searches against it at once. */
  publish(input: DevVacancy): { readonly created: boolean; readonly vacancy: Vacancy } {
    const published = this.publications.publish(input);
    this.vacanciesChanged([published.vacancy.id]);
    return published;
  }

  /** The match job over vacancies that were just published or changed. Returns the notifications recorded. */
  vacanciesChanged(ids: readonly string[]): number {
    return runMatchJob(this.#match, ids);
  }

  /** The simulator's tick: the employers' next moves. */
  advance(): number {
    return this.responses.advance();
  }

  /** The owner's notifications as they happen (the cabinet's event stream carries them). */
  subscribe(owner: string, listener: (notification: JobNotification) => void): () => void {
    return this.notifications.subscribe(owner, listener);
  }
}
