// Clearances for people outside the system: the printable PDF, and the check anyone can run without signing in
// (the verification page) against every key this node knows — its own and its peers'.
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { BadRequest } from '../../platform/errors.js';
import { auditRead, isSensitive, mayRead } from '../../platform/handling/index.js';
import { withTx } from '../../platform/tx.js';
import { instantText } from '../../platform/time-text.js';
import { partyTable } from '../directory/index.js';
import { keysOfParty } from '../exchange/index.js';
import { storedResult } from '../substances/index.js';
import { checkClearance, ClearanceDocument, ClearanceQr, headerType, qrMatches } from './clearance.js';
import { differences } from './clearance-compare.js';
import { renderClearancePdf } from './clearance-pdf.js';
import { canRead } from './policy.js';
import { bilingualPhrase } from './phrases.js';
import { timeZonesOf } from '../calendars/index.js';
import { clearanceOf } from './queries.js';
import * as repo from './repo.js';
import { STATUSES } from './schemas.js';

export async function clearancePdfOf(ctx: Ctx, id: string): Promise<{ pdf: Buffer; reference: string }> {
  const { bundle, row } = await clearanceOf(ctx, id);
  const d = bundle.document;
  // Beside each declared name, what this node's registry identifies it as (outside the signed decision).
  const identified = identifiedLabels(ctx, row, await repo.linesOf(ctx.db, row.id));
  const zones = await timeZonesOf(ctx.db, [d.importingParty, d.exportingParty]);
  const at = new Date(d.decidedAt);
  const pdf = await renderClearancePdf({
    reference: d.reference,
    decision: d.decision,
    // The signed phrases in both languages from this node's list, then the note as written.
    reason: [...(d.codes ?? []).map((c) => `- ${bilingualPhrase(c)}`), ...(d.reason ? [d.reason] : [])].join('\n') || null,
    decidedAt: d.decidedAt,
    decidedAtLocal: { importer: instantText(at, zones.get(d.importingParty) ?? 'UTC'), exporter: instantText(at, zones.get(d.exportingParty) ?? 'UTC') },
    decidedBy: d.decidedBy,
    exportingParty: d.exportingParty,
    importingParty: d.importingParty,
    exporter: d.exporter,
    importer: d.importer,
    consignee: d.consignee,
    transitParties: d.transitParties,
    route: d.route,
    permits: d.permits,
    lines: d.lines.map((l) => ({ ...l, identified: identified.get(l.position) ?? [], listings: l.listings?.map((x) => ({ en: x.en, zh: x.zh })) })),
    shipmentDate: d.shipmentDate,
    signer: { kid: bundle.issuer.kid, fingerprint: bundle.issuer.fingerprint },
    verifyUrl: ctx.config.publicUrl ? `${ctx.config.publicUrl.replace(/\/$/, '')}/verify` : null,
    qrText: bundle.qr,
  });
  return { pdf, reference: row.reference };
}

function identifiedLabels(ctx: Ctx, row: repo.Row, lines: repo.LineRow[]): Map<number, { en: string; zh: string }[]> {
  const importing = row.importingParty === ctx.config.party;
  return new Map(lines.map((l) => [l.position, storedResult(importing ? (l.receiverScreening ?? l.screening) : (l.screening ?? l.receiverScreening))?.identified.map((s) => s.label) ?? []]));
}

export const VerifyInput = z.strictObject({
  text: z.string().trim().min(1, 'paste the clearance JWS or the QR code text').max(100_000),
  document: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('the readable copy of the clearance document (the bundle\'s `document`): with a clearance JWS it must say exactly what was signed; with a QR code, the QR code must carry its hash'),
});

const Difference = z.object({ path: z.string().describe('where, as a JSON pointer without the leading slash: `decision`, `lines/0/quantity`'), signed: z.string().nullable(), readable: z.string().nullable() });

export const VerifyResult = z.object({
  valid: z.boolean(),
  problem: z.string().nullable(),
  kind: z.enum(['document', 'qr']).nullable(),
  issuer: z.object({ party: z.string().nullable(), kid: z.string().nullable(), fingerprint: z.string().nullable() }),
  document: ClearanceDocument.nullable().describe('the signed document: from the JWS; for a QR code, the one this node holds whose hash the QR code carries'),
  summary: ClearanceQr.nullable(),
  differences: z.array(Difference).describe('where the readable copy sent says something other than the signed document (empty when it agrees or none was sent)'),
  current: z.object({ reference: z.string(), status: z.enum(STATUSES), decision: z.string().nullable() }).nullable().describe("this node's current record of the notification, when it holds it"),
  parties: z.array(z.object({ code: z.string(), nameEn: z.string(), nameZh: z.string() })).describe('the parties this node knows, so that the page names them as every other page does'),
});
type VerifyResult = z.infer<typeof VerifyResult>;
const MAX_DEPTH = 8;
type KeyList = Parameters<typeof checkClearance>[1];

export async function verifyClearance(ctx: Ctx, input: z.infer<typeof VerifyInput>): Promise<VerifyResult> {
  if (input.text.split('.').length !== 3) throw new BadRequest('this is not a signed clearance: expected three dot-separated parts', [{ path: 'body/text', message: 'not a compact JWS' }], 'not-a-clearance');
  const named = await ctx.db.select({ code: partyTable.code, nameEn: partyTable.nameEn, nameZh: partyTable.nameZh }).from(partyTable);
  const keys = (await Promise.all(named.map(async ({ code: party }) => (await keysOfParty(ctx.db, party, ctx.config.party)).map((k) => ({ ...k, party }))))).flat();
  const readable = input.document;
  if (readable && depthOf(readable, MAX_DEPTH) > MAX_DEPTH) throw new BadRequest(`the document is nested deeper than ${MAX_DEPTH} levels: it is not a clearance document`, [{ path: 'body/document', message: 'nested too deeply' }], 'not-a-clearance');
  // A QR code is checked against the copy sent; a JWS is checked first, then the copy compared with what it signed.
  // (A copy whose hash the QR code carries is the signed document itself, so it is returned as one.)
  const check = await checkClearance(input.text, keys, headerType(input.text) === 'cp-clearance-qr+jws' ? (readable as ClearanceDocument | undefined) : undefined);
  const reference = check.document?.reference ?? check.summary?.ref;
  const row = check.valid && reference ? await repo.getByReference(ctx.db, reference) : undefined;
  const current = row ? { reference: row.reference, status: row.status as (typeof STATUSES)[number], decision: row.decision } : null;
  const base = { ...check, differences: [], current, parties: named };
  if (check.kind === 'document' && check.document && readable) {
    const diff = differences(check.document, readable);
    if (diff.length) return { ...base, valid: false, differences: diff, problem: `the readable copy differs from the signed clearance at ${diff.map((d) => d.path).join(', ')}` };
  }
  if (check.valid && check.kind === 'qr' && !check.document && row && check.summary && mayReadHeld(ctx, row)) return { ...base, document: await heldForReader(ctx, row, keys, check.summary) };
  return base;
}

/**
 * The signed document this node holds is shown for a QR code only to its own users who may read the notification
 * (its handling): anyone else sees what the QR code itself carries — the parties and the first lines.
 */
function mayReadHeld(ctx: Ctx, row: repo.Row): boolean {
  return ctx.actor.kind !== 'anonymous' && canRead(ctx.actor, ctx.config.party) && mayRead(ctx.actor, row.handling);
}

/** Nesting deeper than any clearance document has is refused before anything walks it. */
function depthOf(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const v of Object.values(value)) deepest = Math.max(deepest, depthOf(v, limit - 1));
  return deepest + 1;
}

/** The held document for a reader who may see it, its reading audited as any read of a sensitive notification. */
async function heldForReader(ctx: Ctx, row: repo.Row, keys: KeyList, summary: ClearanceQr): Promise<ClearanceDocument | null> {
  const held = await heldDocument(row, keys, summary);
  if (held && isSensitive(row.handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'notification.read', subjectType: 'notification', subjectId: row.id, reference: row.reference, handling: row.handling }));
  return held;
}

/** The signed document this node holds for a QR code: only when it verifies and the QR code carries its hashes. */
async function heldDocument(row: repo.Row, keys: KeyList, summary: ClearanceQr): Promise<ClearanceDocument | null> {
  if (!row.clearanceJws) return null;
  const held = await checkClearance(row.clearanceJws, keys);
  return held.valid && held.document && qrMatches(summary, held.document) ? held.document : null;
}
