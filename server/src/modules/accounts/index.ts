// Accounts: sign-in (argon2id passwords, TOTP second factor, recovery codes), server-side sessions with CSRF
// tokens, API tokens for machines, and user administration. Secrets never leave this module: passwords and tokens
// are stored hashed, TOTP seeds sealed under the node key. Lockout and rate limits are kept in the database.
export { accountRoutes } from './routes.js';
export { purgeExpired, resolveCaller, SESSION_COOKIE, type Resolved } from './sessions.js';
export { createUser, listUsers } from './users-service.js';
export { createToken } from './tokens-service.js';
export { login } from './login.js';
export { CreateUser as CreateUserSchema, CreateToken as CreateTokenSchema } from './schemas.js';
export type { CreateUser, User, Me } from './schemas.js';
export { accountAuditSubjects } from './audit-subjects.js';
