// A stricter importer. The scheme a notification travels under is the exporter's (its own screening), but a line the
// exporter's registry finds clear may be controlled under the importing party's law: that party then handles the
// notification as a PEN, not a PEN Light. It is kept in the importer's own column (`importerScheme`), which the
// exporter's next version — rewriting the exporter's fields — leaves alone; both timelines say so (the event
// travels with the importer's response record), and the exporting party's officers hear of it by email once.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { schemeOf } from './line-screening.js';
import { mailParty } from './mail-out.js';
import { isControlledHere } from './policy.js';
import * as repo from './repo.js';

/** The importing party's timeline step: its law made a PEN Light a PEN on its side. */
export const MADE_PEN_HERE = 'made-pen-here';

type LineVerdicts = readonly { position: number; verdict: string | null }[];
type Schemes = { scheme: string; importerScheme: string | null };

/** The importing party's scheme by its own verdicts on the lines; null while it has screened none. */
export function importerSchemeOf(lines: LineVerdicts): 'pen' | 'pen-light' | null {
  const verdicts = lines.flatMap((l) => (l.verdict ? [l.verdict] : []));
  return verdicts.length > 0 ? schemeOf(verdicts) : null;
}

/** The exporter sent a PEN Light that the importing party's law makes a PEN on its side. */
export const isMadePenByImporter = (n: Schemes): boolean => n.scheme === 'pen-light' && n.importerScheme === 'pen';

/** `line 2 controlled in CN`, `lines 1, 3 controlled in CN`: the lines and the party, which the web app words in either language. */
export function madePenNote(lines: LineVerdicts, party: string): string {
  const positions = lines.filter((l) => isControlledHere({ receiverVerdict: l.verdict })).map((l) => l.position);
  return `${positions.length === 1 ? 'line' : 'lines'} ${positions.join(', ')} controlled in ${party}`;
}

/**
 * On the importing node, each time it has screened the lines: its own scheme, and the timeline step when that makes a
 * PEN of the exporter's PEN Light.
 */
export async function recordImporterScheme(tx: Db, ctx: Ctx, n: { id: string; scheme: string }, lines: LineVerdicts): Promise<void> {
  const importerScheme = importerSchemeOf(lines);
  await repo.update(tx, n.id, { importerScheme });
  if (!isMadePenByImporter({ scheme: n.scheme, importerScheme })) return;
  const party = ctx.config.party;
  await repo.addEvent(tx, { id: newId(), notificationId: n.id, party, kind: MADE_PEN_HERE, actorName: party, at: ctx.clock.now(), note: madePenNote(lines, party) });
}

/**
 * On the exporting node, as the importer's response is taken: the first response that makes this party's PEN Light a
 * PEN at the importer mails the officers and supervisors, once for the notification's version (later updates of
 * the response find it already made a PEN, and the key keeps a retried delivery from mailing twice).
 */
export async function tellExporterOfPen(tx: Db, ctx: Ctx, before: repo.Row, after: repo.Row): Promise<void> {
  if (isMadePenByImporter(before) || !isMadePenByImporter(after)) return;
  await mailParty(tx, { config: ctx.config, now: ctx.clock.now() }, after, 'made-pen-by-importer', ['officer', 'supervisor'], `made-pen-by-importer:${after.id}:${after.version}`);
}
