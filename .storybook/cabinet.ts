// The mock cabinet every story can reach (the «Live» story uses it): the backend's own domain behind the backend's
// own MSW handlers, in the browser. Stories with a fixed state bring their own cabinet (see the elements' fixtures).
import { mockCabinet } from '../mock-backend/src/msw/mock-cabinet.js';

const ORIGIN = 'https://cabinet.storybook.test';
export const CABINET_API = `${ORIGIN}/api/v1`;
/** What the stand-in session of the stories hands out (`FakeSession.accessToken()`). */
export const STORYBOOK_TOKEN = 'fake-access-token';

export const cabinetMswHandlers = mockCabinet({
  origin: ORIGIN,
  tokens: { [STORYBOOK_TOKEN]: 'storybook-citizen' },
}).handlers;
