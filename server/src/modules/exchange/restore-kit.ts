// What every kind's `restore` hook shares (the exchange's recovery hands each its own envelopes back from a peer):
// the outcomes it reports, and reading an envelope an older version of the node wrote.
import { z } from 'zod';
import type { RestoreOutcome } from './handlers.js';

export const skipped = (detail: string, reference?: string): RestoreOutcome => ({ status: 'skipped', detail, ...(reference ? { reference } : {}) });

/** The record here is newer than the envelope: nothing is restored. */
export const kept = (reference: string | undefined, here: number, sent: number): RestoreOutcome => ({
  status: 'kept',
  detail: `version ${here} here is newer than version ${sent} the peer holds`,
  ...(reference ? { reference } : {}),
});

/**
 * Fills what an envelope of an older version may lack (the handler must not fail on it): a missing field that may
 * be null is read as null, a missing list as empty, in nested objects and lists too. Present fields are left for
 * the schema to judge.
 */
export function withDefaults(schema: z.ZodType, value: unknown): unknown {
  if (schema instanceof z.ZodNullable) return value === null ? null : withDefaults(schema.unwrap() as z.ZodType, value);
  if (schema instanceof z.ZodArray) return Array.isArray(value) ? value.map((v) => withDefaults(schema.element as z.ZodType, v)) : value;
  if (!(schema instanceof z.ZodObject) || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (out[key] !== undefined) out[key] = withDefaults(field, out[key]);
    else if (field.safeParse(null).success) out[key] = null;
    else if (field instanceof z.ZodArray) out[key] = [];
  }
  return out;
}

/** The envelope's data as `schema` reads it, or why it does not read. */
export function readWire<T>(schema: z.ZodType<T>, data: unknown): T | string {
  const r = schema.safeParse(withDefaults(schema, data));
  return r.success ? r.data : r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);
}
