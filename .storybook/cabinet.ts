// The mock cabinet for the stories: the backend's own domain (the same code as the Express routes) behind the
// backend's own MSW handlers, in the browser. Stories that use it point `<gos-config api-base>` at CABINET_API and
// give the element a session whose access token is STORYBOOK_TOKEN.
import { createCabinet } from '../mock-backend/src/cabinet/index.js';
import { cabinetHandlers } from '../mock-backend/src/msw/applications.js';

const ORIGIN = 'https://cabinet.storybook.test';
export const CABINET_API = `${ORIGIN}/api/v1`;
/** What the stand-in session of the stories hands out (`FakeSession.accessToken()`). */
export const STORYBOOK_TOKEN = 'fake-access-token';

const cabinet = createCabinet(['storybook-citizen'], { now: () => Date.now() });

export const cabinetMswHandlers = cabinetHandlers(cabinet, {
  baseUrl: ORIGIN,
  ownerOf: (token) => (token === STORYBOOK_TOKEN ? 'storybook-citizen' : undefined),
});
