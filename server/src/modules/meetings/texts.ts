// The free text of meetings and commitments, for translation (platform/translation): a meeting's title and agenda
// item titles in the meeting's language, and every party's notes per agenda item and decisions in that part's own
// language; a commitment's text in its own. AMBER+STRICT and RED text never goes to a machine translation service.
// Read as the detail reads: the same NotFound, and a person's read of a sensitive meeting audited.
import { eq } from 'drizzle-orm';
import { hasRole, type Ctx } from '../../platform/context.js';
import { NotFound } from '../../platform/errors.js';
import { auditRead, isMachineRestricted, isSensitive, mayRead } from '../../platform/handling/index.js';
import type { OriginalText, TextSource, TextSources } from '../../platform/translation/index.js';
import { withTx } from '../../platform/tx.js';
import { requireReader } from './kit.js';
import { MEETING_READ, readableMeeting } from './meeting-queries.js';
import { commitments, meetingParts } from './tables.js';

type Read = { fields: Record<string, OriginalText>; isMachineRestricted: boolean };

const langOf = (l: string | null): 'en' | 'zh' => (l === 'zh' ? 'zh' : 'en');

/** The kinds meeting and commitment texts are translated under, and the field names of a meeting's parts. */
export const MEETING_TEXTS = 'meeting';
export const COMMITMENT_TEXTS = 'commitment';
export const agendaTitleField = (itemId: string): string => `agenda.${itemId}.title`;
export const noteField = (party: string, itemId: string): string => `parts.${party}.notes.${itemId}`;
export const decisionField = (party: string, id: string): string => `parts.${party}.decisions.${id}`;

async function readMeeting(ctx: Ctx, id: string): Promise<Read> {
  const m = await readableMeeting(ctx, id);
  await withTx(ctx, (tx) => auditRead(tx, ctx, { action: MEETING_READ, subjectType: 'meeting', subjectId: id, reference: m.reference, handling: m.handling, for: 'translation' }));
  const lang = langOf(m.language);
  const fields: Record<string, OriginalText> = { title: { text: m.title, lang } };
  for (const a of m.agenda) if (a.title.trim() !== '') fields[agendaTitleField(a.id)] = { text: a.title, lang };
  const parts = await ctx.db.select().from(meetingParts).where(eq(meetingParts.meetingId, id));
  for (const p of parts) {
    const own = langOf(p.language);
    for (const n of p.notes) if (n.text.trim() !== '') fields[noteField(p.party, n.itemId)] = { text: n.text, lang: own };
    for (const d of p.decisions) if (d.text.trim() !== '') fields[decisionField(p.party, d.id)] = { text: d.text, lang: own };
  }
  return { fields, isMachineRestricted: isMachineRestricted(m.handling) };
}

async function readCommitment(ctx: Ctx, id: string): Promise<Read> {
  requireReader(ctx);
  const [c] = await ctx.db.select({ reference: commitments.reference, text: commitments.text, language: commitments.language, handling: commitments.handling }).from(commitments).where(eq(commitments.id, id));
  if (!c || !mayRead(ctx.actor, c.handling)) throw new NotFound(`no commitment ${id}`);
  if (isSensitive(c.handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'commitment.read', subjectType: 'commitment', subjectId: id, reference: c.reference, handling: c.handling, for: 'translation' }));
  const fields: Record<string, OriginalText> = c.text.trim() === '' ? {} : { text: { text: c.text, lang: langOf(c.language) } };
  return { fields, isMachineRestricted: isMachineRestricted(c.handling) };
}

/** The working group's texts are translated by those who keep them (the secretariat, supervisors) and by officers. */
const canTranslate = (ctx: Ctx): boolean => hasRole(ctx.actor, 'officer', 'supervisor', 'secretariat');

export const meetingTexts: TextSources = {
  [MEETING_TEXTS]: { read: readMeeting, canTranslate } satisfies TextSource,
  [COMMITMENT_TEXTS]: { read: readCommitment, canTranslate } satisfies TextSource,
};
