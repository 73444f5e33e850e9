// What a record may carry a reference to, one rule for every module that links records (a case, a request, a
// meeting, a commitment's evidence, a readout): never another party's record unless that party receives the record
// that carries the link (the third-party rule), and never a record marked stricter than the carrier. Modules find the
// linked records themselves (platform imports no module) and hand each one here as `LinkedRecord`.
import type { FieldIssue } from './errors.js';
import { stricter, type Handling } from './handling/index.js';

/** Who will receive the record that carries the links, and its handling: what a link may be to. */
export type LinkTarget = { recipients: readonly string[]; handling: string };
/** A linked record as its module found it on this node. */
export type LinkedRecord = { reference: string; party: string; handling: string };

const stricterThan = (a: string, b: string): boolean => a !== b && stricter(a as Handling, b as Handling) === a;

/** The problems of carrying `found`'s reference in a record of party `self` going to `to`, at field `path`. */
export function linkIssues(self: string, found: LinkedRecord, to: LinkTarget, path: string): FieldIssue[] {
  const { reference, party, handling } = found;
  const issues: FieldIssue[] = [];
  if (party !== self && !to.recipients.includes(party)) {
    issues.push({ path, message: `${reference} is ${party}'s record: only ${party} itself may be sent its reference`, code: 'link-third-party', params: { reference, party } });
  }
  if (stricterThan(handling, to.handling)) issues.push({ path, message: `${reference} is ${handling}, stricter than ${to.handling}`, code: 'link-stricter', params: { reference, handling } });
  return issues;
}
