// Wire shapes of translations: a record's translatable fields with their originals, translations (who, when, of
// which version, stale or not) and machine translation jobs in flight; a person's translation; a machine request.
import { z } from 'zod';
import { zId, zText } from '../validation.js';
import { FIELD_MAX_CHARS, FIELD_PATTERN, TEXT_LANGS, TRANSLATION_MAX_CHARS } from './texts.js';
import { MACHINE_ERRORS } from './machine.js';

const Lang = z.enum(TEXT_LANGS);
const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be the sha256 (64 hex digits) of the original, as GET gives it');
const Field = z.string().max(FIELD_MAX_CHARS).regex(FIELD_PATTERN, 'must be a field path such as intendedUse or events.<id>.note');
// Any short language tag is accepted here so that one this node does not translate is a 422 naming it, not a 400.
const TargetLang = z.string().trim().min(1).max(35).describe('en or zh');

export const RecordParams = z.strictObject({
  kind: z.string().regex(/^[a-z][a-z-]{0,39}$/, 'must be a record kind such as notification or contact'),
  id: zId,
});

const By = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), userId: z.string().nullable(), name: z.string() }),
  z.object({ kind: z.literal('machine'), service: z.string().describe('the machine translation service, named as such') }),
]);

export const TranslationView = z.object({
  targetLang: Lang,
  text: z.string(),
  sourceHash: z.string().describe('the hash of the original this translates'),
  isStale: z.boolean().describe('the original changed since: this translates an earlier version'),
  isPreferred: z.boolean().describe('the one readers of this language see first: a person\'s, else the machine\'s'),
  by: By,
  at: z.date(),
});

export const MachineState = z.object({
  targetLang: Lang,
  state: z.enum(['pending', 'retrying', 'failed']),
  reasonCode: z.enum(MACHINE_ERRORS).nullable().describe("why the last attempt failed; the UI names it in the reader's language (the details, with the service's address, stay in the node's log)"),
  attempts: z.number().int(),
  requestedAt: z.date(),
  nextAttemptAt: z.date().nullable(),
});
export type MachineState = z.infer<typeof MachineState>;

export const FieldView = z.object({
  field: z.string(),
  original: z.object({ text: z.string(), lang: Lang, hash: z.string() }),
  translations: z.array(TranslationView),
  machine: z.array(MachineState).describe('machine translations requested and not (yet) made'),
});

export const RecordTranslations = z.object({
  kind: z.string(),
  recordId: z.string(),
  machineAvailable: z.boolean().describe("a machine translation service is configured on this node, and the record's handling lets its text go to it"),
  canTranslate: z.boolean().describe('the caller may add or correct translations of this record'),
  fields: z.array(FieldView),
});
export type RecordTranslations = z.infer<typeof RecordTranslations>;

export const PutTranslation = z.strictObject({
  field: Field,
  targetLang: TargetLang,
  text: zText(TRANSLATION_MAX_CHARS).pipe(z.string().min(1, 'must not be empty')),
  sourceHash: Hash.describe('the hash of the original the translation was made from; 409 translation-stale if it changed since'),
});
export type PutTranslation = z.infer<typeof PutTranslation>;

export const MachineRequest = z.strictObject({
  fields: z.array(Field).min(1).max(100).optional().describe('the fields to translate; all of them when left out'),
  targetLang: TargetLang,
});
export type MachineRequest = z.infer<typeof MachineRequest>;

export const MachineQueued = z.object({
  queued: z.array(z.string()).describe('fields sent to the service (as jobs)'),
  skipped: z.array(z.object({ field: z.string(), reason: z.enum(['same-language', 'current', 'pending']) })),
});
