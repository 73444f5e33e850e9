// The party's agreement profile for requests: the reply period it gives each type and priority of request asked of
// it (unset: the defaults of Directive 2023/977, schemas.ts), and its four-eyes rule for what leaves beyond AMBER,
// RED and use restrictions. Every reader sees it; only an administrator changes it, audited.
import type { Ctx } from '../../platform/context.js';
import { Forbidden, Unauthorized, Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { withTx } from '../../platform/tx.js';
import { auditRequest } from './kit.js';
import { canRead, mayAdminister } from './policy.js';
import * as repo from './repo.js';
import * as writes from './repo-writes.js';
import { DEFAULT_PERIODS, PERIOD_UNITS, PRIORITIES, REQUEST_TYPES, type PeriodUnit } from './schemas.js';
import { z } from 'zod';
import type { SettingsInput } from './schemas.js';

const Period = z.object({ amount: z.number().int(), unit: z.enum(PERIOD_UNITS) });

export const SettingsView = z.object({
  fourEyes: z.enum(['sensitive', 'all']).describe('sensitive: AMBER, RED and restricted requests and answers need a second person; all: every one'),
  periods: z
    .array(
      z.object({
        type: z.enum(REQUEST_TYPES),
        priority: z.enum(PRIORITIES),
        amount: z.number().int(),
        unit: z.enum(PERIOD_UNITS),
        isDefault: z.boolean().describe('no period is set for this type and priority: the default applies'),
        default: Period.describe('the default for this priority (Directive 2023/977, Article 5), which a row put back to its default takes'),
      }),
    )
    .describe('the reply period this party gives each type and priority asked of it'),
});
type PeriodView = z.infer<typeof SettingsView>['periods'][number];
export type Settings = z.infer<typeof SettingsView>;

/** Spontaneous information expects no answer: it has no reply period. */
const ANSWERED_TYPES = REQUEST_TYPES.filter((t) => t !== 'spontaneous');

export async function getRequestSettings(ctx: Ctx): Promise<Settings> {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!canRead(ctx.actor, ctx.config.party)) throw new Forbidden("the request settings are read by this party's own users");
  const { periods, fourEyes } = await repo.profileOf(ctx.db, ctx.config.party);
  const views = ANSWERED_TYPES.flatMap((type) =>
    PRIORITIES.map((priority): PeriodView => {
      const set = periods.find((p) => p.type === type && p.priority === priority);
      const fallback = DEFAULT_PERIODS[priority];
      return set ? { type, priority, amount: set.amount, unit: set.unit as PeriodUnit, isDefault: false, default: fallback } : { type, priority, ...fallback, isDefault: true, default: fallback };
    }),
  );
  return { fourEyes, periods: views };
}

function periodIssues(input: z.infer<typeof SettingsInput>): FieldIssue[] {
  const seen = new Set<string>();
  return input.periods.flatMap((p, i): FieldIssue[] => {
    const path = `body/periods/${i}`;
    if (p.type === 'spontaneous') return [{ path: `${path}/type`, message: 'spontaneous information expects no answer and has no period', code: 'no-period-for-spontaneous' }];
    const key = `${p.type}/${p.priority}`;
    if (seen.has(key)) return [{ path, message: `${p.type} ${p.priority} is set twice`, code: 'duplicate-period' }];
    seen.add(key);
    return [];
  });
}

/** Replaces the profile (periods not given go back to the defaults); an administrator only, audited. */
export async function putRequestSettings(ctx: Ctx, input: z.infer<typeof SettingsInput>): Promise<Settings> {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!mayAdminister(ctx.actor, ctx.config.party)) throw new Forbidden("only this party's administrators change the request settings");
  const issues = periodIssues(input);
  if (issues.length > 0) throw new Unprocessable('the settings cannot be saved as they are', issues);
  const party = ctx.config.party;
  await withTx(ctx, async (tx) => {
    const before = await repo.profileOf(tx, party);
    await writes.replaceProfile(tx, party, input.fourEyes, input.periods);
    const was = { fourEyes: before.fourEyes, periods: before.periods.map(({ type, priority, amount, unit }) => ({ type, priority, amount, unit })) };
    await auditRequest(tx, ctx, 'settings-changed', party, { before: was, after: { fourEyes: input.fourEyes, periods: input.periods } });
  });
  return getRequestSettings(ctx);
}
