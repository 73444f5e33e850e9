// UUIDv7 ids: time-ordered, so indexes stay compact and ids sort by creation (DESIGN §4).
import { createHash, randomBytes } from 'node:crypto';
import { v7 } from 'uuid';

export const newId = (): string => v7();

/** A random secret in base64url, with a readable prefix so a leaked one can be recognised (`cps_`, `cpt_`). */
export function newSecret(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

export function sha256Hex(input: string | Buffer): string {
  return createHash('sha256').update(input).digest('hex');
}
