// Why a record of an imported file was refused, as a stable code (and the numbers its message needs) that a client
// says in its reader's language; `message` stays the English text for API users. The codes are those request
// validation sends (../http/issue-codes.ts) and those the modules' own checks give their issues; a refusal of a whole
// record (record-too-large) carries its problem type instead, which clients say as any problem. Invariant: every
// code an import can report is listed here, and the web catalogs say each (web/src/app/import-problems.test.ts).
import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';
import { zodIssueCode } from '../http/issue-codes.js';

export const IMPORT_PROBLEM_CODES = [
  // A value the record's schema refuses (zod's issue codes, refined by what the rule was about).
  'required',
  'empty',
  'too_small.string',
  'too_big.string',
  'too_small.number',
  'too_big.number',
  'too_small.array',
  'too_big.array',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'invalid_union',
  'unrecognized_keys',
  'custom',
  // Rules of the schemas' own (`params.code` of a refine).
  'single-line',
  'control-characters',
  'positive-decimal',
  'currency',
  // The checks a record typed in its form meets too.
  'own-party',
  'unknown-party',
  'transit-party',
  'date-in-past',
  'date-in-future',
  'unknown-agency',
  'foreign-agency',
  'not-reporting-agency',
  'not-exporting-agency',
  'unknown-notification',
  'notification-not-stopped',
  'unknown-species',
  'unknown-trade-term',
  // The entity normaliser's reasons, as `entity-<reason>`.
  'entity-empty',
  'entity-too-long',
  'entity-country-invalid',
  'entity-phone-needs-country',
  'entity-phone-invalid',
  'entity-email-invalid',
  'entity-website-invalid',
  'entity-uscc-invalid',
  'entity-address-needs-country',
  'entity-iban-invalid',
  'entity-account-invalid',
  'entity-payment-invalid',
  'entity-crypto-invalid',
  'entity-crypto-checksum',
  'entity-imo-invalid',
  'entity-container-invalid',
  'entity-tracking-invalid',
  'entity-licence-needs-country',
  // A STIX incident object reported by another party.
  'foreign-reporter',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** One issue of a record, before it is located in the file: where in the record, what, and its code. */
export type RecordIssue = { path: string; message: string; code: string; params?: Record<string, string | number> };

/** A record's schema issues (`safeParse`), each with its code; the path joined with `/` as request paths are. */
export const schemaIssues = (error: z.ZodError): RecordIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('/'), message: issue.message, ...withCode(zodIssueCode(issue), 'custom') }));

/** A rule's issue with its code; one without a code gets `fallback` (the refusal's type), said in English. */
export function withCode(issue: Pick<FieldIssue, 'code' | 'params'>, fallback: string): Pick<RecordIssue, 'code' | 'params'> {
  return { code: issue.code ?? fallback, ...(issue.params ? { params: issue.params } : {}) };
}
