export * from './account.js';
export * from './endpoints.js';
export * from './health.js';
export * from './journal.js';
export * from './openapi.js';
export * from './person.js';
export * from './problem.js';
export * from './second-factors.js';
export { contractRegistry, type SchemaMeta } from './registry.js';
