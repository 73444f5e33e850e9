// Anyone signed in may read the registry and screen: it is reference data about chemicals, not about people.
import type { Ctx } from '../../platform/context.js';
import { Unauthorized } from '../../platform/errors.js';

export function requireActorIn(ctx: Ctx): void {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
}
