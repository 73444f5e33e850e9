// HTTP for sign-in, the account page, user administration and API tokens.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../platform/http/openapi.js';
import { Unauthorized } from '../../platform/errors.js';
import { zId } from '../../platform/validation.js';
import { login } from './login.js';
import * as me from './me-service.js';
import * as S from './schemas.js';
import { logout, SESSION_COOKIE } from './sessions.js';
import * as tokens from './tokens-service.js';
import * as users from './users-service.js';
import { ANY_ROLE } from '../../platform/http/access.js';

/** An answer with no body (204): documented so, not as a 200 with a default response. */
const NO_CONTENT = z.null().describe('no content');

const ADMIN = ['admin'] as const;

const IdParams = z.strictObject({ id: zId });
const pending = { allowMfaPending: true };

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/session', { config: { problems: [401, 429] }, schema: { tags: ['session'], security: PUBLIC, summary: 'Sign in', body: S.Login, response: { 200: S.SessionInfo } } }, async (req, reply) => {
    const ctx = req.ctx({ anonymous: true });
    const result = await login(ctx, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
    reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.cookieSecure,
      path: '/',
      expires: result.expiresAt,
    });
    const user = await me.meOf(ctx, result.userId);
    return { user, csrfToken: result.csrfToken };
  });

  app.get('/session', { config: { roles: ANY_ROLE }, schema: { tags: ['session'], summary: 'Who is signed in', response: { 200: S.SessionInfo } } }, async (req) => {
    const ctx = req.ctx(pending);
    if (!req.csrfToken) throw new Unauthorized('API tokens have no browser session');
    return { user: await me.getMe(ctx), csrfToken: req.csrfToken };
  });

  app.delete('/session', { config: { roles: ANY_ROLE }, schema: { tags: ['session'], summary: 'Sign out', response: { 204: NO_CONTENT } } }, async (req, reply) => {
    await logout(req.ctx(pending));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/me', { config: { roles: ANY_ROLE }, schema: { tags: ['account'], summary: 'My account', response: { 200: S.Me } } }, async (req) => {
    return me.getMe(req.ctx(pending));
  });
  app.patch('/me', { config: { roles: ANY_ROLE }, schema: { tags: ['account'], summary: 'Change my name, language or time zone', body: S.UpdateMe, response: { 200: S.Me } } }, async (req) => {
    return me.updateMe(req.ctx(pending), req.body);
  });
  app.put('/me/password', { config: { roles: ANY_ROLE }, schema: { tags: ['account'], summary: 'Change my password (the current one is needed)', body: S.ChangePassword, response: { 204: NO_CONTENT } } }, async (req, reply) => {
    await me.changePassword(req.ctx(pending), req.body);
    return reply.status(204).send(null);
  });
  app.post('/me/totp', { config: { roles: ANY_ROLE }, schema: { tags: ['account'], summary: 'Start enrolling an authenticator app', response: { 200: S.TotpEnrolment } } }, async (req) => {
    return me.startTotpEnrolment(req.ctx(pending));
  });
  app.post('/me/totp/confirmation', { config: { roles: ANY_ROLE }, schema: { tags: ['account'], summary: 'Confirm the authenticator app with a code; the recovery codes, shown once', body: S.TotpConfirmation, response: { 200: S.RecoveryCodes } } }, async (req) => {
    return me.confirmTotp(req.ctx(pending), req.body);
  });
  app.delete('/me/totp', { config: { roles: ANY_ROLE }, schema: { tags: ['account'], summary: 'Turn off my authenticator app (the password is needed)', body: S.DisableTotp, response: { 204: NO_CONTENT } } }, async (req, reply) => {
    await me.disableTotp(req.ctx(pending), req.body.password);
    return reply.status(204).send(null);
  });

  const PagedUsers = z.object({ items: z.array(S.User), total: z.number(), page: z.number(), pageSize: z.number() });
  app.get('/users', { config: { roles: ADMIN }, schema: { tags: ['users'], summary: 'User accounts, a page at a time', querystring: S.UserQuery, response: { 200: PagedUsers } } }, async (req) => users.listUsers(req.ctx(), req.query));
  app.post('/users', { config: { roles: ADMIN }, schema: { tags: ['users'], summary: 'Create a user account', body: S.CreateUser, response: { 201: S.User } } }, async (req, reply) =>
    reply.status(201).send(await users.createUser(req.ctx(), req.body)),
  );
  app.patch('/users/:id', { config: { roles: ADMIN }, schema: { tags: ['users'], summary: 'Change a user account', params: IdParams, body: S.UpdateUser, response: { 200: S.User } } }, async (req) =>
    users.updateUser(req.ctx(), req.params.id, req.body),
  );
  app.put('/users/:id/password', { config: { roles: ADMIN }, schema: { tags: ['users'], summary: 'Set a new password (administrator)', params: IdParams, body: S.ResetPassword, response: { 204: NO_CONTENT } } }, async (req, reply) => {
    await users.resetPassword(req.ctx(), req.params.id, req.body.password);
    return reply.status(204).send(null);
  });

  app.get('/tokens', { config: { roles: ADMIN }, schema: { tags: ['tokens'], summary: 'API tokens (never their secrets)', response: { 200: z.object({ items: z.array(S.Token) }) } } }, async (req) => ({ items: await tokens.listTokens(req.ctx()) }));
  app.post('/tokens', { config: { roles: ADMIN }, schema: { tags: ['tokens'], summary: 'Create an API token; its secret is shown once', body: S.CreateToken, response: { 201: z.object({ token: S.Token, secret: z.string() }) } } }, async (req, reply) =>
    reply.status(201).send(await tokens.createToken(req.ctx(), req.body)),
  );
  app.delete('/tokens/:id', { config: { roles: ADMIN }, schema: { tags: ['tokens'], summary: 'Revoke an API token', params: IdParams, response: { 204: NO_CONTENT } } }, async (req, reply) => {
    await tokens.revokeToken(req.ctx(), req.params.id);
    return reply.status(204).send(null);
  });
};
