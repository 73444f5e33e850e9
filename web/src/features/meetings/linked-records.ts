// The records a meeting links, from their references to their pages. The meeting names them by reference (as the
// exchange carries them); the pages go by id. Each is looked up as the reader reads it — an incident, a case or a
// request by its reference (the lists match a reference exactly), notifications from the latest page of all of
// them — and one the reader cannot open, or no longer on this node, stays a plain reference.
import { api, call } from '../../app/api/client';
import { useApiQuery } from '../../app/use-api-query';
import type { LinkKind } from './meeting-draft';
import type { Meeting } from './types';

type MeetingLinks = Meeting['links'];

export type LinkedRecord = { kind: LinkKind; reference: string; path: string | null };

/** The first item the list gives with exactly this reference. */
const exact = <T extends { id: string; reference: string }>(items: readonly T[], reference: string): string | null => items.find((i) => i.reference === reference)?.id ?? null;

async function incidentId(reference: string): Promise<string | null> {
  return exact((await call(api.GET('/api/v1/incidents', { params: { query: { q: reference, pageSize: 5 } } }))).items, reference);
}

async function caseId(reference: string): Promise<string | null> {
  return exact((await call(api.GET('/api/v1/cases', { params: { query: { q: reference, pageSize: 5 } } }))).items, reference);
}

/** A request is in the outbox of the party that asked it and the inbox of the other: both are asked. */
async function requestId(reference: string): Promise<string | null> {
  const boxes = await Promise.all((['outbox', 'inbox'] as const).map((box) => call(api.GET('/api/v1/requests', { params: { query: { box, q: reference, pageSize: 5 } } }))));
  return exact(boxes.flatMap((b) => b.items), reference);
}

async function notificationIds(wanted: readonly string[]): Promise<Map<string, string>> {
  if (wanted.length === 0) return new Map();
  const page = await call(api.GET('/api/v1/notifications', { params: { query: { box: 'all', pageSize: 200 } } }));
  return new Map(page.items.filter((n) => wanted.includes(n.reference)).map((n) => [n.reference, n.id]));
}

const quietly = (lookup: Promise<string | null>): Promise<string | null> => lookup.catch(() => null);

async function resolve(links: MeetingLinks): Promise<LinkedRecord[]> {
  const notifications = await notificationIds(links.notifications).catch(() => new Map<string, string>());
  const one = async (kind: LinkKind, reference: string): Promise<LinkedRecord> => {
    const id = kind === 'notifications' ? (notifications.get(reference) ?? null) : await quietly(kind === 'incidents' ? incidentId(reference) : kind === 'cases' ? caseId(reference) : requestId(reference));
    return { kind, reference, path: id ? `/${kind}/${id}` : null };
  };
  const kinds = ['incidents', 'notifications', 'cases', 'requests'] as const;
  return Promise.all(kinds.flatMap((kind) => links[kind].map((reference) => one(kind, reference))));
}

/** Every linked record with its page once found (null until then, and for one the reader cannot open). */
export function useLinkedRecords(links: MeetingLinks): LinkedRecord[] {
  const key = JSON.stringify(links);
  const query = useApiQuery(() => resolve(links), [key]);
  const kinds = ['incidents', 'notifications', 'cases', 'requests'] as const;
  return query.data ?? kinds.flatMap((kind) => links[kind].map((reference) => ({ kind, reference, path: null })));
}
