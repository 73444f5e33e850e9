// The records a meeting, a commitment's evidence or a readout links to: incidents, notifications, cases and
// requests, by reference, as this node holds them. Saving checks each link as the actor reads it (platform/links.ts:
// the third-party rule, nothing stricter than the carrier); a readout's clearance looks up every link's true
// handling as the system (a link to a record the clearing supervisor cannot open still counts); a view names the id
// of each linked record the reader may open here, and of no other.
import { systemActor, type Ctx } from '../../platform/context.js';
import type { FieldIssue } from '../../platform/errors.js';
import { linkIssues, type LinkedRecord, type LinkTarget } from '../../platform/links.js';
import { incidentsByReference } from '../incidents/index.js';
import { notificationsByReference } from '../notifications/index.js';
import { casesByReference, requestsByReference } from '../requests/index.js';
import type { MeetingLinks } from './tables.js';

export const LINK_KINDS = ['incidents', 'notifications', 'cases', 'requests'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export const NO_LINKS: MeetingLinks = { incidents: [], notifications: [], cases: [], requests: [] };
const UNKNOWN: Record<LinkKind, string> = { incidents: 'unknown-incident', notifications: 'unknown-notification', cases: 'unknown-case', requests: 'unknown-request' };

type Finder = (reference: string) => (LinkedRecord & { id: string }) | undefined;
/** A linked record as a view shows it: its id only where the reader may open it on this node. */
export type OpenableLink = { kind: LinkKind; reference: string; id: string | null };

/** One lookup per kind, as `ctx.actor` reads: each answers the linked record's reference, party and handling. */
async function findersFor(ctx: Ctx, links: MeetingLinks): Promise<Record<LinkKind, Finder>> {
  const [incident, notification, kase, request] = await Promise.all([
    incidentsByReference(ctx, links.incidents),
    notificationsByReference(ctx, links.notifications),
    casesByReference(ctx, links.cases),
    requestsByReference(ctx, links.requests),
  ]);
  const asLinked = <T extends { id: string; reference: string; handling: string }>(find: (r: string) => T | undefined, partyOf: (t: T) => string): Finder => (r) => {
    const t = find(r);
    return t ? { id: t.id, reference: t.reference, party: partyOf(t), handling: t.handling } : undefined;
  };
  return {
    incidents: asLinked(incident, (t) => t.originParty),
    notifications: asLinked(notification, (t) => t.exportingParty),
    cases: asLinked(kase, (t) => t.originParty),
    requests: asLinked(request, (t) => t.originParty),
  };
}

/**
 * The links as stored (canonical references, each once): every one must be on this node and fit to go to the
 * carrier's recipients under its handling. A link added now must be readable by the actor; one the record already
 * had (`kept`) is looked up as the node, so whoever keeps the record (the secretariat reads no incidents) may change
 * it without dropping the links a supervisor added; why such a link no longer fits is not told to someone who may
 * not read it. Problems come back as field issues under `path`.
 */
export async function checkMeetingLinks(ctx: Ctx, links: MeetingLinks, to: LinkTarget, opts: { path?: string; kept?: MeetingLinks } = {}): Promise<{ links: MeetingLinks; issues: FieldIssue[] }> {
  const { path = 'body/links', kept = NO_LINKS } = opts;
  const [asActor, asNode] = await Promise.all([findersFor(ctx, links), findersFor({ ...ctx, actor: systemActor }, kept)]);
  const issues: FieldIssue[] = [];
  const out = { ...NO_LINKS };
  for (const kind of LINK_KINDS) {
    const had = new Set(kept[kind]);
    const refs = links[kind].map((ref, i) => {
      const readable = asActor[kind](ref);
      const found = readable ?? (had.has(ref) ? asNode[kind](ref) : undefined);
      const at = `${path}/${kind}/${i}`;
      if (!found) {
        issues.push({ path: at, message: `no ${kind.slice(0, -1)} ${ref} on this node that you may link`, code: UNKNOWN[kind], params: { reference: ref } });
        return ref;
      }
      const unfit = linkIssues(ctx.config.party, found, to, at);
      // A kept link the actor may not read: why it no longer fits would tell them its handling or party.
      if (!readable && unfit.length > 0) issues.push({ path: at, message: `${ref} can no longer go with this record as it is: remove the link`, code: 'link-kept-unfit', params: { reference: ref } });
      else issues.push(...unfit);
      return found.reference;
    });
    out[kind] = [...new Set(refs)];
  }
  return { links: out, issues };
}

/** Every linked record with its true handling, as the system reads it; `null` handling: no longer on this node. */
export async function linkedHandlings(ctx: Ctx, links: MeetingLinks): Promise<{ kind: LinkKind; reference: string; handling: string | null }[]> {
  const find = await findersFor({ ...ctx, actor: systemActor }, links);
  return LINK_KINDS.flatMap((kind) => links[kind].map((reference) => ({ kind, reference, handling: find[kind](reference)?.handling ?? null })));
}

/**
 * Every link in stored order, with the id of its record where the reader (`ctx.actor`) may open it on this node. A
 * record gone, withdrawn, of a kind the reader's roles do not read or under a handling they may not see gives `null`
 * and nothing else: its reference is already the carrier's, nothing more of it is told.
 */
export async function openableLinks(ctx: Ctx, links: MeetingLinks): Promise<OpenableLink[]> {
  const find = await findersFor(ctx, links);
  return LINK_KINDS.flatMap((kind) => links[kind].map((reference) => ({ kind, reference, id: find[kind](reference)?.id ?? null })));
}
