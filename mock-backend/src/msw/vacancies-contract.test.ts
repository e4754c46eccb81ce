// The same vacancy requests through the Express backend and through the MSW handlers: the answers must be equal,
// status, media type and body, for searches, suggestions, vacancies and refusals.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { startTestBackend, TEST_VACANCIES, type RunningBackend } from '../test-support.js';
import { mockVacancies } from './mock-vacancies.js';

const MSW_ORIGIN = 'https://vacancies.msw.test';
const clock = new FakeClock(Date.now());
let server: RunningBackend;
let msw: ReturnType<typeof setupServer>;

beforeAll(async () => {
  server = await startTestBackend({ clock });
  // The same generator, seed, count and day as the backend: the same vacancies.
  msw = setupServer(...mockVacancies({ origin: MSW_ORIGIN, count: TEST_VACANCIES, clock }).handlers);
  msw.listen({ onUnhandledRequest: 'bypass' });
});

afterAll(async () => {
  msw?.close();
  await server?.close();
});

interface Seen {
  status: number;
  contentType: string | null;
  body: unknown;
}

async function both(path: string): Promise<[Seen, Seen]> {
  const seen = async (origin: string): Promise<Seen> => {
    const response = await fetch(`${origin}${path}`);
    return {
      status: response.status,
      contentType: response.headers.get('content-type')?.replace(/;\s*charset=utf-8/i, '') ?? null,
      body: await response.json(),
    };
  };
  return [await seen(server.url), await seen(MSW_ORIGIN)];
}

describe('Express and MSW answer vacancy requests alike', () => {
  it('search: words, every filter, sorts, pages, facets and refusals', async () => {
    for (const path of [
      '/api/v1/vacancies',
      '/api/v1/vacancies?q=бухгалтера',
      '/api/v1/vacancies?q=водитель&regions=7700000000000,5000000000000&employment=full,part&sort=salary&pageSize=7&page=2',
      '/api/v1/vacancies?specialisation=medicine&schedule=shift&salaryFrom=40000&withSalaryOnly=true',
      '/api/v1/vacancies?experience=none&education=secondary&qualification=specialist&postedWithinDays=14&sort=date',
      '/api/v1/vacancies?remote=true&socialPackage=true&quota=false',
      '/api/v1/vacancies?regions=7700000000000&regions=7800000000000',
      '/api/v1/vacancies?q=бухгалтир',
      '/api/v1/vacancies?regions=moscow&pageSize=500&page=0',
    ]) {
      const [express, mocked] = await both(path);
      expect(mocked, path).toEqual(express);
    }
  });

  it('suggestions and single vacancies, found or not', async () => {
    const [list] = await both('/api/v1/vacancies?pageSize=3');
    const ids = (list.body as { items: { id: string }[] }).items.map((item) => item.id);
    for (const path of [
      '/api/v1/vacancies/suggest?q=бухг',
      '/api/v1/vacancies/suggest?q=вод кат&limit=2',
      '/api/v1/vacancies/suggest?limit=50',
      ...ids.map((id) => `/api/v1/vacancies/${id}`),
      '/api/v1/vacancies/no-such-vacancy',
    ]) {
      const [express, mocked] = await both(path);
      expect(mocked, path).toEqual(express);
    }
  });
});
