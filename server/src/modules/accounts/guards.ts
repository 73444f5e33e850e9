// Who administers accounts. API tokens never do: a token that could create users or reset passwords could turn
// itself into a person with a password, escaping its scope, its expiry and the second-factor rule.
import { hasRole, type Ctx } from '../../platform/context.js';
import { Forbidden } from '../../platform/errors.js';

/** An administrator acting in person (or the node itself, for seeding and the CLI). */
export function requireAccountAdmin(ctx: Ctx): void {
  if (ctx.actor.kind === 'token' || !hasRole(ctx.actor, 'admin')) throw new Forbidden('only an administrator, signed in in person, manages accounts and API tokens');
}

/** The signed-in administrator's own user id (API tokens record who created them). */
export function requireAdminPerson(ctx: Ctx): string {
  requireAccountAdmin(ctx);
  if (ctx.actor.kind !== 'user' || !ctx.actor.id) throw new Forbidden('only an administrator, signed in in person, manages API tokens');
  return ctx.actor.id;
}
