// The checks a step passes before anything of it is written: who files it (the requested party's officers answer,
// the requesting agency's officers clarify and close), whether the request takes it now (state.stepRefusal), and its
// fields — a coded reason for a delay and a refusal, a note where one is needed, an answer never less strict than
// its request (handling-looser) nor without its use restrictions (restrictions-dropped), documents only with what
// carries them, entities that can be keyed. All issues are reported at once.
import type { Actor, Ctx } from '../../platform/context.js';
import { Conflict, Forbidden, NotFound, Unauthorized, Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { HANDLINGS, type Handling } from '../../platform/handling/index.js';
import { keyMentions, type KeyedMention } from '../entities/index.js';
import { checkedLinks } from './input-checks.js';
import { isOfficer, mayAnswer, standing } from './policy.js';
import * as repo from './repo.js';
import { requestLists, type FiledStep, type StepInput } from './schemas.js';
import { stepRefusal } from './state.js';
import type { Links } from './tables.js';
import { otherParty } from './wire.js';

export type Side = 'requester' | 'receiver';
/** What an answer carries; only these may hold documents. */
export const ANSWERS: readonly FiledStep[] = ['partial-answer', 'answer'];
const WITH_DOCUMENTS: readonly FiledStep[] = ['partial-answer', 'answer', 'clarification'];
const NOTE_NEEDED: readonly FiledStep[] = ['clarification-requested', 'clarification'];
const REASONS: Partial<Record<FiledStep, readonly string[]>> = {
  delay: requestLists.delayReasons.map((e) => e.code),
  refusal: requestLists.refusalReasons.map((e) => e.code),
};

const rank = (h: string): number => HANDLINGS.indexOf(h as Handling);
/** Is `h` at least as strict as `of`? */
export const notLooser = (h: string, of: string): boolean => rank(h) >= rank(of);

/** A person of this party who files steps at all: an officer or a supervisor (the node itself too). */
export function requireWorker(actor: Actor, self: string): void {
  if (actor.kind === 'anonymous') throw new Unauthorized();
  if (!isOfficer(actor) || (actor.kind !== 'system' && actor.partyCode !== self)) throw new Forbidden("only this party's officers and supervisors file steps on requests");
}

/** The side this actor takes on this request, or a 403 saying why neither. */
export function sideOf(actor: Actor, row: repo.Row, self: string): { side: Side; administrator: boolean } {
  const who = standing(actor, row, self);
  if (who) return { side: 'requester', administrator: who === 'administrator' };
  if (mayAnswer(actor, row, self)) return { side: 'receiver', administrator: false };
  if (row.originParty === self) throw new Forbidden(`only officers and supervisors of ${row.agency.acronym} act on ${row.reference}`, 'not-requesting-agency');
  throw new Forbidden(`${row.reference} is neither asked by nor of ${self}`, 'wrong-party');
}

/** A request the step may go on now: else 403 (wrong side), 422 (the delay's date) or 409 (its state). */
export function refuseNow(row: repo.Row, kind: FiledStep, side: Side, now: Date, expectedAt: Date | null): void {
  const refusal = stepRefusal(repo.stateOf(row), kind, side, row.type, now, expectedAt);
  if (!refusal) return;
  if (refusal.code === 'wrong-party') throw new Forbidden(refusal.detail, 'wrong-party');
  if (refusal.code === 'expected-in-past') throw new Unprocessable(refusal.detail, [{ path: 'body/expectedAt', message: refusal.detail, code: refusal.code }], refusal.code);
  throw new Conflict(`${row.reference}: ${refusal.detail}`, refusal.code);
}

function reasonIssues(input: StepInput): FieldIssue[] {
  const codes = REASONS[input.kind];
  if (!codes) return [];
  if (!input.reason) return [{ path: 'body/reason', message: `a ${input.kind} names its reason, one of ${codes.join(', ')}`, code: 'reason-required' }];
  if (!codes.includes(input.reason)) return [{ path: 'body/reason', message: `a ${input.kind}'s reason is one of ${codes.join(', ')}`, code: 'unknown-reason', params: { reason: input.reason } }];
  if (input.reason === 'other' && !input.note) return [{ path: 'body/note', message: 'say what the other reason is', code: 'note-required' }];
  return [];
}

/** What answers a request keeps every one of its use restrictions (it may add more). */
export const keepsRestrictions = (step: readonly string[], request: readonly string[]): boolean => request.every((u) => step.includes(u));

function looserIssues(input: StepInput, request: Pick<repo.Row, 'handling' | 'useRestrictions'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.handling && !notLooser(input.handling, request.handling)) {
    issues.push({ path: 'body/handling', message: `the request is ${request.handling}: what answers it is as strict or stricter`, code: 'handling-looser', params: { handling: request.handling } });
  }
  if (ANSWERS.includes(input.kind) && !keepsRestrictions(input.useRestrictions, request.useRestrictions)) {
    const missing = request.useRestrictions.filter((u) => !(input.useRestrictions as readonly string[]).includes(u));
    issues.push({ path: 'body/useRestrictions', message: `the request is restricted (${request.useRestrictions.join(', ')}): an answer keeps its restrictions`, code: 'restrictions-dropped', params: { missing: missing.join(', ') } });
  }
  return issues;
}

function fieldIssues(input: StepInput, request: Pick<repo.Row, 'handling' | 'useRestrictions'>): FieldIssue[] {
  const issues = reasonIssues(input);
  if (input.kind !== 'delay' && input.expectedAt) issues.push({ path: 'body/expectedAt', message: 'only a delay notice names a new expected date', code: 'expected-not-taken' });
  if (NOTE_NEEDED.includes(input.kind) && !input.note) issues.push({ path: 'body/note', message: `a ${input.kind} says what it is about`, code: 'note-required' });
  if (ANSWERS.includes(input.kind) && !input.note && input.documents.length === 0) issues.push({ path: 'body/note', message: 'an answer says or attaches what it answers', code: 'answer-empty' });
  if (!WITH_DOCUMENTS.includes(input.kind) && input.documents.length > 0) issues.push({ path: 'body/documents', message: 'documents go with an answer or a clarification', code: 'documents-not-taken' });
  return [...issues, ...looserIssues(input, request)];
}

/** The step's fields checked against its request, its links as requests' links are; its entities keyed. One 422 names every issue. */
export async function checkFields(ctx: Ctx, input: StepInput, row: repo.Row): Promise<{ keyed: KeyedMention[]; links: Links }> {
  const { keyed, issues } = keyMentions(input.entities);
  const linked = await checkedLinks(ctx, input.links, { recipients: [otherParty(row, ctx.config.party)], handling: input.handling ?? row.handling });
  const all = [...fieldIssues(input, row), ...linked.issues, ...issues];
  if (all.length > 0) throw new Unprocessable(`the ${input.kind} cannot be filed as it is`, all, problemType(all));
  return { keyed, links: linked.links };
}

/** The problem's type: what the step is laxer in than its request (its label before its restrictions), else a plain 422. */
const problemType = (issues: readonly FieldIssue[]): string => (['handling-looser', 'restrictions-dropped'] as const).find((code) => issues.some((i) => i.code === code)) ?? 'unprocessable';

export async function requestOf(ctx: Pick<Ctx, 'db'>, id: string): Promise<repo.Row> {
  const row = await repo.get(ctx.db, id);
  if (!row) throw new NotFound(`no request ${id}`);
  return row;
}
