// What people call an audit row's subject and actor. The platform knows no module, so each module describes its own
// subject types (a `SubjectDescriber`, exported from its index.ts) and app.ts hands them to the audit routes. A page
// of rows costs one query per subject type on it, never one per row.
import type { Locale } from '../context.js';
import type { Db } from '../db.js';
import type { AuditSubjectType } from './vocabulary.js';

export type SubjectRef = { label: string; path: string | null };
/** The subjects among `ids` that still exist, by id; `lang` picks the name of things named in both languages. */
export type SubjectDescriber = (db: Db, ids: readonly string[], lang: Locale) => Promise<Map<string, SubjectRef>>;
export type SubjectDescribers = Partial<Record<AuditSubjectType, SubjectDescriber>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The ids a uuid column can be asked about (a failed sign-in's subject is the name that was typed). */
export const uuidsOnly = (ids: readonly string[]): string[] => ids.filter((id) => UUID.test(id));

/**
 * Who acted, as a kind the reader's language names: a user (by display name), an API token, this node itself
 * (seeding, CLI, jobs), this node's exchange service (refusals), or a peer node whose envelopes were applied.
 */
export type ActorKind = 'user' | 'token' | 'node' | 'exchange' | 'peer' | 'unknown' | 'other';
export type ActorRef = { actorKind: ActorKind; actorName: string };

type ActorFields = { actorId: string | null; actorLabel: string };

export function actorOf(row: ActorFields, userNames: Map<string, SubjectRef>): ActorRef {
  const label = row.actorLabel;
  if (row.actorId === null && label === 'system') return { actorKind: 'node', actorName: '' };
  if (row.actorId === null && label === 'exchange') return { actorKind: 'exchange', actorName: '' };
  if (row.actorId === null && label.startsWith('exchange:')) return { actorKind: 'peer', actorName: label.slice('exchange:'.length) };
  // A sign-in under a name no account has: recorded by a digest of the name, never the name itself.
  if (row.actorId === null && label.startsWith('unknown-user:')) return { actorKind: 'unknown', actorName: label.slice('unknown-user:'.length) };
  if (label.startsWith('token:')) return { actorKind: 'token', actorName: label.slice('token:'.length) };
  const user = row.actorId ? userNames.get(row.actorId) : undefined;
  if (user) return { actorKind: 'user', actorName: user.label };
  return { actorKind: row.actorId ? 'user' : 'other', actorName: label };
}

const ACTOR_TEXT: Record<Locale, Record<Exclude<ActorKind, 'user' | 'other'>, (name: string) => string>> = {
  en: { node: () => 'this node', exchange: () => "this node's exchange service", peer: (p) => `the ${p} node`, token: (n) => `API token “${n}”`, unknown: (d) => `an unknown user name (digest ${d})` },
  'zh-CN': { node: () => '本节点', exchange: () => '本节点交换服务', peer: (p) => `${p} 节点`, token: (n) => `API 令牌“${n}”`, unknown: (d) => `未知用户名（摘要 ${d}）` },
};

/** The actor as one line of text (the CSV export; the web app builds the same from its catalogs). */
export function actorText(a: ActorRef, lang: Locale): string {
  return a.actorKind === 'user' || a.actorKind === 'other' ? a.actorName : ACTOR_TEXT[lang][a.actorKind](a.actorName);
}

type Row = ActorFields & { subjectType: string; subjectId: string };
export type Described<R> = R & ActorRef & { subjectLabel: string | null; subjectPath: string | null };

/** Adds subject labels and links and actor names to a page of rows: one describer call per subject type. */
export async function describeRows<R extends Row>(db: Db, rows: readonly R[], describers: SubjectDescribers, lang: Locale): Promise<Described<R>[]> {
  const wanted = new Map<string, Set<string>>();
  const want = (type: string, id: string) => (wanted.get(type) ?? wanted.set(type, new Set()).get(type))?.add(id);
  for (const r of rows) {
    want(r.subjectType, r.subjectId);
    if (r.actorId && !r.actorLabel.startsWith('token:')) want('user', r.actorId);
  }
  const found = new Map<string, Map<string, SubjectRef>>();
  for (const [type, ids] of wanted) {
    const describe = describers[type as AuditSubjectType];
    if (describe) found.set(type, await describe(db, [...ids], lang));
  }
  const users = found.get('user') ?? new Map<string, SubjectRef>();
  return rows.map((r) => {
    const subject = found.get(r.subjectType)?.get(r.subjectId);
    return { ...r, ...actorOf(r, users), subjectLabel: subject?.label ?? null, subjectPath: subject?.path ?? null };
  });
}
