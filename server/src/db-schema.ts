// Every table, for drizzle-kit to diff against the migrations. Application code imports tables from their modules.
export * from './platform/audit/tables.js';
export * from './modules/directory/tables.js';
export * from './modules/accounts/tables.js';
export * from './modules/exchange/tables.js';
export * from './modules/substances/tables.js';
export * from './platform/jobs/tables.js';
export * from './modules/notifications/tables.js';
export * from './platform/idempotency/tables.js';
export * from './platform/translation/tables.js';
export * from './platform/vault/tables.js';
export * from './modules/entities/tables.js';
export * from './modules/incidents/tables.js';
export * from './modules/requests/tables.js';
export * from './modules/meetings/tables.js';
