import { fileURLToPath } from 'node:url';
import {
  PROBLEM_CONTENT_TYPE,
  VacancyDetailSchema,
  VacancySearchResultSchema,
  VacancyTitleSuggestionsSchema,
} from '@gos-elements/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../limits.js';
import { capturingLogger, startTestBackend, type RunningBackend } from '../test-support.js';

let server: RunningBackend;
const log = capturingLogger('info');

beforeAll(async () => {
  server = await startTestBackend({ logger: log.logger });
});

afterAll(async () => {
  await server.close();
});

const get = (path: string, base = server.url) => fetch(`${base}${path}`);

describe('vacancies API', () => {
  it('searches without a token: words, filters, facets and pages', async () => {
    const response = await get('/api/v1/vacancies?q=водители&sort=salary&pageSize=5&withSalaryOnly=true');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const result = VacancySearchResultSchema.parse(await response.json());
    expect(result.items).toHaveLength(5);
    expect(result.total).toBeGreaterThan(5);
    expect(result.items.every((item) => /водител/i.test(item.jobName) || item.snippet !== '')).toBe(true);
    expect(result.query).toMatchObject({ q: 'водители', terms: ['водители'], withSalaryOnly: true, sort: 'salary' });
    expect(result.facets.withSalary).toBe(result.total);
    const everything = VacancySearchResultSchema.parse(await (await get('/api/v1/vacancies')).json());
    expect(everything.total).toBe(2000);
  });

  it('refuses a bad query with the fields named (problem+json)', async () => {
    const response = await get('/api/v1/vacancies?regions=moscow&pageSize=500&sort=cheap&remote=yes');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    const problem = (await response.json()) as { code: string; errors: { field: string }[] };
    expect(problem.code).toBe('validation-failed');
    expect(problem.errors.map((error) => error.field).sort()).toEqual(['pageSize', 'regions.0', 'remote', 'sort']);
  });

  it('suggests job titles', async () => {
    const response = await get('/api/v1/vacancies/suggest?q=%D0%B1%D1%83%D1%85%D0%B3&limit=3');
    expect(response.status).toBe(200);
    const suggestions = VacancyTitleSuggestionsSchema.parse(await response.json());
    expect(suggestions.q).toBe('бухг');
    expect(suggestions.items[0]?.title).toBe('Бухгалтер');
    expect(suggestions.items.length).toBeLessThanOrEqual(3);
  });

  it('gives one vacancy, duty sanitised; an unknown id is 404 vacancy-not-found', async () => {
    const [first] = VacancySearchResultSchema.parse(await (await get('/api/v1/vacancies?pageSize=1')).json()).items;
    const response = await get(`/api/v1/vacancies/${first?.id}`);
    expect(response.status).toBe(200);
    const detail = VacancyDetailSchema.parse(await response.json());
    expect(detail.id).toBe(first?.id);
    expect(typeof detail.verifiedEmployer).toBe('boolean');
    const missing = await get('/api/v1/vacancies/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    expect(await missing.json()).toMatchObject({ code: 'vacancy-not-found', title: 'Вакансия не найдена' });
  });

  it('logs how long generating and indexing took at start-up', () => {
    const line = log.lines.find((entry) =>
      /^generated 2000 vacancies in \d+ ms, indexed in \d+ ms$/.test(String(entry['msg'])),
    );
    expect(line).toMatchObject({ vacancies: 2000, generateMs: expect.any(Number), indexMs: expect.any(Number) });
  });

  it('has a per-IP budget: 429 problem+json with Retry-After beyond it', async () => {
    const limited = await startTestBackend({
      limits: {
        ...DEFAULT_LIMITS,
        rateLimits: { ...DEFAULT_LIMITS.rateLimits, vacancies: { windowMs: 60_000, max: 2 } },
      },
      vacancies: 100,
    });
    try {
      expect((await get('/api/v1/vacancies', limited.url)).status).toBe(200);
      expect((await get('/api/v1/vacancies/suggest?q=врач', limited.url)).status).toBe(200);
      const refused = await get('/api/v1/vacancies', limited.url);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.json()).toMatchObject({ code: 'rate-limited' });
    } finally {
      await limited.close();
    }
  });

  it('serves the vacancies of an open-data file instead when VACANCIES_FILE (or --vacancies) names one', async () => {
    const file = fileURLToPath(new URL('../vacancies/fixtures/trudvsem-sample.json', import.meta.url));
    const fromFile = await startTestBackend({ env: { VACANCIES_FILE: file } });
    try {
      const result = VacancySearchResultSchema.parse(await (await get('/api/v1/vacancies', fromFile.url)).json());
      expect(result.total).toBe(4);
      const nurse = VacancyDetailSchema.parse(
        await (await get('/api/v1/vacancies/4bb8c8b1-3c1a-11ee-8a0a-bf2b24c5a1f1', fromFile.url)).json(),
      );
      expect(nurse.duty).not.toMatch(/script|onclick|javascript/);
    } finally {
      await fromFile.close();
    }
  });
});
