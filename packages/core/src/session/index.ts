export * from './types.js';
export { GosSession, sessionFor } from './session.js';
export { levelAtLeast, userFromClaims } from './user.js';
