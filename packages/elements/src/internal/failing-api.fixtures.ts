// The states a healthy API never shows, for stories and component tests: still loading, down. (Apart from the
// service-worker fixture, which starts a worker of its own that Storybook must not get.)
import { PROBLEM_CONTENT_TYPE, problemTypeUri } from '@gos-elements/contracts';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';

/** An API under `base` that never answers: an element stays in its loading state. */
export function neverAnswering(base: string): HttpHandler[] {
  return [
    http.all(`${base}/*`, async () => {
      await delay('infinite');
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

/** An API under `base` that is down: every request gets a 503 problem, as from the backend's error handler. */
export function unavailableAt(base: string): HttpHandler[] {
  return [
    http.all(`${base}/*`, () =>
      HttpResponse.json(
        {
          type: problemTypeUri('unavailable'),
          title: 'Сервис временно недоступен',
          status: 503,
          code: 'unavailable',
          detail: 'Попробуйте через несколько минут.',
        },
        { status: 503, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
      ),
    ),
  ];
}
