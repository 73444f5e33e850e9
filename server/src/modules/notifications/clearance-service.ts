// Clearances for people outside the system: the printable PDF, and the check anyone can run without signing in
// (the verification page) against every key this node knows — its own and its peers'.
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { BadRequest } from '../../platform/errors.js';
import { instantText } from '../../platform/time-text.js';
import { partyTable } from '../directory/index.js';
import { keysOfParty } from '../exchange/index.js';
import { storedResult } from '../substances/index.js';
import { checkClearance, ClearanceDocument, ClearanceQr } from './clearance.js';
import { renderClearancePdf } from './clearance-pdf.js';
import { bilingualPhrase } from './phrases.js';
import { timeZonesOf } from './deadlines.js';
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
    lines: d.lines.map((l) => ({ ...l, identified: identified.get(l.position) ?? [] })),
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
  document: ClearanceDocument.optional().describe('the clearance document, to check that a QR code belongs to it'),
});

export const VerifyResult = z.object({
  valid: z.boolean(),
  problem: z.string().nullable(),
  kind: z.enum(['document', 'qr']).nullable(),
  issuer: z.object({ party: z.string().nullable(), kid: z.string().nullable(), fingerprint: z.string().nullable() }),
  document: ClearanceDocument.nullable(),
  summary: ClearanceQr.nullable(),
  current: z.object({ reference: z.string(), status: z.enum(STATUSES), decision: z.string().nullable() }).nullable().describe("this node's current record of the notification, when it holds it"),
  parties: z.array(z.object({ code: z.string(), nameEn: z.string(), nameZh: z.string() })).describe('the parties this node knows, so that the page names them as every other page does'),
});

export async function verifyClearance(ctx: Ctx, input: z.infer<typeof VerifyInput>): Promise<z.infer<typeof VerifyResult>> {
  if (input.text.split('.').length !== 3) throw new BadRequest('this is not a signed clearance: expected three dot-separated parts', [{ path: 'body/text', message: 'not a compact JWS' }], 'not-a-clearance');
  const named = await ctx.db.select({ code: partyTable.code, nameEn: partyTable.nameEn, nameZh: partyTable.nameZh }).from(partyTable);
  const parties = named.map((p) => p.code);
  const keys = (await Promise.all(parties.map(async (party) => (await keysOfParty(ctx.db, party, ctx.config.party)).map((k) => ({ ...k, party }))))).flat();
  const check = await checkClearance(input.text, keys, input.document);
  const reference = check.document?.reference ?? check.summary?.ref;
  const row = check.valid && reference ? await repo.getByReference(ctx.db, reference) : undefined;
  return { ...check, current: row ? { reference: row.reference, status: row.status as (typeof STATUSES)[number], decision: row.decision } : null, parties: named };
}
