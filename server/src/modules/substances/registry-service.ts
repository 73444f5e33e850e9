// Use cases of the registry: search and read entries, and — for a node's administrators — add entries and
// national controls with their effective dates, or amend them. Every change is audited and bumps the registry
// version, so screening "as of" a date always answers with the controls of that date.
import { recordAudit } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import { BadRequest, Conflict, Forbidden, NotFound, type FieldIssue } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { isUniqueViolation } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { selfParty } from '../directory/index.js';
import { withMol } from './chem.js';
import { parseCas, parseHs } from './identifiers.js';
import { JURISDICTIONS, inForce, type Entry, type Jurisdiction, type Registry } from './registry.js';
import { currentRegistry, localControl } from './registry-store.js';
import * as repo from './repo.js';
import type { ControlOut, CreateControl, CreateSubstance, SubstanceDetail, SubstanceSummary, UpdateControl } from './schemas.js';
import { searchRegistry } from './search.js';
import { controlViewer } from './control-view.js';
import { publisherIndex, sourceViews } from './sources.js';

const today = (ctx: Ctx) => ctx.clock.now().toISOString().slice(0, 10);

function summary(e: Entry, asOf: string, matched?: string): SubstanceSummary {
  const jurisdictions = [...new Set(e.controls.filter((c) => inForce(c, asOf)).map((c) => c.jurisdiction))];
  return { id: e.id, kind: e.kind, names: e.names, cas: e.cas, hs: e.hs, origin: e.origin, jurisdictions, ...(matched ? { matched } : {}) };
}

export async function searchSubstances(ctx: Ctx, q: { q?: string | undefined; jurisdiction?: Jurisdiction | undefined; kind?: string | undefined; asOf?: string | undefined; limit: number }) {
  const { registry } = await currentRegistry(ctx.db);
  const asOf = q.asOf ?? today(ctx);
  const items = searchRegistry(registry, q.q)
    .map((h) => summary(h.entry, asOf, h.matched))
    .filter((s) => (!q.jurisdiction || s.jurisdictions.includes(q.jurisdiction)) && (!q.kind || s.kind === q.kind));
  return { items: items.slice(0, q.limit), total: items.length, asOf };
}

function entryOf(registry: Registry, id: string): Entry {
  const e = registry.entries.find((x) => x.id === id);
  if (!e) throw new NotFound(`no substance ${id}`);
  return e;
}

export async function getSubstance(ctx: Ctx, id: string, asOf?: string): Promise<SubstanceDetail> {
  const { registry } = await currentRegistry(ctx.db);
  const e = entryOf(registry, id);
  const date = asOf ?? today(ctx);
  const view = controlViewer(registry);
  const publishers = publisherIndex(registry.publishers);
  const controls: ControlOut[] = e.controls.map((c) => ({ ...view(c), id: c.id, origin: c.origin, inForce: inForce(c, date) }));
  const classes = registry.classes.filter((c) => c.reference === e.id).map((c) => ({ id: c.id, names: c.names }));
  const notes = e.notes.map((n) => ({ ...n, sources: sourceViews(publishers, n.sources) }));
  return { ...summary(e, date), synonyms: e.synonyms, otherCas: e.otherCas, smiles: e.smiles, inchiKey: e.inchiKey, controls, classes, notes, sources: sourceViews(publishers, e.sources), unconfirmed: e.unconfirmed };
}

/** Export-licence measures (the PRC's for exports to the US, Mexico and Canada), for one destination or all. */
export async function listExportLicences(ctx: Ctx, q: { destination?: string | undefined; asOf?: string | undefined }) {
  const { registry } = await currentRegistry(ctx.db);
  const asOf = q.asOf ?? today(ctx);
  const view = controlViewer(registry);
  const names = new Map(registry.entries.map((e) => [e.id, e.names]));
  const items = registry.measures
    .filter((m) => !q.destination || m.destinations.includes(q.destination))
    .map((m) => ({
      id: m.id,
      jurisdiction: m.jurisdiction,
      names: m.names,
      control: { ...view(m), id: `measure:${m.id}`, origin: 'shipped' as const, inForce: inForce(m, asOf) },
      declaredCount: m.declaredCount,
      entries: m.entries.flatMap((id) => {
        const n = names.get(id);
        return n ? [{ id, names: n }] : [];
      }),
      unconfirmed: m.unconfirmed,
    }));
  return { items, asOf };
}

const svgs = new WeakMap<Registry, Map<string, string>>();

/** The structure drawn by RDKit as SVG, or null for an entry without one. */
export async function structureSvg(ctx: Ctx, id: string): Promise<string | null> {
  const { registry, chem } = await currentRegistry(ctx.db);
  const e = entryOf(registry, id);
  if (!e.smiles) return null;
  let cache = svgs.get(registry);
  if (!cache) svgs.set(registry, (cache = new Map()));
  const drawn = cache.get(id) ?? withMol(chem.rd, e.smiles, (m) => m.get_svg(360, 260));
  if (drawn) cache.set(id, drawn);
  return drawn;
}

/** Administrators, in person, legislate for their own party only: a US node's admin cannot amend PRC controls. */
async function requireRegistryAdmin(ctx: Ctx): Promise<Jurisdiction> {
  if (ctx.actor.kind === 'token' || !ctx.actor.roles.includes('admin')) throw new Forbidden('only an administrator, signed in in person, maintains the substance registry');
  const own = (await selfParty(ctx)).code;
  if (!(JURISDICTIONS as readonly string[]).includes(own)) throw new Forbidden(`the registry has no control lists for party ${own}`, 'no-national-lists');
  return own as Jurisdiction;
}

export async function createSubstance(ctx: Ctx, input: CreateSubstance): Promise<SubstanceDetail> {
  await requireRegistryAdmin(ctx);
  const { registry, chem } = await currentRegistry(ctx.db);
  const issues: FieldIssue[] = [];
  const cas = input.cas ? parseCas(input.cas) : undefined;
  if (cas && !cas.ok) issues.push({ path: 'body/cas', message: cas.problem === 'cas-check-digit' ? 'the check digit is wrong' : 'must look like 1234-56-7' });
  const hs = input.hs ? parseHs(input.hs) : undefined;
  if (hs && !hs.ok) issues.push({ path: 'body/hs', message: 'must be 6 to 10 digits', code: 'hs-digits' });
  const structure = input.smiles ? chem.analyse(input.smiles, undefined, { keys: true }) : undefined;
  if (structure && !structure.ok) issues.push({ path: 'body/smiles', message: 'cannot be read as SMILES', code: 'smiles-unreadable' });
  if (issues.length) throw new BadRequest('the substance has invalid identifiers', issues);
  const id = input.id ?? slugOf(input.names.en);
  const casValue = cas?.ok ? cas.value : null;
  const inchiKey = structure?.ok ? (structure.structure.components[0]?.inchiKey ?? null) : null;
  const clash = registry.entries.find((e) => e.id === id || (casValue && (e.cas === casValue || e.otherCas.some((o) => o.cas === casValue))) || (inchiKey && e.inchiKey?.slice(0, 25) === inchiKey.slice(0, 25)));
  if (clash) throw new Conflict(`the registry already has this substance as ${clash.id}`, 'duplicate-substance');
  return withTx(ctx, async (tx) => {
    const now = ctx.clock.now();
    const row = { id, kind: input.kind, nameEn: input.names.en, nameZh: input.names.zh, synonymsEn: input.synonyms.en, synonymsZh: input.synonyms.zh, cas: casValue, hs: hs?.ok ? hs.value : null, smiles: input.smiles ?? null, inchiKey, sources: input.sources, createdBy: ctx.actor.id, createdAt: now, updatedAt: now };
    await repo.insertEntry(tx, row).catch((e: unknown) => {
      if (isUniqueViolation(e)) throw new Conflict('the registry already has this substance', 'duplicate-substance');
      throw e;
    });
    await repo.bumpRegistryVersion(tx);
    await recordAudit(tx, ctx, { action: 'substance.created', subjectType: 'substance', subjectId: id, change: input });
    return id;
  }).then((created) => getSubstance(ctx, created));
}

function slugOf(name: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50);
  return `local-${slug || 'substance'}`;
}

function checkList(registry: Registry, list: string, own: Jurisdiction): void {
  const l = registry.lists.find((x) => x.code === list);
  if (!l) throw new BadRequest('unknown control list', [{ path: 'body/list', message: `no list ${list}` }]);
  if (l.jurisdiction !== own) throw new Forbidden(`list ${list} belongs to ${l.jurisdiction}: this node legislates for ${own} only`, 'foreign-jurisdiction');
}

export async function addControl(ctx: Ctx, entryId: string, input: CreateControl): Promise<ControlOut> {
  const own = await requireRegistryAdmin(ctx);
  const { registry } = await currentRegistry(ctx.db);
  const entry = entryOf(registry, entryId);
  checkList(registry, input.list, own);
  if (input.covers.some((c) => c !== 'salts' && c !== 'optical-isomers') && !entry.smiles) {
    throw new BadRequest('derivative rules need a structure', [{ path: 'body/covers', message: 'this entry has no structure, so it cannot cover derivatives' }]);
  }
  if (input.replaces) {
    if (await repo.replacementOf(ctx.db, input.replaces)) throw new Conflict('that shipped control has already been replaced: amend the replacement instead', 'already-replaced');
    const replaced = entry.controls.find((c) => c.id === input.replaces);
    if (!replaced || replaced.origin !== 'shipped') throw new BadRequest('only a shipped control of this entry can be replaced', [{ path: 'body/replaces', message: `no shipped control ${input.replaces} on ${entryId}` }]);
    if (replaced.jurisdiction !== own) throw new Forbidden(`that control is ${replaced.jurisdiction}'s: this node legislates for ${own} only`, 'foreign-jurisdiction');
  }
  const row = await withTx(ctx, async (tx) => {
    const now = ctx.clock.now();
    const inserted = await repo
      .insertControl(tx, { id: newId(), entryId, jurisdiction: own, list: input.list, since: input.since, until: input.until, covers: input.covers, basis: input.basis, sources: input.sources, replaces: input.replaces ?? null, createdBy: ctx.actor.id, createdAt: now, updatedAt: now })
      .catch((e: unknown) => {
        if (isUniqueViolation(e)) throw new Conflict('that shipped control has already been replaced: amend the replacement instead', 'already-replaced');
        throw e;
      });
    await repo.bumpRegistryVersion(tx);
    await recordAudit(tx, ctx, { action: 'substance.control-added', subjectType: 'substance', subjectId: entryId, change: { controlId: inserted.id, ...input } });
    return inserted;
  });
  return controlOut(registry, row, ctx);
}

export async function amendControl(ctx: Ctx, entryId: string, controlId: string, input: UpdateControl): Promise<ControlOut> {
  const own = await requireRegistryAdmin(ctx);
  const { registry } = await currentRegistry(ctx.db);
  entryOf(registry, entryId);
  if (input.list) checkList(registry, input.list, own);
  const row = await withTx(ctx, async (tx) => {
    const before = await repo.getControlForUpdate(tx, controlId);
    if (!before || before.entryId !== entryId) throw new NotFound(`no control ${controlId} of this node on ${entryId} (shipped controls are replaced, not amended)`);
    if (before.jurisdiction !== own) throw new Forbidden('only the legislating party amends its controls', 'foreign-jurisdiction');
    const since = input.since ?? before.since;
    const until = input.until === undefined ? before.until : input.until;
    if (until !== null && until <= since) throw new BadRequest('the control would end before it starts', [{ path: 'body/until', message: 'must be after since', code: 'end-before-start' }]);
    const updated = await repo.updateControl(tx, controlId, { ...input, since, until, version: before.version + 1, updatedAt: ctx.clock.now() });
    await repo.bumpRegistryVersion(tx);
    const changed = Object.fromEntries(Object.keys(input).map((k) => [k, { from: before[k as keyof typeof before], to: updated[k as keyof typeof updated] }]));
    await recordAudit(tx, ctx, { action: 'substance.control-amended', subjectType: 'substance', subjectId: entryId, change: { controlId, ...changed } });
    return updated;
  });
  return controlOut(registry, row, ctx);
}

function controlOut(registry: Registry, row: repo.LocalControlRow, ctx: Ctx): ControlOut {
  const c = localControl(row);
  return { ...controlViewer(registry)(c), id: c.id, origin: c.origin, inForce: inForce(c, today(ctx)) };
}
