// The public surface's only queries. They read `readout_releases` and nothing else: a row there is a readout as it
// was released (written only by the release use case, deleted on withdrawal), so a draft, a cleared but unreleased
// version, a later edit or a withdrawn readout cannot reach a public page through this file. Nothing here takes a
// caller: what is in the table is public by construction. A test (public.routes.test.ts) hides every other table of
// the module while it crawls the public pages.
import { count, desc, eq, max } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { readoutReleases, type ReleasedText } from './tables.js';

export type PublicRelease = {
  slug: string;
  version: number;
  meetingTitle: string;
  meetingStartsAt: Date;
  meetingTimeZone: string;
  place: string;
  party: string;
  kind: string;
  texts: ReleasedText[];
  releasedAt: Date;
  updatedAt: Date;
};

/** What every cached page depends on: how many releases there are and when the newest change was made. */
export type ReleaseStamp = { count: number; newest: Date | null };

const columns = {
  slug: readoutReleases.slug,
  version: readoutReleases.version,
  meetingTitle: readoutReleases.meetingTitle,
  meetingStartsAt: readoutReleases.meetingStartsAt,
  meetingTimeZone: readoutReleases.meetingTimeZone,
  place: readoutReleases.place,
  party: readoutReleases.party,
  kind: readoutReleases.kind,
  texts: readoutReleases.texts,
  releasedAt: readoutReleases.releasedAt,
  updatedAt: readoutReleases.updatedAt,
};

/** One aggregate over the table: a release, a re-release or a withdrawal changes it (a withdrawal by the count). */
export async function releaseStamp(db: Db): Promise<ReleaseStamp> {
  const [row] = await db.select({ count: count(), newest: max(readoutReleases.updatedAt) }).from(readoutReleases);
  return { count: Number(row?.count ?? 0), newest: row?.newest ? new Date(row.newest) : null };
}

const ignore = (): void => undefined;

/**
 * `releaseStamp` for many readers at once: each caller gets a read that started after it called (a release committed
 * before its request is always seen), shared with every caller that came while the read before it ran, so at most
 * one read is in flight however many requests are.
 */
export function stampReader(db: Db): () => Promise<ReleaseStamp> {
  let running: Promise<ReleaseStamp> | null = null;
  let next: Promise<ReleaseStamp> | null = null;
  const start = (): Promise<ReleaseStamp> => {
    const read = releaseStamp(db);
    running = read;
    const done = () => {
      if (running === read) running = null;
    };
    read.then(done, done);
    return read;
  };
  return () => {
    if (!running) return start();
    next ??= running.then(ignore, ignore).then(() => {
      next = null;
      return start();
    });
    return next;
  };
}

/** A page of releases, newest release first (ties by readout id, so pages never overlap). */
export async function listReleases(db: Db, page: number, pageSize: number): Promise<PublicRelease[]> {
  return db
    .select(columns)
    .from(readoutReleases)
    .orderBy(desc(readoutReleases.releasedAt), desc(readoutReleases.readoutId))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

export async function findRelease(db: Db, slug: string): Promise<PublicRelease | null> {
  const [row] = await db.select(columns).from(readoutReleases).where(eq(readoutReleases.slug, slug)).limit(1);
  return row ?? null;
}
