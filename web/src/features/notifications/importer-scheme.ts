// A stricter importer: the exporter sent a PEN Light, but the importing party's own screening finds a line controlled
// under its law, so that party handles the notification as a PEN. Pure reading of what the server sends.
import type { Notification, NotificationSummary } from './types';

/** The exporter's PEN Light is a PEN for the importing party, by that party's own screening. */
export const isMadePenByImporter = (n: Pick<NotificationSummary, 'scheme' | 'importerScheme'>): boolean => n.scheme === 'pen-light' && n.importerScheme === 'pen';

/** The lines the importing party's screening finds controlled, by number. */
export const linesControlledByImporter = (n: Pick<Notification, 'lines'>): string[] =>
  n.lines.filter((l) => l.receiverVerdict === 'controlled' || l.receiverVerdict === 'controlled-by-rule').map((l) => String(l.position));

/** The note of a `made-pen-here` step, `lines 1, 3 controlled in CN`, read back: the lines and the party; null if it reads otherwise. */
export function readMadePenNote(note: string): { lines: string[]; party: string } | null {
  const m = /^lines? (\d+(?:, \d+)*) controlled in ([A-Z]{2})$/.exec(note);
  return m?.[1] && m[2] ? { lines: m[1].split(', '), party: m[2] } : null;
}
