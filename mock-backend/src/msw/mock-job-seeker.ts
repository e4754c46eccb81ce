// The job seeker's side of «Работа России» in a browser, for Storybook and the component tests: the backend's own
// domain behind the backend's own MSW handlers, over the MSW vacancy mock's index (so favourites and responses refer
// to vacancies the search really finds), with bearer tokens standing for job seekers (no identity provider in the
// browser) and a list standing in for the dev outbox.
import { applicationEventsEndpoint } from '@gos-elements/contracts';
import { http, type HttpHandler } from 'msw';
import { cabinetEventSources, unauthorizedProblem, type CabinetApi } from '../cabinet/index.js';
import type { Clock } from '../clock.js';
import type { EventSource } from '../http/event-stream.js';
import {
  createJobSeeker,
  SEEDED_RESUMES,
  type JobSeekerApi,
  type MessageSender,
  type Person,
  type ResumeSeedKey,
} from '../job-seeker/index.js';
import { DEFAULT_LIMITS, type JobSeekerLimits } from '../limits.js';
import { eventStreamResponse } from './event-stream.js';
import { jobSeekerHandlers } from './job-seeker.js';
import { mockVacancies, type MockVacancies } from './mock-vacancies.js';

/** The token `FakeSession` hands out in the elements' stories and tests. */
export const MOCK_JOB_SEEKER_TOKEN = 'fake-access-token';

/** Who a token stands for. */
export interface MockJobSeekerPerson extends Person {
  /** The account id; a seeded oid (`1000000004`…) gets its seeded résumé unless `resume` says otherwise. */
  readonly owner: string;
  /** The résumé to start with: `driver` (Соколов's), `accountant` (Смирнова's) or `none`. */
  readonly resume?: ResumeSeedKey | 'none';
}

/** Соколов, unemployed, with his lorry driver's résumé: a job seeker who can respond at once. */
export const MOCK_JOB_SEEKER: MockJobSeekerPerson = {
  owner: 'job-seeker',
  fullName: 'Соколов Алексей Викторович',
  phone: '+79265550404',
  email: 'a.sokolov@example.ru',
  resume: 'driver',
};

export interface MockJobSeekerOptions {
  /** Origin the API answers on, e.g. `https://trud.example.test` (the API is under `/api/v1`). */
  readonly origin: string;
  /** The bearer tokens accepted and who each stands for. Default: {@link MOCK_JOB_SEEKER_TOKEN} for Соколов. */
  readonly tokens?: Readonly<Record<string, MockJobSeekerPerson>>;
  /**
   * The vacancy search to work over, when the story has one already (its handlers are then the story's to add);
   * otherwise a `mockVacancies` of its own on the same origin, whose handlers are included.
   */
  readonly vacancies?: MockVacancies;
  /**
   * The cabinet whose status changes share the event stream (`/api/v1/applications/events`) with the notifications:
   * pass it when the story has «Мои заявления» too, and put these handlers before the cabinet's.
   */
  readonly cabinet?: CabinetApi;
  /** The time. Default: the real clock. */
  readonly clock?: Clock;
  /** Also serve the development endpoints (publish a vacancy, set a response's status). */
  readonly devEndpoints?: boolean;
  readonly limits?: JobSeekerLimits;
  /** Where links in messages lead. Default: the demo site. */
  readonly linkBase?: string;
}

/** A message the mock "sent", as the dev outbox lists it. */
export interface MockMessage {
  readonly channel: 'sms' | 'email';
  readonly to: string;
  readonly subject?: string;
  readonly text: string;
}

export interface MockJobSeeker {
  /** The domain behind the handlers: what a test changes (a status, a publication) or checks. */
  readonly api: JobSeekerApi;
  readonly vacancies: MockVacancies;
  /** Every SMS and e-mail "sent", oldest first. */
  readonly outbox: MockMessage[];
  readonly handlers: HttpHandler[];
}

export function mockJobSeeker(options: MockJobSeekerOptions): MockJobSeeker {
  const clock = options.clock ?? { now: () => Date.now() };
  const people = new Map(
    Object.values(options.tokens ?? { [MOCK_JOB_SEEKER_TOKEN]: MOCK_JOB_SEEKER }).map((person) => [
      person.owner,
      person,
    ]),
  );
  const tokens = new Map(
    Object.entries(options.tokens ?? { [MOCK_JOB_SEEKER_TOKEN]: MOCK_JOB_SEEKER }).map(([token, person]) => [
      token,
      person.owner,
    ]),
  );
  const vacancies = options.vacancies ?? mockVacancies({ origin: options.origin, clock });
  const outbox: MockMessage[] = [];
  const sender: MessageSender = { send: (message) => void outbox.push({ ...message }) };
  const seeded: Record<string, ResumeSeedKey> = {};
  for (const person of people.values()) {
    const resume = person.resume ?? SEEDED_RESUMES[person.owner];
    if (resume && resume !== 'none') seeded[person.owner] = resume;
  }
  const api = createJobSeeker({
    index: vacancies.index,
    clock,
    people: { personOf: (owner) => people.get(owner) },
    outbox: sender,
    limits: options.limits ?? DEFAULT_LIMITS.jobSeeker,
    seeded,
    ...(options.linkBase ? { linkBase: options.linkBase } : {}),
  });
  const ownerOf = (token: string) => tokens.get(token);
  const handlers = [
    eventsHandler(api, options.origin, ownerOf, options.cabinet),
    ...jobSeekerHandlers(api, {
      baseUrl: options.origin,
      ownerOf,
      ...(options.devEndpoints ? { devEndpoints: true } : {}),
    }),
    ...(options.vacancies ? [] : vacancies.handlers),
  ];
  return { api, vacancies, outbox, handlers };
}

/** The cabinet's event stream with `notification` events (and the cabinet's `status` ones, when there is one). */
function eventsHandler(
  api: JobSeekerApi,
  origin: string,
  ownerOf: (token: string) => string | undefined,
  cabinet: CabinetApi | undefined,
): HttpHandler {
  return http.get(`${origin}${applicationEventsEndpoint.path}`, ({ request }) => {
    const token = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    const owner = token === undefined ? undefined : ownerOf(token);
    if (owner === undefined) {
      const { problem, challenge } = unauthorizedProblem(
        token === undefined ? 'missing' : 'invalid',
        new URL(request.url).pathname,
      );
      return Response.json(problem, {
        status: 401,
        headers: { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': challenge },
      });
    }
    const notifications = {
      event: 'notification',
      subscribe: (owner: string, send: (value: unknown) => void) => api.subscribe(owner, send),
    };
    const sources: EventSource[] = cabinet
      ? cabinetEventSources(cabinet, owner, [notifications])
      : [{ event: 'notification', subscribe: (send) => api.subscribe(owner, send) }];
    return eventStreamResponse(request, { retryMs: 5000, sources });
  });
}
