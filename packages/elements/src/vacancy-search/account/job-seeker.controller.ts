// The signed-in job seeker's side of <gos-vacancy-search> as a Lit controller: it follows the page's session, loads
// the account's favourites, responses, saved searches and résumé, merges the favourites kept in the browser after
// sign-in, follows notifications live, and carries out what the panels ask (optimistically where that is safe).
// The panels (render modules next to it) read its state and call its methods; it keeps what is typed in them, so
// switching tabs loses nothing.
import type {
  Favorite,
  JobNotification,
  JobResponse,
  MarkNotificationsRead,
  NewSavedSearch,
  NotificationChannel,
  Resume,
  ResumeInput,
  SavedSearch,
  SavedSearchPatch,
  SavedSearchQuery,
  VacancyRef,
} from '@gos-elements/contracts';
import type { EventStreamState, Locale, SessionHandle, SessionUser, WatchOptions } from '@gos-elements/core';
import { JobSeekerClient } from '@gos-elements/core/api/job-seeker';
import { ApiError } from '@gos-elements/core/api/problem';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LocalizeController } from '../../internal/localize.js';
import {
  activeResponseFor,
  draftOf,
  unreadTotal,
  withNotification,
  withResponse,
  type ResumeDraft,
} from './account.logic.js';
import { accountMessages, type AccountMessages } from './account.messages.js';
import {
  LocalFavourites,
  mergeLocalFavourites,
  type FavouriteStorage,
  type LocalFavourite,
  type MergeOutcome,
} from './local-favourites.js';

/** What the controller needs of the job seeker API; `JobSeekerClient` from `@gos-elements/core` is one. */
export type JobSeekerApi = Pick<
  JobSeekerClient,
  | 'favorites'
  | 'addFavorite'
  | 'removeFavorite'
  | 'resume'
  | 'saveResume'
  | 'uploadResumeFile'
  | 'resumeFile'
  | 'removeResumeFile'
  | 'respond'
  | 'responses'
  | 'withdrawResponse'
  | 'savedSearches'
  | 'createSavedSearch'
  | 'updateSavedSearch'
  | 'deleteSavedSearch'
  | 'markNotificationsRead'
  | 'watchNotifications'
>;

/** A list the panels render: not asked for (signed out), loading (with the last value, if any), ready or failed. */
export type AsyncState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly value?: T }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown; readonly value?: T };

const IDLE = { status: 'idle' } as const;

/** The element that hosts the controller: a Lit element (a `GosElement`) rendering into its shadow root. */
export interface AccountHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly configuredLocale?: Locale;
}

/** Where the account reads and writes; set from the host's `willUpdate`. */
export interface AccountConnection {
  /** The session (the page's shared one, or the element's `session` property). */
  readonly session: SessionHandle | undefined;
  /** `<gos-config api-base>`. */
  readonly apiBase: string | undefined;
  /** Another API (a story, a test, the host's own); by default a `JobSeekerClient` at `apiBase`. */
  readonly client?: JobSeekerApi | undefined;
}

export interface JobSeekerControllerOptions {
  /** Where signed-out favourites are kept (default `localStorage`). */
  readonly storage?: FavouriteStorage | undefined;
  readonly now?: () => Date;
}

/** The apply flow of one vacancy. */
export interface ApplyState {
  /** The cover letter as typed; undefined until the job seeker changes the template. */
  readonly letter?: string | undefined;
  readonly phase: 'editing' | 'sending' | 'sent';
  /** Why the last attempt failed, in words for people. */
  readonly error?: string | undefined;
  /** The server's code for that failure (`already-responded`, `resume-required`, `vacancy-not-found`, …). */
  readonly errorCode?: string | undefined;
  /** The response sent, or the one already under way (after a 409 `already-responded`). */
  readonly response?: JobResponse | undefined;
}

/** Per saved search: the inline rename, the delete confirmation and the last failure. */
export interface SavedSearchUi {
  readonly renaming?: string | undefined;
  readonly confirmingDelete?: boolean;
  readonly error?: string | undefined;
  readonly busy?: boolean;
}

/** The résumé form's state: the draft, its errors by field path, and the file upload. */
export interface ResumeFormState {
  readonly draft: ResumeDraft;
  /** The draft differs from what was saved. */
  readonly dirty: boolean;
  readonly errors: Readonly<Record<string, string>>;
  readonly saving: boolean;
  /** A failure not tied to one field. */
  readonly formError?: string | undefined;
  /** The skill being typed. */
  readonly skillText: string;
  /** Upload progress (0–1) while a file goes up. */
  readonly uploadProgress?: number | undefined;
  readonly fileError?: string | undefined;
}

export type FavouriteVacancy = VacancyRef & { readonly [key: string]: unknown };

/** How a failure reads: the server's explanation for a refusal, or what to do when nothing came back. */
export function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * The job seeker's account for `<gos-vacancy-search>`. Create it in the host's constructor, call
 * {@link JobSeekerController.connect} from `willUpdate`, and render the panels with it.
 */
export class JobSeekerController implements ReactiveController {
  readonly #host: AccountHost;
  readonly localize: LocalizeController<AccountMessages>;
  readonly #local: LocalFavourites;
  readonly #now: () => Date;

  #session: SessionHandle | undefined;
  #apiBase: string | undefined;
  #givenClient: JobSeekerApi | undefined;
  #defaultClient?: { key: string; client: JobSeekerApi };
  /** The account the lists belong to (user and API), so a change of either starts again. */
  #accountKey: string | undefined;
  /** Aborts what runs for the current account: loads, the merge, the notification stream. */
  #running?: AbortController;
  #connected = false;
  #streamState: EventStreamState = 'connecting';

  // ── State the panels render ───────────────────────────────────────────────────────────────────────────────

  favourites: AsyncState<Favorite[]> = IDLE;
  responses: AsyncState<JobResponse[]> = IDLE;
  savedSearches: AsyncState<SavedSearch[]> = IDLE;
  resume: AsyncState<Resume | null> = IDLE;
  /** The signed-out favourites (also shown while a merge is running). */
  localFavourites: LocalFavourite[] = [];
  /** What the last merge after sign-in did. */
  lastMerge?: MergeOutcome;
  /** Polite announcement (render it with `renderAccountLive`). */
  announcement = '';
  /** Urgent announcement: a failure the job seeker must know about now. */
  alert = '';

  /** Favourites whose toggle is on its way to the server. */
  readonly pendingFavourites = new Set<string>();
  /**
   * Favourites changed here that a list being loaded may not show yet: what each should be (null: removed) and when
   * the server took the change (undefined while in flight), on one counter with the loads' starts. A list whose
   * load started earlier was read before the change, so the change is laid over it.
   */
  readonly #wantedFavourites = new Map<string, { favourite: Favorite | null; settled?: number }>();
  #favouriteClock = 0;
  /** The apply flow per vacancy id. */
  readonly apply = new Map<string, ApplyState>();
  /** The response being confirmed for withdrawal, and the last withdrawal failure (by response id). */
  confirmingWithdraw: string | undefined;
  readonly withdrawErrors = new Map<string, string>();
  readonly withdrawing = new Set<string>();
  /** Per saved search id. */
  readonly searchUi = new Map<string, SavedSearchUi>();
  /** The «Сохранить поиск» form: name typed, channel chosen, busy, failure, the search just saved. */
  saveSearchForm: {
    name: string;
    channel: NotificationChannel;
    busy: boolean;
    error?: string | undefined;
    saved?: SavedSearch | undefined;
    open: boolean;
  } = { name: '', channel: 'none', busy: false, open: false };
  /** The résumé form; made from the résumé when it first loads, kept across tabs. */
  resumeForm?: ResumeFormState;

  /** Idempotency-Key of each vacancy's last unanswered response, with the letter it carried. */
  readonly #respondKeys = new Map<string, { letter: string; key: string }>();

  constructor(host: AccountHost, options: JobSeekerControllerOptions = {}) {
    this.#host = host;
    this.#now = options.now ?? (() => new Date());
    this.#local = new LocalFavourites(options.storage, this.#now);
    this.localize = new LocalizeController(host, accountMessages);
    host.addController(this);
  }

  // ── Lifecycle ──────────────────────────────────────────────────────────────────────────────────────────────

  hostConnected(): void {
    this.#connected = true;
    this.localFavourites = this.#local.list();
    addEventListener('storage', this.#onStorage);
    this.#session?.addEventListener('change', this.#onSessionChange);
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    removeEventListener('storage', this.#onStorage);
    this.#session?.removeEventListener('change', this.#onSessionChange);
    this.#stop();
    // Reconnected, it starts again for whoever is signed in then.
    this.#accountKey = undefined;
  }

  /** Follows `session` at `apiBase` (call it from the host's `willUpdate`; cheap when nothing changed). */
  connect({ session, apiBase, client }: AccountConnection): void {
    if (session !== this.#session) {
      this.#session?.removeEventListener('change', this.#onSessionChange);
      this.#session = session;
      if (this.#connected) session?.addEventListener('change', this.#onSessionChange);
    }
    this.#apiBase = apiBase;
    this.#givenClient = client;
    this.#sync();
  }

  readonly #onSessionChange = (): void => {
    this.#sync();
    this.#host.requestUpdate();
  };

  /** Another tab changed the signed-out favourites. */
  readonly #onStorage = (event: StorageEvent): void => {
    if (event.key !== null && event.key !== 'gos-elements:vacancy-favourites') return;
    this.localFavourites = this.#local.list();
    this.#host.requestUpdate();
  };

  // ── Who is signed in ───────────────────────────────────────────────────────────────────────────────────────

  get session(): SessionHandle | undefined {
    return this.#session;
  }

  get user(): SessionUser | undefined {
    return this.#session?.state.user;
  }

  get signedIn(): boolean {
    return this.user !== undefined;
  }

  /** The API for the signed-in account, or undefined (signed out, no `api-base`). */
  get api(): JobSeekerApi | undefined {
    if (this.#givenClient) return this.#givenClient;
    const session = this.#session;
    const apiBase = this.#apiBase;
    if (!session || !apiBase) return undefined;
    if (this.#defaultClient?.key !== apiBase) {
      this.#defaultClient = {
        key: apiBase,
        client: new JobSeekerClient({ apiBase, accessToken: () => session.accessToken() }),
      };
    }
    return this.#defaultClient.client;
  }

  /**
   * Starts sign-in with the page's session (a redirect by default). The host keeps the open vacancy in the URL
   * (`sync-url`), so the job seeker comes back to it.
   */
  requestSignIn(): void {
    void this.#session?.signIn();
  }

  get msg(): LocalizeController<AccountMessages>['msg'] {
    return this.localize.msg.bind(this.localize);
  }

  get locale(): Locale {
    return this.localize.locale;
  }

  /** Starts or stops the account's work when the user, the API or the connection changed. */
  #sync(): void {
    const user = this.user;
    const api = this.api;
    const key = this.#connected && user && api ? `${user.sub}\n${this.#apiBase ?? ''}` : undefined;
    if (key === this.#accountKey) return;
    this.#stop();
    this.#accountKey = key;
    this.#resetAccountState();
    if (key && api) void this.#start(api);
  }

  #resetAccountState(): void {
    this.favourites = IDLE;
    this.responses = IDLE;
    this.savedSearches = IDLE;
    this.resume = IDLE;
    this.resumeForm = undefined;
    this.apply.clear();
    this.searchUi.clear();
    this.withdrawErrors.clear();
    this.confirmingWithdraw = undefined;
    this.#respondKeys.clear();
    this.localFavourites = this.#local.list();
  }

  #stop(): void {
    this.#running?.abort();
    this.#running = undefined;
  }

  async #start(api: JobSeekerApi): Promise<void> {
    const running = new AbortController();
    this.#running = running;
    const { signal } = running;
    this.#watch(api, signal);
    await Promise.all([
      this.#loadFavourites(api, signal).then(() => this.#merge(api, signal)),
      this.#loadResponses(api, signal),
      this.#loadSavedSearches(api, signal),
      this.#loadResume(api, signal),
    ]);
  }

  /** Reloads one list, or every list (a «Повторить» after a failure). */
  async reload(list?: 'favourites' | 'responses' | 'savedSearches' | 'resume'): Promise<void> {
    const api = this.api;
    const signal = this.#running?.signal;
    if (!api || !signal || !this.signedIn) return;
    const loads = {
      favourites: () => this.#loadFavourites(api, signal).then(() => this.#merge(api, signal)),
      responses: () => this.#loadResponses(api, signal),
      savedSearches: () => this.#loadSavedSearches(api, signal),
      resume: () => this.#loadResume(api, signal),
    };
    await (list ? loads[list]() : Promise.all(Object.values(loads).map((load) => load())));
  }

  /** Runs `read`, keeping the last value on screen while it loads; drops the answer if the account changed. */
  async #load<T>(
    signal: AbortSignal,
    get: () => AsyncState<T>,
    set: (state: AsyncState<T>) => void,
    read: () => Promise<T>,
  ): Promise<void> {
    const previous = get();
    const value = 'value' in previous ? previous.value : undefined;
    set(value === undefined ? { status: 'loading' } : { status: 'loading', value });
    this.#host.requestUpdate();
    try {
      const result = await read();
      if (signal.aborted) return;
      set({ status: 'ready', value: result });
    } catch (error) {
      if (signal.aborted) return;
      set(value === undefined ? { status: 'error', error } : { status: 'error', error, value });
    }
    this.#host.requestUpdate();
  }

  #loadFavourites(api: JobSeekerApi, signal: AbortSignal): Promise<void> {
    return this.#load(
      signal,
      () => this.favourites,
      (state) => (this.favourites = state),
      async () => {
        const started = ++this.#favouriteClock;
        return this.#withWanted((await api.favorites(signal)).items, started);
      },
    );
  }

  /** The loaded list with the changes it was read too early to show; changes it does show are forgotten. */
  #withWanted(items: readonly Favorite[], started: number): Favorite[] {
    const newer = new Map<string, Favorite | null>();
    for (const [id, wanted] of this.#wantedFavourites) {
      if (wanted.settled !== undefined && wanted.settled < started) this.#wantedFavourites.delete(id);
      else newer.set(id, wanted.favourite);
    }
    if (newer.size === 0) return [...items];
    const kept = items.filter((item) => !newer.has(item.vacancyId));
    const added = [...newer.values()].filter((item): item is Favorite => item !== null);
    return sortByAdded([...added, ...kept]);
  }

  #loadResponses(api: JobSeekerApi, signal: AbortSignal): Promise<void> {
    return this.#load(
      signal,
      () => this.responses,
      (state) => (this.responses = state),
      async () => (await api.responses(signal)).items,
    );
  }

  #loadSavedSearches(api: JobSeekerApi, signal: AbortSignal): Promise<void> {
    return this.#load(
      signal,
      () => this.savedSearches,
      (state) => (this.savedSearches = state),
      async () => (await api.savedSearches(signal)).items,
    );
  }

  async #loadResume(api: JobSeekerApi, signal: AbortSignal): Promise<void> {
    await this.#load(
      signal,
      () => this.resume,
      (state) => (this.resume = state),
      () => api.resume(signal),
    );
    // The form starts from what is saved, unless something has been typed already.
    if (this.resume.status === 'ready' && !this.resumeForm?.dirty) {
      this.resumeForm = this.#freshResumeForm(this.resume.value);
      this.#host.requestUpdate();
    }
  }

  #freshResumeForm(resume: Resume | null): ResumeFormState {
    return { draft: draftOf(resume), dirty: false, errors: {}, saving: false, skillText: '' };
  }

  /** Puts the favourites kept in this browser on the account, once the account's own list is known. */
  async #merge(api: JobSeekerApi, signal: AbortSignal): Promise<void> {
    if (this.favourites.status !== 'ready' || this.#local.list().length === 0 || signal.aborted) return;
    const serverIds = new Set(this.favourites.value.map((favourite) => favourite.vacancyId));
    const outcome = await mergeLocalFavourites(this.#local, serverIds, api, signal);
    if (signal.aborted) return;
    this.lastMerge = outcome;
    this.localFavourites = this.#local.list();
    const msg = this.localize;
    const parts = [
      outcome.added.length ? msg.msg('mergedLive', outcome.added.length) : '',
      outcome.gone.length ? msg.msg('mergeGoneLive', outcome.gone.length) : '',
      outcome.full
        ? msg.msg('favouritesFull')
        : outcome.kept.length
          ? msg.msg('mergeKeptLive', outcome.kept.length)
          : '',
    ].filter(Boolean);
    if (parts.length) this.#announce(parts.join(' '));
    if (outcome.added.length) await this.#loadFavourites(api, signal);
    this.#host.requestUpdate();
  }

  // ── Notifications ──────────────────────────────────────────────────────────────────────────────────────────

  #watch(api: JobSeekerApi, signal: AbortSignal): void {
    const options: WatchOptions = {
      signal,
      onState: (state) => {
        // Back after a drop: what happened meanwhile was never sent, so read the lists it touches again.
        if (state === 'live' && this.#streamState === 'reconnecting') {
          void this.#loadSavedSearches(api, signal);
          void this.#loadResponses(api, signal);
        }
        this.#streamState = state;
      },
    };
    api.watchNotifications((notification) => this.receiveNotification(notification), options);
  }

  /**
   * A notification as the event stream delivers it: a new match counts as unread on its saved search, a response's
   * new status shows in «Мои отклики»; both are announced politely. Public so a host (or a test) can feed it.
   */
  receiveNotification(notification: JobNotification): void {
    if (!this.signedIn) return;
    const msg = this.localize;
    if (notification.kind === 'saved-search-match') {
      const searches = 'value' in this.savedSearches ? this.savedSearches.value : undefined;
      if (searches) {
        const next = withNotification(searches, notification);
        this.savedSearches = { ...this.savedSearches, value: next } as AsyncState<SavedSearch[]>;
      }
      const search = searches?.find((item) => item.id === notification.savedSearchId);
      this.#announce(msg.msg('newMatchLive', search?.name ?? '', notification.vacancy.jobName));
    } else if (notification.kind === 'response-status' && notification.status) {
      const responses = 'value' in this.responses ? this.responses.value : undefined;
      const known = responses?.find((item) => item.id === notification.responseId);
      if (responses && known) {
        const at = notification.createdAt;
        const changed: JobResponse = {
          ...known,
          status: notification.status,
          updatedAt: at,
          history: [...known.history, { status: notification.status, at }],
        };
        this.responses = { ...this.responses, value: withResponse(responses, changed) } as AsyncState<JobResponse[]>;
      }
      this.#announce(
        msg.msg('responseChangedLive', notification.vacancy.jobName, msg.msg('status', notification.status)),
      );
      // The whole response (an invitation's place and time) comes with the list.
      const api = this.api;
      const signal = this.#running?.signal;
      if (api && signal) void this.#loadResponses(api, signal);
    }
    this.#host.requestUpdate();
  }

  /** Unread new matches of every saved search (the badge on «Сохранённые поиски»). */
  get unreadCount(): number {
    return 'value' in this.savedSearches && this.savedSearches.value ? unreadTotal(this.savedSearches.value) : 0;
  }

  // ── Favourites ─────────────────────────────────────────────────────────────────────────────────────────────

  /** The ☆/★ state of a vacancy: on the account when signed in, in this browser when not. */
  isFavourite(id: string): boolean {
    if (!this.signedIn) return this.localFavourites.some((favourite) => favourite.vacancy.id === id);
    const list = 'value' in this.favourites ? this.favourites.value : undefined;
    // Until the account's list is in, the ones still waiting to be merged count.
    return (
      (list?.some((favourite) => favourite.vacancyId === id) ?? false) ||
      this.localFavourites.some((favourite) => favourite.vacancy.id === id)
    );
  }

  /**
   * Adds or removes a favourite. Signed in, the list changes at once and goes back if the server refuses (said
   * out loud); signed out, it is kept in this browser. `vacancy` may be a whole search result (its summary is shown
   * in «Избранное» at once).
   */
  async toggleFavourite(vacancy: FavouriteVacancy): Promise<void> {
    const msg = this.localize;
    const title = vacancy.jobName;
    const api = this.api;
    if (!this.signedIn || !api) {
      if (this.#local.has(vacancy.id)) {
        this.#local.remove(vacancy.id);
        this.#announce(msg.msg('favouriteRemovedLive', title));
      } else {
        const outcome = this.#local.add(vacancy);
        this.#announce(msg.msg(outcome === 'full' ? 'favouritesFull' : 'favouriteAddedLocalLive', title));
      }
      this.localFavourites = this.#local.list();
      this.#host.requestUpdate();
      return;
    }
    if (this.pendingFavourites.has(vacancy.id)) return;
    const before = 'value' in this.favourites ? this.favourites.value : undefined;
    const list = before ?? [];
    const adding = !this.isFavourite(vacancy.id);
    const optimistic: Favorite = {
      vacancyId: vacancy.id,
      addedAt: this.#now().toISOString(),
      vacancy: {
        id: vacancy.id,
        jobName: vacancy.jobName,
        company: { name: vacancy.company.name },
        region: vacancy.region,
      },
      current: 'salary' in vacancy && 'snippet' in vacancy ? (vacancy as unknown as Favorite['current']) : null,
    };
    const next = adding ? [optimistic, ...list] : list.filter((favourite) => favourite.vacancyId !== vacancy.id);
    this.favourites = { status: 'ready', value: next };
    this.pendingFavourites.add(vacancy.id);
    this.#wantedFavourites.set(vacancy.id, { favourite: adding ? optimistic : null });
    this.#host.requestUpdate();
    try {
      if (adding) {
        const saved = await api.addFavorite(vacancy.id);
        this.#wantedFavourites.set(vacancy.id, { favourite: saved, settled: ++this.#favouriteClock });
        // Inserted or replaced: a list loaded meanwhile may not hold the optimistic entry any more.
        this.#replaceFavourites((items) =>
          sortByAdded([saved, ...items.filter((item) => item.vacancyId !== vacancy.id)]),
        );
        this.#announce(msg.msg('favouriteAddedLive', title));
      } else {
        await api.removeFavorite(vacancy.id);
        this.#wantedFavourites.set(vacancy.id, { favourite: null, settled: ++this.#favouriteClock });
        this.#replaceFavourites((items) => items.filter((item) => item.vacancyId !== vacancy.id));
        this.#local.remove(vacancy.id);
        this.localFavourites = this.#local.list();
        this.#announce(msg.msg('favouriteRemovedLive', title));
      }
    } catch (error) {
      this.#wantedFavourites.delete(vacancy.id);
      // Back as it was, but only this vacancy: other toggles may have finished meanwhile.
      this.#replaceFavourites((items) => {
        const others = items.filter((item) => item.vacancyId !== vacancy.id);
        const original = before?.find((item) => item.vacancyId === vacancy.id);
        return original ? sortByAdded([original, ...others]) : others;
      });
      const reason =
        isRefusal(error) && error.code === 'favorites-full' ? msg.msg('favouritesFull') : this.describe(error);
      this.#alert(msg.msg(adding ? 'favouriteAddFailed' : 'favouriteRemoveFailed', title, reason));
    } finally {
      this.pendingFavourites.delete(vacancy.id);
      this.#host.requestUpdate();
    }
  }

  #replaceFavourites(change: (items: Favorite[]) => Favorite[]): void {
    const items = 'value' in this.favourites && this.favourites.value ? this.favourites.value : [];
    this.favourites = { status: 'ready', value: change(items) };
  }

  // ── Responses ──────────────────────────────────────────────────────────────────────────────────────────────

  /** The response under way for a vacancy, if the job seeker has one. */
  activeResponse(vacancyId: string): JobResponse | undefined {
    const responses = 'value' in this.responses ? this.responses.value : undefined;
    return responses ? activeResponseFor(responses, vacancyId) : undefined;
  }

  applyState(vacancyId: string): ApplyState {
    return this.apply.get(vacancyId) ?? { phase: 'editing' };
  }

  /** Keeps the cover letter as typed (nothing typed is lost when the panel is left). */
  setCoverLetter(vacancyId: string, letter: string): void {
    const state = this.applyState(vacancyId);
    this.apply.set(vacancyId, { ...state, letter, error: undefined, errorCode: undefined });
    this.#host.requestUpdate();
  }

  /**
   * Sends the response. A retry of the same letter after no answer reuses its Idempotency-Key, so the server
   * stores one response even if the first attempt did reach it. Resolves with the response, or undefined (the
   * failure is in `applyState(vacancyId)` and announced).
   */
  async respond(vacancyId: string, coverLetter: string): Promise<JobResponse | undefined> {
    const api = this.api;
    if (!api || !this.signedIn) return undefined;
    const msg = this.localize;
    const previous = this.#respondKeys.get(vacancyId);
    const key = previous?.letter === coverLetter ? previous.key : crypto.randomUUID();
    this.#respondKeys.set(vacancyId, { letter: coverLetter, key });
    const state = this.applyState(vacancyId);
    this.apply.set(vacancyId, {
      ...state,
      letter: coverLetter,
      phase: 'sending',
      error: undefined,
      errorCode: undefined,
    });
    this.#host.requestUpdate();
    try {
      const response = await api.respond(vacancyId, { coverLetter }, { idempotencyKey: key });
      this.#respondKeys.delete(vacancyId);
      this.#putResponse(response);
      this.apply.set(vacancyId, { phase: 'sent', response });
      this.#announce(msg.msg('sentLive', response.vacancy.jobName));
      return response;
    } catch (error) {
      // A refusal is final for this key; only an unanswered attempt is worth the same key again.
      if (isRefusal(error)) this.#respondKeys.delete(vacancyId);
      const code = error instanceof ApiError ? error.code : undefined;
      let message = this.describe(error);
      let existing: JobResponse | undefined;
      if (code === 'already-responded') {
        await this.reload('responses');
        existing = this.activeResponse(vacancyId);
        message = existing
          ? msg.msg('alreadyResponded', msg.msg('status', existing.status))
          : msg.msg('alreadyRespondedUnknown');
      } else if (code === 'resume-required') {
        message = msg.msg('resumeRequired');
        void this.reload('resume');
      } else if (code === 'vacancy-not-found') {
        message = msg.msg('vacancyGone');
      }
      this.apply.set(vacancyId, {
        letter: coverLetter,
        phase: 'editing',
        error: message,
        errorCode: code,
        response: existing,
      });
      return undefined;
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** Sets the apply flow of a vacancy (the panel's own checks: an empty or too long letter). */
  setApplyState(vacancyId: string, state: ApplyState): void {
    this.apply.set(vacancyId, state);
    this.#host.requestUpdate();
  }

  #putResponse(response: JobResponse): void {
    const responses = 'value' in this.responses && this.responses.value ? this.responses.value : [];
    this.responses = { status: 'ready', value: withResponse(responses, response) };
  }

  /** Asks to confirm a withdrawal (the panel shows the question with «Не отзывать» focused). */
  askToWithdraw(responseId: string | undefined): void {
    this.confirmingWithdraw = responseId;
    if (responseId) this.withdrawErrors.delete(responseId);
    this.#host.requestUpdate();
  }

  /** Withdraws a response the employer has not answered yet; true when it is withdrawn. */
  async withdraw(responseId: string): Promise<boolean> {
    const api = this.api;
    if (!api) return false;
    const msg = this.localize;
    this.confirmingWithdraw = undefined;
    this.withdrawErrors.delete(responseId);
    this.withdrawing.add(responseId);
    this.#host.requestUpdate();
    try {
      const response = await api.withdrawResponse(responseId);
      this.#putResponse(response);
      // A withdrawn response may be sent again, as a new one.
      this.apply.delete(response.vacancy.id);
      this.#announce(msg.msg('withdrawnLive', response.vacancy.jobName));
      return true;
    } catch (error) {
      const message = `${msg.msg('withdrawFailed')} ${this.describe(error)}`;
      this.withdrawErrors.set(responseId, message);
      if (isRefusal(error)) void this.reload('responses');
      return false;
    } finally {
      this.withdrawing.delete(responseId);
      this.#host.requestUpdate();
    }
  }

  // ── Saved searches ─────────────────────────────────────────────────────────────────────────────────────────

  searchState(id: string): SavedSearchUi {
    return this.searchUi.get(id) ?? {};
  }

  setSearchUi(id: string, change: Partial<SavedSearchUi>): void {
    this.searchUi.set(id, { ...this.searchState(id), ...change });
    this.#host.requestUpdate();
  }

  setSaveSearchForm(change: Partial<JobSeekerController['saveSearchForm']>): void {
    this.saveSearchForm = { ...this.saveSearchForm, ...change };
    this.#host.requestUpdate();
  }

  /** Saves the search on screen; resolves with it, or undefined (the failure is in `saveSearchForm.error`). */
  async saveSearch(
    query: SavedSearchQuery,
    name?: string,
    channel: NotificationChannel = 'none',
  ): Promise<SavedSearch | undefined> {
    const api = this.api;
    if (!api) return undefined;
    const msg = this.localize;
    this.setSaveSearchForm({ busy: true, error: undefined, saved: undefined });
    const trimmed = name?.trim();
    const input: NewSavedSearch = { query, channel, ...(trimmed ? { name: trimmed } : {}) };
    try {
      const saved = await api.createSavedSearch(input);
      this.#replaceSearches((items) => [saved, ...items.filter((item) => item.id !== saved.id)]);
      this.saveSearchForm = { name: '', channel: 'none', busy: false, saved, open: false };
      this.#announce(msg.msg('searchSavedLive', saved.name));
      return saved;
    } catch (error) {
      const message =
        isRefusal(error) && error.code === 'saved-searches-full' ? msg.msg('searchesFull') : this.describe(error);
      this.saveSearchForm = { ...this.saveSearchForm, busy: false, error: message };
      return undefined;
    } finally {
      this.#host.requestUpdate();
    }
  }

  renameSearch(id: string, name: string): Promise<boolean> {
    return this.#patchSearch(id, { name: name.trim() }, (search) =>
      this.localize.msg('searchRenamedLive', search.name),
    );
  }

  changeSearchChannel(id: string, channel: NotificationChannel): Promise<boolean> {
    return this.#patchSearch(id, { channel }, (search) =>
      this.localize.msg('searchChannelLive', search.name, this.localize.msg('channel', search.channel)),
    );
  }

  async #patchSearch(id: string, patch: SavedSearchPatch, said: (search: SavedSearch) => string): Promise<boolean> {
    const api = this.api;
    if (!api) return false;
    this.setSearchUi(id, { busy: true, error: undefined });
    try {
      const saved = await api.updateSavedSearch(id, patch);
      this.#replaceSearches((items) => items.map((item) => (item.id === id ? saved : item)));
      this.searchUi.set(id, {});
      this.#announce(said(saved));
      return true;
    } catch (error) {
      this.searchUi.set(id, { ...this.searchState(id), busy: false, error: this.describe(error) });
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  async deleteSearch(id: string): Promise<boolean> {
    const api = this.api;
    if (!api) return false;
    const search = this.#search(id);
    this.setSearchUi(id, { busy: true, error: undefined, confirmingDelete: false });
    try {
      await api.deleteSavedSearch(id);
      this.#replaceSearches((items) => items.filter((item) => item.id !== id));
      this.searchUi.delete(id);
      this.#announce(this.localize.msg('searchDeletedLive', search?.name ?? ''));
      return true;
    } catch (error) {
      this.searchUi.set(id, { busy: false, error: this.describe(error) });
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** Marks a saved search's new matches as seen (opening it does). The count drops at once. */
  async markSearchRead(id: string): Promise<void> {
    const api = this.api;
    const search = this.#search(id);
    if (!api || !search || search.unread === 0) return;
    const unread = search.unread;
    this.#replaceSearches((items) => items.map((item) => (item.id === id ? { ...item, unread: 0 } : item)));
    this.#host.requestUpdate();
    try {
      const input: MarkNotificationsRead = { savedSearchId: id };
      await api.markNotificationsRead(input);
    } catch {
      // Still unread on the server: the count comes back.
      this.#replaceSearches((items) => items.map((item) => (item.id === id ? { ...item, unread } : item)));
      this.#host.requestUpdate();
    }
  }

  #search(id: string): SavedSearch | undefined {
    return 'value' in this.savedSearches ? this.savedSearches.value?.find((item) => item.id === id) : undefined;
  }

  #replaceSearches(change: (items: SavedSearch[]) => SavedSearch[]): void {
    const items = 'value' in this.savedSearches && this.savedSearches.value ? this.savedSearches.value : [];
    this.savedSearches = { status: 'ready', value: change(items) };
  }

  // ── Résumé ─────────────────────────────────────────────────────────────────────────────────────────────────

  /** The résumé form, made from the saved résumé (or empty) the first time it is asked for. */
  get resumeFormState(): ResumeFormState {
    this.resumeForm ??= this.#freshResumeForm('value' in this.resume ? (this.resume.value ?? null) : null);
    return this.resumeForm;
  }

  /** Changes the résumé form (the draft, the skill typed…); a changed field's error goes away. */
  updateResumeForm(change: Partial<ResumeFormState>, clearErrors: readonly string[] = []): void {
    const form = this.resumeFormState;
    const given = change.errors ?? form.errors;
    const errors = clearErrors.length
      ? Object.fromEntries(Object.entries(given).filter(([field]) => !clearErrors.some((f) => field.startsWith(f))))
      : given;
    this.resumeForm = { ...form, ...change, errors, ...('draft' in change ? { dirty: true } : {}) };
    this.#host.requestUpdate();
  }

  /** Saves the résumé; the server's field errors come back as an {@link ApiError} with `errors[]`. */
  async saveResume(input: ResumeInput): Promise<Resume> {
    const api = this.api;
    if (!api) throw new ApiError('unauthorized', this.localize.msg('signInToResume'), 401);
    const saved = await api.saveResume(input);
    this.resume = { status: 'ready', value: saved };
    this.#host.requestUpdate();
    return saved;
  }

  /** Attaches a file to the saved résumé, reporting progress in `resumeForm.uploadProgress`. */
  async uploadResumeFile(file: File): Promise<Resume> {
    const api = this.api;
    if (!api) throw new ApiError('unauthorized', this.localize.msg('signInToResume'), 401);
    this.updateResumeForm({ uploadProgress: 0, fileError: undefined });
    try {
      const saved = await api.uploadResumeFile(file, {
        onProgress: (share: number) => this.updateResumeForm({ uploadProgress: share }),
      });
      this.resume = { status: 'ready', value: saved };
      this.#announce(this.localize.msg('fileUploadedLive', file.name));
      return saved;
    } finally {
      this.updateResumeForm({ uploadProgress: undefined });
    }
  }

  async removeResumeFile(): Promise<Resume> {
    const api = this.api;
    if (!api) throw new ApiError('unauthorized', this.localize.msg('signInToResume'), 401);
    const saved = await api.removeResumeFile();
    this.resume = { status: 'ready', value: saved };
    this.#announce(this.localize.msg('fileRemovedLive'));
    this.#host.requestUpdate();
    return saved;
  }

  /** The attached file, saved by the browser under its name. */
  async downloadResumeFile(): Promise<void> {
    const api = this.api;
    const file = 'value' in this.resume ? this.resume.value?.file : undefined;
    if (!api || !file) return;
    const blob = await api.resumeFile();
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ── Words and focus ────────────────────────────────────────────────────────────────────────────────────────

  /** A failure in words for people: the server's own explanation for a refusal, else what to do. */
  describe(error: unknown): string {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return this.localize.msg('offline');
    if (isRefusal(error)) return error.message;
    return this.localize.msg('failed');
  }

  #announce(text: string): void {
    // The same words twice in a row are still read out: the region changes first.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  }

  #alert(text: string): void {
    this.alert = this.alert === text ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  }

  /** Announces `text` politely (a panel's own success message). */
  announce(text: string): void {
    this.#announce(text);
  }

  /** Focuses the first element matching `selector` in the host's shadow root after the next render. */
  focusAfterUpdate(selector: string): void {
    void this.#host.updateComplete.then(() => {
      this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  requestUpdate(): void {
    this.#host.requestUpdate();
  }
}

function sortByAdded(favourites: Favorite[]): Favorite[] {
  return favourites.sort((a, b) => Date.parse(b.addedAt) - Date.parse(a.addedAt));
}
