// The free text of an incident, for translation (platform/translation): its title and narrative in the incident's
// declared language, and each follow-up's note in its own. AMBER+STRICT and RED text never goes to a machine
// translation service. Read as `getIncident` reads: the same NotFound, and a person's read of a sensitive one audited.
import type { Ctx } from '../../platform/context.js';
import { auditRead, isMachineRestricted, mayRead } from '../../platform/handling/index.js';
import type { OriginalText, TextSource, TextSources } from '../../platform/translation/index.js';
import { withTx } from '../../platform/tx.js';
import { readable } from './queries.js';
import * as repo from './repo.js';

const langOf = (l: string): 'en' | 'zh' => (l === 'zh' ? 'zh' : 'en');

async function read(ctx: Ctx, id: string): Promise<{ fields: Record<string, OriginalText>; isMachineRestricted: boolean }> {
  const row = await readable(ctx, id);
  await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'incident.read', subjectType: 'incident', subjectId: id, reference: row.reference, handling: row.handling, for: 'translation' }));
  const fields: Record<string, OriginalText> = { title: { text: row.title, lang: langOf(row.language) } };
  if (row.narrative.trim() !== '') fields.narrative = { text: row.narrative, lang: langOf(row.language) };
  let restricted = isMachineRestricted(row.handling);
  for (const f of await repo.followUpsOf(ctx.db, id)) {
    if (!mayRead(ctx.actor, f.handling)) continue;
    fields[followUpNoteField(f.id)] = { text: f.note, lang: langOf(f.language) };
    restricted ||= isMachineRestricted(f.handling);
  }
  return { fields, isMachineRestricted: restricted };
}

/** The kind incident texts are translated under; a follow-up's note is its field `followUps.<id>.note`. */
export const INCIDENT_TEXTS = 'incident';
export const followUpNoteField = (followUpId: string): string => `followUps.${followUpId}.note`;

export const incidentTexts: TextSources = { [INCIDENT_TEXTS]: { read } satisfies TextSource };
