// Use cases for parties and agencies (the registry a node keeps of who takes part).
import type { Ctx } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit/index.js';
import { Conflict, Forbidden, NotFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { canManageRegistry } from './policy.js';
import * as repo from './repo.js';
import type { Agency, Party } from './schemas.js';
import type { z } from 'zod';
import type { CreateAgency, CreateParty, UpdateAgency, UpdateParty } from './schemas.js';

const presentParty = (p: repo.PartyRow): Party => ({ code: p.code, nameEn: p.nameEn, nameZh: p.nameZh, timeZone: p.timeZone, isSelf: p.isSelf });
const presentAgency = (a: repo.AgencyRow): Agency => ({ ...a, kind: a.kind as Agency['kind'] });

export async function listParties(ctx: Ctx): Promise<Party[]> {
  return (await repo.listParties(ctx.db)).map(presentParty);
}

export async function selfParty(ctx: Pick<Ctx, 'db'>): Promise<Party> {
  const all = await repo.listParties(ctx.db);
  const self = all.find((p) => p.isSelf);
  if (!self) throw new Error('this node has no own party: run `counterpart migrate` and `counterpart seed` first');
  return presentParty(self);
}

function requireRegistryAdmin(ctx: Ctx): void {
  if (!canManageRegistry(ctx.actor)) throw new Forbidden('only administrators maintain parties and agencies');
}

export async function createParty(ctx: Ctx, input: z.infer<typeof CreateParty>): Promise<Party> {
  requireRegistryAdmin(ctx);
  return withTx(ctx, async (tx) => {
    const now = ctx.clock.now();
    try {
      const row = await repo.insertParty(tx, { ...input, isSelf: false, createdAt: now, updatedAt: now });
      await recordAudit(tx, ctx, { action: 'party.created', subjectType: 'party', subjectId: row.code, change: input });
      return presentParty(row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new Conflict(`party ${input.code} already exists`, 'duplicate');
      throw err;
    }
  });
}

export async function updateParty(ctx: Ctx, code: string, input: z.infer<typeof UpdateParty>): Promise<Party> {
  requireRegistryAdmin(ctx);
  return withTx(ctx, async (tx) => {
    const row = await repo.updateParty(tx, code, { ...input, updatedAt: ctx.clock.now() });
    if (!row) throw new NotFound(`no party ${code}`);
    await recordAudit(tx, ctx, { action: 'party.updated', subjectType: 'party', subjectId: code, change: input });
    return presentParty(row);
  });
}

export async function listAgencies(ctx: Ctx, f: { party?: string | undefined; includeInactive?: boolean | undefined }): Promise<Agency[]> {
  return (await repo.listAgencies(ctx.db, f)).map(presentAgency);
}

export async function getAgency(ctx: Ctx, id: string): Promise<Agency> {
  const row = await repo.getAgency(ctx.db, id);
  if (!row) throw new NotFound(`no agency ${id}`);
  return presentAgency(row);
}

function agencyConflict(err: unknown, acronym: string | undefined): never {
  if (isUniqueViolation(err)) throw new Conflict(`this party already has an agency ${acronym ?? ''}`.trim(), 'duplicate');
  if (isForeignKeyViolation(err)) throw new NotFound('no such party', 'unknown-party');
  throw err;
}

export async function createAgency(ctx: Ctx, input: z.infer<typeof CreateAgency>): Promise<Agency> {
  requireRegistryAdmin(ctx);
  return withTx(ctx, async (tx) => {
    const now = ctx.clock.now();
    const row = await repo.insertAgency(tx, { id: newId(), ...input, createdAt: now, updatedAt: now }).catch((e: unknown) => agencyConflict(e, input.acronym));
    await recordAudit(tx, ctx, { action: 'agency.created', subjectType: 'agency', subjectId: row.id, change: input });
    return presentAgency(row);
  });
}

export async function updateAgency(ctx: Ctx, id: string, input: z.infer<typeof UpdateAgency>): Promise<Agency> {
  requireRegistryAdmin(ctx);
  return withTx(ctx, async (tx) => {
    const before = await repo.getAgency(tx, id);
    // Another party's agency may be named here in this node's words, but its acronym is how the exchange knows it:
    // renamed, the next record from that party would make a second agency and move its contacts there.
    if (before && before.partyCode !== ctx.config.party && input.acronym !== undefined && input.acronym !== before.acronym) {
      throw new Conflict(`${before.acronym} is ${before.partyCode}'s agency: its acronym is the one ${before.partyCode} uses and stays as it is`, 'foreign-agency-acronym');
    }
    const row = await repo.updateAgency(tx, id, { ...input, updatedAt: ctx.clock.now() }).catch((e: unknown) => agencyConflict(e, input.acronym));
    if (!row) throw new NotFound(`no agency ${id}`);
    await recordAudit(tx, ctx, { action: 'agency.updated', subjectType: 'agency', subjectId: id, change: input });
    return presentAgency(row);
  });
}

/** First start: records the parties this node knows and marks its own. Refuses if parties exist already. */
export async function bootstrapParties(ctx: Ctx, list: readonly z.infer<typeof CreateParty>[], selfCode: string): Promise<void> {
  requireRegistryAdmin(ctx);
  if (!list.some((p) => p.code === selfCode)) throw new Error(`the party list has no entry for this node's party ${selfCode}`);
  await withTx(ctx, async (tx) => {
    if ((await repo.listParties(tx)).length > 0) throw new Conflict('parties are already set up', 'already-bootstrapped');
    const now = ctx.clock.now();
    for (const p of list) {
      await repo.insertParty(tx, { ...p, isSelf: p.code === selfCode, createdAt: now, updatedAt: now });
      await recordAudit(tx, ctx, { action: 'party.created', subjectType: 'party', subjectId: p.code, change: { ...p, isSelf: p.code === selfCode } });
    }
  });
}
