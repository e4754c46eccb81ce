// The mock cabinet in a browser, for Storybook and the component tests: the backend's own domain behind the
// backend's own MSW handlers, with bearer tokens standing for citizens (no identity provider in the browser).
import type { HttpHandler } from 'msw';
import { createCabinet, type CabinetApi, type Clock } from '../cabinet/index.js';
import { cabinetHandlers } from './applications.js';

export interface MockCabinetOptions {
  /** Origin the API answers on, e.g. `https://cabinet.example.test` (the API is under `/api/v1`). */
  readonly origin: string;
  /** The bearer tokens the cabinet accepts, and the citizen each one stands for. */
  readonly tokens: Readonly<Record<string, string>>;
  /**
   * Citizens who get the seeded applications, in this order (the n-th one's numbers are `YYYY-000n01`…); anyone
   * else has none. Default: every citizen in `tokens`.
   */
  readonly seeded?: readonly string[];
  /** The cabinet's time; seeded dates are relative to it. Default: the real clock. */
  readonly clock?: Clock;
  /** Also serve the development endpoint that sets a status. */
  readonly devEndpoints?: boolean;
}

export interface MockCabinet {
  /** The domain behind the handlers: what a test changes (a status) or checks (an upload). */
  readonly api: CabinetApi;
  readonly handlers: HttpHandler[];
}

export function mockCabinet(options: MockCabinetOptions): MockCabinet {
  const tokens = new Map(Object.entries(options.tokens));
  const api = createCabinet(
    options.seeded ?? [...new Set(tokens.values())],
    options.clock ?? { now: () => Date.now() },
  );
  const handlers = cabinetHandlers(api, {
    baseUrl: options.origin,
    ownerOf: (token) => tokens.get(token),
    ...(options.devEndpoints ? { devEndpoints: true } : {}),
  });
  return { api, handlers };
}
