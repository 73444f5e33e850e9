// Use cases for operational points of contact: list, read, create, update, verify, (de)activate.
import type { Ctx } from '../../platform/context.js';
import { recordAudit, type AuditAction } from '../../platform/audit/index.js';
import { Conflict, Forbidden, NotFound, Unprocessable } from '../../platform/errors.js';
import { auditRead, isSensitive, mayRead } from '../../platform/handling/index.js';
import { newId } from '../../platform/ids.js';
import { pageOf } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import * as repo from './contacts-repo.js';
import { agencyOf } from './agency-check.js';
import { publishContact } from './contacts-exchange.js';
import { getTombstone } from '../exchange/index.js';
import { listParties } from './service.js';
import { canEditContact, staleBefore, userIdOf } from './policy.js';
import type { Contact, ContactQuery, CreateContact, UpdateContact } from './schemas.js';

function present(ctx: Ctx, row: repo.ContactJoined): Contact {
  const c = row.contact;
  const { id: _id, verifiedBy: _vb, verifiedByName, verifiedByNameZh, createdBy: _cb, ...rest } = c;
  return {
    ...rest,
    id: c.id,
    kind: c.kind as Contact['kind'],
    coverage: c.coverage as Contact['coverage'],
    agency: row.agency,
    verifiedBy: row.verifier ?? (verifiedByName ? { id: null, displayName: verifiedByName, displayNameZh: verifiedByNameZh } : null),
    isStale: !c.verifiedAt || c.verifiedAt < staleBefore(ctx.clock.now()),
    canEdit: canEditContact(ctx.actor, c, ctx.config.party),
  };
}

export async function listContacts(ctx: Ctx, q: Omit<ContactQuery, 'page' | 'pageSize'> & Partial<Pick<ContactQuery, 'page' | 'pageSize'>>) {
  const page = { page: q.page ?? 1, pageSize: q.pageSize ?? 50 };
  const { items, total } = await repo.listContacts(ctx.db, { ...q, staleBefore: staleBefore(ctx.clock.now()), reader: ctx.actor }, pageOf(page));
  return { items: items.map((r) => present(ctx, r)), total, ...page };
}

/** Every matching contact, in pages, for the CSV export (bounded memory for large directories). */
export async function* eachContact(ctx: Ctx, q: Omit<ContactQuery, 'page' | 'pageSize'>): AsyncGenerator<Contact> {
  for (let page = 1; ; page++) {
    const { items } = await listContacts(ctx, { ...q, page, pageSize: 200 });
    yield* items;
    if (items.length < 200) return;
  }
}

/** A contact, for whoever may read it: a TLP:RED one is not found by those who may not see it (platform/handling). */
export async function getContact(ctx: Ctx, id: string): Promise<Contact> {
  const row = await repo.getContact(ctx.db, id);
  if (!row || !mayRead(ctx.actor, row.contact.handling)) throw new NotFound(`no contact ${id}`);
  return present(ctx, row);
}

/** A person opening a contact: as `getContact`, and the read of an AMBER or RED one is audited (`for` says why else). */
export async function readContact(ctx: Ctx, id: string, purpose?: string): Promise<Contact> {
  const c = await getContact(ctx, id);
  if (isSensitive(c.handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'contact.read', subjectType: 'contact', subjectId: id, reference: c.name, handling: c.handling, ...(purpose ? { for: purpose } : {}) }));
  return c;
}

// Another party's contacts reach this node only through the system (seed now, the exchange later).
const usableAgency = (ctx: Ctx, agencyId: string) => agencyOf(ctx, agencyId, { ownPartyOnly: ctx.actor.kind !== 'system' });

export async function createContact(ctx: Ctx, input: CreateContact): Promise<Contact> {
  return withTx(ctx, async (tx) => {
    const agency = await usableAgency({ ...ctx, db: tx }, input.agencyId);
    if (!canEditContact(ctx.actor, { agencyId: agency.id, originParty: agency.partyCode }, ctx.config.party)) throw new Forbidden('only admins, or supervisors of this agency, add its contacts');
    const now = ctx.clock.now();
    const id = newId();
    const values = { ...input, nameZh: input.nameZh ?? null, title: input.title ?? null, hours: input.hours ?? null, notes: input.notes ?? null, releasableTo: await releasable({ ...ctx, db: tx }, input.releasableTo ?? []) };
    await repo.insertContact(tx, { id, ...values, originParty: agency.partyCode, createdBy: userIdOf(ctx.actor), createdAt: now, updatedAt: now });
    await recordAudit(tx, ctx, { action: 'contact.created', subjectType: 'contact', subjectId: id, change: values });
    const created = await mustGet({ ...ctx, db: tx }, id);
    await publishContact(tx, ctx, created);
    return created;
  });
}

async function mustGet(ctx: Ctx, id: string): Promise<Contact> {
  const row = await repo.getContact(ctx.db, id);
  if (!row) throw new NotFound(`no contact ${id}`);
  return present(ctx, row);
}

/** Known parties other than this node's own, sorted and without repeats; anything else is a 422 naming it. */
async function releasable(ctx: Ctx, given: readonly string[]): Promise<string[]> {
  const known = new Set((await listParties(ctx)).filter((p) => !p.isSelf).map((p) => p.code));
  const bad = given.map((code, i) => ({ code, i })).filter(({ code }) => !known.has(code));
  if (bad.length > 0) throw new Unprocessable('a contact is released only to other known parties', bad.map(({ code, i }) => ({ path: `body/releasableTo/${i}`, message: `${code} is not another party in the directory`, code: 'not-another-party', params: { party: code } })));
  return [...new Set(given)].sort();
}

/**
 * Locks the contact, checks the actor may edit it (before and, for a move, after), applies `patch`, and queues the
 * new version for the parties it concerns, in the same transaction.
 */
async function change(ctx: Ctx, id: string, action: AuditAction, build: (row: repo.ContactRow) => Partial<repo.ContactRow>, withdrawal?: { note?: string | undefined }): Promise<Contact> {
  return withTx(ctx, async (tx) => {
    const row = await repo.getContact(tx, id, { forUpdate: true });
    if (!row) throw new NotFound(`no contact ${id}`);
    if (!canEditContact(ctx.actor, row.contact, ctx.config.party)) throw new Forbidden('only admins, or supervisors of this agency, change its contacts, on its own party\'s node');
    const patch = build(row.contact);
    if (patch.releasableTo) patch.releasableTo = await releasable({ ...ctx, db: tx }, patch.releasableTo);
    if (patch.agencyId && patch.agencyId !== row.contact.agencyId) {
      if (!canEditContact(ctx.actor, { ...row.contact, agencyId: patch.agencyId }, ctx.config.party)) throw new Forbidden('you cannot move a contact to an agency you do not supervise');
      await usableAgency({ ...ctx, db: tx }, patch.agencyId);
    }
    const now = ctx.clock.now();
    await repo.updateContact(tx, id, { ...patch, version: row.contact.version + 1, updatedAt: now });
    await recordAudit(tx, ctx, { action, subjectType: 'contact', subjectId: id, change: { ...patch, version: row.contact.version + 1, ...(withdrawal ? { withdrawal } : {}) } });
    const changed = await mustGet({ ...ctx, db: tx }, id);
    await publishContact(tx, ctx, changed, withdrawal);
    return changed;
  });
}

export function updateContact(ctx: Ctx, id: string, input: UpdateContact): Promise<Contact> {
  return change(ctx, id, 'contact.updated', (row) => {
    if (row.version !== input.version) throw new Conflict(`the contact changed since you read it (now version ${row.version})`, 'stale-version');
    const { version: _v, ...fields } = input;
    const merged = { coverage: fields.coverage ?? row.coverage, hours: fields.hours === undefined ? row.hours : fields.hours };
    if (merged.coverage === 'hours' && !merged.hours) throw new Unprocessable('office-hours coverage needs its hours', [{ path: 'body/hours', message: 'required for office-hours coverage', code: 'hours-required' }]);
    if (merged.coverage === '24x7') merged.hours = null;
    return { ...fields, ...merged };
  });
}

/** Records that someone confirmed the details; `verifiedAt` may name an earlier moment (a call made yesterday). */
export const verifyContact = (ctx: Ctx, id: string, opts: { verifiedAt?: Date | undefined } = {}): Promise<Contact> =>
  change(ctx, id, 'contact.verified', (row) => {
    if (!row.isActive) throw new Conflict('reactivate the contact before verifying it', 'contact-inactive');
    const at = opts.verifiedAt ?? ctx.clock.now();
    if (at > ctx.clock.now()) throw new Unprocessable('a verification cannot be in the future', [{ path: 'body/verifiedAt', message: 'in the future', code: 'in-future' }]);
    if (row.verifiedAt && at < row.verifiedAt) throw new Unprocessable('the contact was verified more recently already', [{ path: 'body/verifiedAt', message: 'older than the last verification', code: 'older-than-last-verification' }]);
    return { verifiedAt: at, verifiedBy: userIdOf(ctx.actor) };
  });

export const setContactActive = (ctx: Ctx, id: string, isActive: boolean): Promise<Contact> =>
  change(ctx, id, isActive ? 'contact.reactivated' : 'contact.deactivated', () => ({ isActive }));


/** Takes the contact back from every party it was released to: their nodes purge it and keep only a tombstone. */
export const withdrawContact = (ctx: Ctx, id: string, note?: string): Promise<Contact> =>
  change(ctx, id, 'contact.withdrawn', () => ({ releasableTo: [] }), { note });

/**
 * A contact the caller may read, or what is left of one another party withdrew: its proof of exchange stays readable
 * (hashes, receipts and the withdrawal itself; the content is gone). A TLP:RED one is not found, as by `getContact`.
 */
export async function requireContactOrTombstone(ctx: Ctx, id: string): Promise<void> {
  const row = await repo.getContact(ctx.db, id);
  if (row && mayRead(ctx.actor, row.contact.handling)) return;
  if (row) throw new NotFound(`no contact ${id}`);
  if (await getTombstone(ctx.db, id)) return;
  throw new NotFound(`no contact ${id}`);
}
