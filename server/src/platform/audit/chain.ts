// The hash of one audit row: sha256 over the previous row's hash and this row's canonical fields.
import { canonicalJson } from '../canonical-json.js';
import { sha256Hex } from '../ids.js';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string;
  requestId: string | null;
  digest: string;
};

export const digestOf = (change: unknown): string => sha256Hex(canonicalJson(change));

/** Only the named fields are hashed (the row read back also carries its own hash and change). */
export function rowHash(prevHash: string, f: ChainedFields): string {
  const fields = {
    seq: f.seq,
    at: f.at.toISOString(),
    actorId: f.actorId,
    actorLabel: f.actorLabel,
    action: f.action,
    subjectType: f.subjectType,
    subjectId: f.subjectId,
    requestId: f.requestId,
    digest: f.digest,
  };
  return sha256Hex(`${prevHash}\n${canonicalJson(fields)}`);
}
