export * from './config.js';
export * from './i18n/format.js';
export * from './i18n/locale.js';
export * from './validators/index.js';
export * from './session/index.js';
export * from './api/index.js';
