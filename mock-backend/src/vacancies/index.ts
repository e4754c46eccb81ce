export { VacanciesApi } from './api.js';
export {
  DEFAULT_VACANCY_SEED,
  generateVacancies,
  POSTED_WINDOW_DAYS,
  type GenerateOptions,
  type GeneratedVacancies,
} from './generate.js';
export { decodeEntities, htmlText, safeHref, sanitizeHtml } from './html.js';
export { importOpenData, type ImportOptions, type ImportResult } from './import.js';
export { vacancyNotFound } from './problems.js';
export { EmployerRegistry, type RegistryEntry } from './registry.js';
export { VacancyIndex, type VacancyIndexOptions } from './search.js';
export { createVacancySearch, type VacancySearchSetup, type VacancySource } from './setup.js';
