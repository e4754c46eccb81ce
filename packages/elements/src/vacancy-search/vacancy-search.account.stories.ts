import type { JobResponse, VacancySummary } from '@gos-elements/contracts';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { HttpHandler } from 'msw';
import { unavailableAt } from '../internal/failing-api.fixtures.js';
import { FakeSession } from '../login-button/login-button.fixtures.js';
import { LOCAL_FAVOURITES_KEY, type LocalFavourite } from './account/local-favourites.js';
import {
  ACCOUNT_NOW,
  JOB_SEEKER_USER,
  JobSeekerBackend,
  VACANCIES_API,
  type JobSeekerStart,
  type JobSeekerWorld,
} from './vacancy-search.fixtures.js';
import './define.js';

// The job seeker's part of <gos-vacancy-search>, state by state. Every story talks to the backend's own job seeker
// domain (favourites, responses, saved searches, the résumé, the event stream) over its own vacancy search, through
// the backend's MSW handlers, dated 20 November 2026. The handlers stay; a fresh backend goes behind them each time
// a story is shown (`beforeEach`), so each story starts from the same state. The signed-in job seeker is Соколов
// (`fake-access-token` in the mock) with his lorry driver's résumé, unless a story says otherwise. A play function
// does what the job seeker would, waits for the state, and ends only when no request is left under way.

const backend = new JobSeekerBackend();

interface Scene extends JobSeekerStart {
  readonly signedOut?: boolean;
  /** Width of the box the element sits in. */
  readonly width?: string;
  /** Handlers in front of the backend's (a failure). */
  readonly handlers?: HttpHandler[];
  /** Failed requests and console errors the story causes on purpose (see tests/storybook-a11y.e2e.ts). */
  readonly expectedFailures?: string[];
  /** Favourites kept in this browser before the story (signed out). */
  readonly local?: (world: JobSeekerWorld) => LocalFavourite[];
  /** What the account holds before the story, set up through the mock's own domain. */
  readonly prepare?: (world: JobSeekerWorld) => void;
}

/** A story's backend, session and element: everything but what the job seeker does (its play function). */
function scene(options: Scene = {}): Pick<Story, 'beforeEach' | 'render' | 'parameters'> {
  return {
    parameters: {
      msw: { handlers: { vacancies: [...(options.handlers ?? []), ...backend.handlers] } },
      expectedFailures: options.expectedFailures ?? [],
    },
    beforeEach: () => {
      const world = backend.reset(options);
      // Signed out, the favourites live in this browser; signed in, they would be merged into the account.
      localStorage.removeItem(LOCAL_FAVOURITES_KEY);
      const local = options.local?.(world);
      if (local) localStorage.setItem(LOCAL_FAVOURITES_KEY, JSON.stringify({ v: 1, items: local }));
      options.prepare?.(world);
      world.at(ACCOUNT_NOW);
      return () => localStorage.removeItem(LOCAL_FAVOURITES_KEY);
    },
    render: () => view(options),
  };
}

function view(options: Scene): TemplateResult {
  const session = new FakeSession(
    options.signedOut ? { status: 'signed-out' } : { status: 'signed-in', user: JOB_SEEKER_USER },
  );
  // Signing in would leave the page; here the session only notes that it was asked.
  session.signIn = () => {
    session.calls.push('signIn redirect');
    return Promise.resolve();
  };
  return html`<div style=${options.width ? `max-inline-size:${options.width}` : ''}>
    <gos-config api-base=${VACANCIES_API}>
      <gos-vacancy-search .session=${session}></gos-vacancy-search>
    </gos-config>
  </div>`;
}

// ── Doing what the job seeker does ───────────────────────────────────────────────────────────────────────────────

const root = (canvasElement: HTMLElement) => canvasElement.querySelector('gos-vacancy-search')?.shadowRoot;

/** Waits (up to 8 s) until the element shows something matching `selector` (and `test`, if given). */
async function until(
  canvasElement: HTMLElement,
  selector: string,
  test: (found: HTMLElement) => boolean = () => true,
): Promise<HTMLElement> {
  for (let waited = 0; waited < 8000; waited += 50) {
    const found = root(canvasElement)?.querySelector<HTMLElement>(selector);
    if (found && test(found)) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gos-vacancy-search never showed ${selector}`);
}

/** The element has the focus (in the element's shadow root, whether or not the page has it). */
const focused = (found: HTMLElement) => (found.getRootNode() as ShadowRoot).activeElement === found;

const LOADED = 'ol.list[aria-busy="false"] .result';

/**
 * Waits for the page as the job seeker first sees it: the newest vacancies listed and the account loaded. (Pressed
 * earlier, a ☆ can be undone on screen: the controller lets the late answer of the favourites' first load replace
 * the list it changed meanwhile.)
 */
async function ready(canvasElement: HTMLElement): Promise<void> {
  await until(canvasElement, LOADED);
  await backend.idle();
}

/** Presses the tab of a section and waits for its panel. */
async function openTab(canvasElement: HTMLElement, tab: string): Promise<void> {
  (await until(canvasElement, `#acc-tab-${tab}`)).click();
  await until(canvasElement, `#acc-panel-${tab}`);
}

/** Opens the first vacancy of the list and waits for its «Откликнуться» panel (scrolled into view). */
async function openFirstVacancy(canvasElement: HTMLElement, inPanel: string): Promise<HTMLElement> {
  (await until(canvasElement, `${LOADED} .title-link`)).click();
  await until(canvasElement, '#detail-title');
  const found = await until(canvasElement, `[part="apply"] ${inPanel}`);
  found.scrollIntoView({ block: 'center' });
  return found;
}

/** Types into a field as the browser reports typing. */
function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Searches for «водитель» (typing, then «Найти») and waits for its results. */
async function searchForDrivers(canvasElement: HTMLElement): Promise<void> {
  await until(canvasElement, LOADED);
  type((await until(canvasElement, '#q')) as HTMLInputElement, 'водитель');
  ((await until(canvasElement, 'form.search')) as HTMLFormElement).requestSubmit();
  await until(canvasElement, `${LOADED} .title-link`, (title) => /водител/i.test(title.textContent ?? ''));
}

/** Chooses `file` in a file field. */
function choose(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

// ── The account's contents, set up through the mock's domain ─────────────────────────────────────────────────────

const vacancyRef = ({ id, jobName, company, region }: VacancySummary) => ({
  id,
  jobName,
  company: { name: company.name },
  region: { code: region.code, name: region.name },
});

/** Responds to `vacancy` at `time` with a short letter; the response as the mock keeps it. */
function respond(world: JobSeekerWorld, vacancy: VacancySummary | undefined, time: string): JobResponse {
  if (!vacancy) throw new Error('not enough vacancies');
  world.at(time);
  const letter = `Здравствуйте! Меня заинтересовала вакансия «${vacancy.jobName}». Водительский стаж — 12 лет, категории B, C, E.`;
  const answer = world.mock.api.respond(world.owner, vacancy.id, { coverLetter: letter }, null, '/');
  if (answer.status !== 201) throw new Error(`the mock refused the response: ${JSON.stringify(answer.body)}`);
  return answer.body as JobResponse;
}

/** Five responses, one in each status: sent, viewed, invited (with the invitation), rejected, withdrawn. */
function responsesInEveryStatus(world: JobSeekerWorld): void {
  const [sent, viewed, invited, rejected, withdrawn] = world.newest;
  const { api } = world.mock;
  const invitedId = respond(world, invited, '2026-11-12T08:30:00Z').id;
  const rejectedId = respond(world, rejected, '2026-11-13T10:00:00Z').id;
  const withdrawnId = respond(world, withdrawn, '2026-11-14T07:15:00Z').id;
  const viewedId = respond(world, viewed, '2026-11-16T12:40:00Z').id;
  world.at('2026-11-17T09:00:00Z');
  api.setResponseStatus(invitedId, { status: 'viewed' }, '/');
  world.at('2026-11-17T15:20:00Z');
  api.setResponseStatus(
    invitedId,
    { status: 'invited', comment: 'Ждём вас на собеседование, возьмите паспорт и права.' },
    '/',
  );
  world.at('2026-11-18T11:05:00Z');
  api.setResponseStatus(rejectedId, { status: 'rejected' }, '/');
  world.at('2026-11-18T16:45:00Z');
  api.withdrawResponse(world.owner, withdrawnId, '/');
  world.at('2026-11-19T10:10:00Z');
  api.setResponseStatus(viewedId, { status: 'viewed' }, '/');
  respond(world, sent, '2026-11-19T18:30:00Z');
}

/** Two saved searches, made a week ago. */
function twoSavedSearches(world: JobSeekerWorld): void {
  world.at('2026-11-13T09:00:00Z');
  const { api } = world.mock;
  api.createSavedSearch(
    world.owner,
    { name: 'Водитель в Москве', query: { q: 'водитель', regions: ['7700000000000'] }, channel: 'email' },
    null,
    '/',
  );
  api.createSavedSearch(world.owner, { name: 'Экспедитор', query: { q: 'экспедитор' }, channel: 'none' }, null, '/');
}

const meta = {
  title: 'Public/gos-vacancy-search (job seeker)',
  component: 'gos-vacancy-search',
  parameters: {
    docs: {
      description: {
        component: `
The job seeker's part of \`<gos-vacancy-search>\`: the tabs «Избранное», «Мои отклики», «Сохранённые поиски» and
«Моё резюме» beside «Поиск», ☆ on results and details, «Откликнуться» at the end of an open vacancy and «Сохранить
поиск» above the results. It follows the page's session (or the \`session\` property) and reads the job seeker's API
at \`api-base\` with the session's token (or \`accountClient\`).`,
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

// ── Favourites ──────────────────────────────────────────────────────────────────────────────────────────────────

export const FavouritesInBrowser: Story = {
  name: '«Избранное» signed out (kept in this browser)',
  ...scene({
    signedOut: true,
    local: (world) =>
      world.newest.slice(2, 4).map((vacancy, index) => ({
        vacancy: vacancyRef(vacancy),
        addedAt: new Date(Date.parse('2026-11-19T12:00:00Z') - index * 86_400_000).toISOString(),
      })),
  }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'favourites');
    await until(canvasElement, '[part="favourite-item"]:nth-of-type(2)');
  },
};

export const Favourites: Story = {
  name: '«Избранное» signed in (one taken down)',
  ...scene({
    prepare: (world) => {
      const [first, second, third] = world.newest.slice(5);
      [third, second, first].forEach((vacancy, index) => {
        if (!vacancy) return;
        world.at(Date.parse('2026-11-15T10:00:00Z') + index * 86_400_000);
        world.mock.api.addFavorite(world.owner, vacancy.id, '/');
      });
      // The oldest has been taken down since it was kept.
      if (third) world.takeDown(third.id);
    },
  }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'favourites');
    await until(canvasElement, '[part="favourite-item"].gone');
    await backend.idle();
  },
};

export const StarPressed: Story = {
  name: 'Results with ☆ pressed',
  ...scene(),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const star = await until(canvasElement, `${LOADED} [data-favourite]`);
    star.click();
    await until(
      canvasElement,
      `${LOADED} [data-favourite]`,
      (button) => button.getAttribute('aria-pressed') === 'true' && button.getAttribute('aria-disabled') === 'false',
    );
    await backend.idle();
  },
};

// ── «Откликнуться» ──────────────────────────────────────────────────────────────────────────────────────────────

export const ApplySignedOut: Story = {
  name: 'A vacancy signed out (sign in to apply)',
  ...scene({ signedOut: true }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openFirstVacancy(canvasElement, '.account-notice .button');
    await backend.idle();
  },
};

export const ApplyNeedsResume: Story = {
  name: 'A vacancy without a résumé (fill it in)',
  ...scene({ noResume: true }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openFirstVacancy(canvasElement, '[data-apply="needs-resume"]');
    await backend.idle();
  },
};

export const ApplyLetter: Story = {
  name: 'Apply: the drafted cover letter',
  ...scene(),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openFirstVacancy(canvasElement, '#acc-cover-letter');
    await backend.idle();
  },
};

export const ApplySent: Story = {
  name: 'Apply: «Отклик отправлен»',
  ...scene(),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openFirstVacancy(canvasElement, '#acc-cover-letter');
    (await until(canvasElement, '[data-action="respond"]')).click();
    await until(canvasElement, '[data-apply="sent"] [data-focus="apply-result"]', focused);
    await backend.idle();
  },
};

// ── «Мои отклики» ───────────────────────────────────────────────────────────────────────────────────────────────

export const Responses: Story = {
  name: '«Мои отклики» in every status',
  ...scene({ prepare: responsesInEveryStatus }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'responses');
    await until(canvasElement, '[part="response"]:nth-of-type(5)');
    await until(canvasElement, '[part="response"] .invitation');
    await backend.idle();
  },
};

export const WithdrawConfirm: Story = {
  name: '«Мои отклики»: withdraw, confirming',
  ...scene({ prepare: responsesInEveryStatus }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'responses');
    (await until(canvasElement, '[part="response"] [data-action="withdraw"]')).click();
    await until(canvasElement, '.confirm [data-action="keep"]', focused);
    await backend.idle();
  },
};

// ── Saved searches ──────────────────────────────────────────────────────────────────────────────────────────────

export const SaveSearchForm: Story = {
  name: '«Сохранить поиск» open',
  ...scene(),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await searchForDrivers(canvasElement);
    (await until(canvasElement, '[data-action="save-search"]')).click();
    const name = (await until(canvasElement, '#acc-save-search-name', focused)) as HTMLInputElement;
    type(name, 'Водитель в Москве');
    await backend.idle();
  },
};

export const SavedSearchesUnread: Story = {
  name: '«Сохранённые поиски» with new vacancies',
  ...scene(),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    // Saves the search on screen…
    await searchForDrivers(canvasElement);
    (await until(canvasElement, '[data-action="save-search"]')).click();
    type((await until(canvasElement, '#acc-save-search-name', focused)) as HTMLInputElement, 'Водитель');
    const channel = (await until(canvasElement, '#acc-save-search-channel')) as HTMLSelectElement;
    channel.value = 'email';
    channel.dispatchEvent(new Event('change'));
    ((await until(canvasElement, 'form.save-search')) as HTMLFormElement).requestSubmit();
    await until(canvasElement, '.save-search [role="status"]');
    // …then two matching vacancies are published (the mock's development operation): the cabinet's event stream
    // brings the matches, and the tab counts them.
    await backend.streamOpen();
    const { api } = backend.world.mock;
    api.publishVacancy({ jobName: 'Водитель погрузчика' }, '/dev/vacancies');
    api.publishVacancy({ jobName: 'Водитель автобуса', region: { code: '5000000000000' } }, '/dev/vacancies');
    await until(canvasElement, '#acc-tab-saved-searches .unread-badge', (badge) => badge.textContent?.trim() === '2');
    await openTab(canvasElement, 'saved-searches');
    await until(canvasElement, '[part="saved-search"] .badge.unread');
    await backend.idle();
  },
};

export const SavedSearchRename: Story = {
  name: '«Сохранённые поиски»: renaming one',
  ...scene({ prepare: twoSavedSearches }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'saved-searches');
    (await until(canvasElement, '[part="saved-search"] [data-action="rename"]')).click();
    const name = (await until(canvasElement, 'form.rename input', focused)) as HTMLInputElement;
    type(name, 'Водитель категории C в Москве');
    await backend.idle();
  },
};

export const SavedSearchDelete: Story = {
  name: '«Сохранённые поиски»: delete, confirming',
  ...scene({ prepare: twoSavedSearches }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'saved-searches');
    (await until(canvasElement, '[part="saved-search"] [data-action="delete"]')).click();
    await until(canvasElement, '.confirm [data-action="keep"]', focused);
    await backend.idle();
  },
};

// ── «Моё резюме» ────────────────────────────────────────────────────────────────────────────────────────────────

/** A small but real PDF: the page checks the content, not the name. */
const pdf = () =>
  new File(['%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'], 'Соколов А. В. — резюме.pdf', {
    type: 'application/pdf',
  });

export const ResumeEmpty: Story = {
  name: '«Моё резюме» empty',
  ...scene({ noResume: true }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'resume');
    await until(canvasElement, '[data-action="save-resume"]');
    await backend.idle();
  },
};

export const ResumeWithFile: Story = {
  name: '«Моё резюме» filled, with a file attached',
  ...scene(),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'resume');
    const input = (await until(canvasElement, '#acc-r-file')) as HTMLInputElement;
    choose(input, pdf());
    (input.form as HTMLFormElement).requestSubmit();
    await until(canvasElement, '[data-action="download-file"]', focused);
    await backend.idle();
  },
};

export const ResumeErrors: Story = {
  name: '«Моё резюме» with errors',
  ...scene({ noResume: true }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'resume');
    (await until(canvasElement, '[data-action="save-resume"]')).click();
    await until(canvasElement, '#acc-r-summary li');
    await until(canvasElement, '[aria-invalid="true"]', focused);
    await backend.idle();
  },
};

// ── Failure, language, width ────────────────────────────────────────────────────────────────────────────────────

export const AccountUnavailable: Story = {
  name: 'Account unavailable (503)',
  // The job seeker's API is down (the search still works): every `/me/…` request gets a 503 problem.
  ...scene({ handlers: unavailableAt(`${VACANCIES_API}/me`), expectedFailures: [' 503\\b'] }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'responses');
    await until(canvasElement, '.responses .account-notice.error');
    await backend.idle();
  },
};

export const English: Story = {
  name: 'English («My applications»)',
  globals: { locale: 'en' },
  ...scene({ prepare: responsesInEveryStatus }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'responses');
    await until(canvasElement, '[part="response"] .invitation');
    await backend.idle();
  },
};

export const Narrow: Story = {
  name: 'Narrow (320 px, «Моё резюме»)',
  ...scene({ width: '320px' }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await openTab(canvasElement, 'resume');
    await until(canvasElement, '#acc-r-file');
    await backend.idle();
  },
};
