// The SDK's vacancies client (packages/core) against the vacancy search through the MSW handlers of mockVacancies:
// what <gos-vacancy-search> will see in Storybook and the component tests (the contract test shows Express agrees).
import { ApiError, vacancyQuery, VacanciesClient } from '@gos-elements/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { mockVacancies } from './mock-vacancies.js';

const ORIGIN = 'https://vacancies.client.test';
const clock = new FakeClock(Date.UTC(2026, 10, 24, 9, 0, 0));
const mock = mockVacancies({ origin: ORIGIN, clock });
const msw = setupServer(...mock.handlers);

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

const client = new VacanciesClient({ apiBase: `${ORIGIN}/api/v1` });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof ApiError) return error;
  throw new Error(`expected an ApiError, got ${String(error)}`);
}

describe('VacanciesClient', () => {
  it('writes lists comma-separated and leaves out what filters nothing', () => {
    expect(
      vacancyQuery({
        q: 'бухгалтер',
        regions: ['7700000000000', '5000000000000'],
        employment: [],
        remote: true,
        quota: false,
        salaryFrom: 50_000,
      }),
    ).toBe(
      '?q=%D0%B1%D1%83%D1%85%D0%B3%D0%B0%D0%BB%D1%82%D0%B5%D1%80&regions=7700000000000%2C5000000000000&remote=true&salaryFrom=50000',
    );
    expect(vacancyQuery({})).toBe('');
  });

  it('searches with words and filters, with facets and the query as understood', async () => {
    const result = await client.search({
      q: 'бухгалтера',
      regions: ['7700000000000', '5000000000000', '7800000000000'],
      withSalaryOnly: true,
      sort: 'salary',
      pageSize: 5,
    });
    expect(result.query).toMatchObject({ q: 'бухгалтера', withSalaryOnly: true, sort: 'salary', pageSize: 5 });
    expect(result.items.length).toBeGreaterThan(0);
    expect(
      result.items.every((item) => ['7700000000000', '5000000000000', '7800000000000'].includes(item.region.code)),
    ).toBe(true);
    expect(Object.keys(result.facets.regions)).toHaveLength(89);
    const all = await client.search();
    expect(all.total).toBe(mock.index.size);
  });

  it('suggests titles and gets a vacancy with its sanitised duty', async () => {
    const suggestions = await client.suggest('бухг', { limit: 2 });
    expect(suggestions.items.map((item) => item.title)).toHaveLength(2);
    const [first] = (await client.search({ pageSize: 1 })).items;
    const detail = await client.get(first!.id);
    expect(detail).toMatchObject({ id: first!.id, jobName: first!.jobName });
    expect(detail.duty).toMatch(/Обязанности/);
  });

  it('turns refusals into ApiErrors with the server’s words, and stops when aborted', async () => {
    const missing = await failure(client.get('нет-такой'));
    expect([missing.code, missing.status, missing.message]).toEqual([
      'vacancy-not-found',
      404,
      'Вакансия снята с публикации или её не было. Вернитесь к поиску: похожие вакансии могут найтись там.',
    ]);
    const invalid = await failure(client.search({ pageSize: 1000, regions: ['msk'] }));
    expect([invalid.code, invalid.errors.map((error) => error.field).sort()]).toEqual([
      'validation-failed',
      ['pageSize', 'regions.0'],
    ]);
    const controller = new AbortController();
    controller.abort();
    await expect(client.search({ q: 'врач' }, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    await expect(client.suggest('врач', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(client.get('x', controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
