// Wire shapes of the audit routes.
import { z } from 'zod';
import { zId, zLocale, zPage } from '../validation.js';

const filterFields = {
  action: z.string().trim().max(100).optional(),
  subjectType: z.string().trim().max(50).optional(),
  subjectId: z.string().trim().max(100).optional(),
  actorId: zId.optional(),
  actorLabel: z.string().trim().max(200).optional().describe("an actor without a user id: 'system', 'exchange', 'exchange:<party>' or 'unknown-user:<digest>' (a sign-in under a name no account has)"),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};
const lang = zLocale.optional().describe("names of subjects named in both languages; the caller's own language when absent");

export const AuditQuery = z.strictObject({ ...filterFields, lang, ...zPage });
export const AuditExportQuery = z.strictObject({ ...filterFields, lang });

const ActorKind = z.enum(['user', 'token', 'node', 'exchange', 'peer', 'unknown', 'other']).describe('node: this node itself; exchange: its exchange service; peer: a peer node (actorName is its party); unknown: a sign-in under a name no account has (actorName is a digest of the name)');

export const AuditRow = z.object({
  seq: z.number(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  actorKind: ActorKind,
  actorName: z.string().describe("a user's display name, a token's name, a peer's party code or, for an unknown user name, its digest"),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  subjectLabel: z.string().nullable().describe('what people call the subject (a reference, a name); null when unknown'),
  subjectPath: z.string().nullable().describe("the web app's page for the subject, if it has one"),
  requestId: z.string().nullable(),
  change: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

export const AuditPage = z.object({ items: z.array(AuditRow), total: z.number(), page: z.number(), pageSize: z.number() });

export const AuditVocabulary = z.object({
  actions: z.array(z.string()).describe('action codes that occur in the log'),
  subjectTypes: z.array(z.string()).describe('subject types that occur in the log'),
  actors: z.array(z.object({ actorId: z.string().nullable(), actorLabel: z.string().nullable(), actorKind: ActorKind, actorName: z.string() })),
});

export const ChainReport = z.union([
  z.object({ ok: z.literal(true), checked: z.number(), headHash: z.string() }),
  z.object({ ok: z.literal(false), checked: z.number(), brokenAt: z.number(), reason: z.string() }),
]);
