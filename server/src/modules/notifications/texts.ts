// The free text of a notification, for translation (platform/translation): the exporter's intended use, review,
// withdrawal and decision notes in the notification's declared language; the importer's prepared note; and the
// notes people wrote on the timeline (requests for information, answers, conditions, objection reasons). A note
// whose language nobody declared is judged by its script (an officer of either party may write in either language).
// TLP:RED and TLP:AMBER+STRICT text is not sent to the machine translation service: it stays with people. Read as `getNotification` reads:
// the same NotFound and Forbidden, and a sensitive notification's read audited.
import type { Ctx } from '../../platform/context.js';
import { auditRead, isMachineRestricted, isSensitive } from '../../platform/handling/index.js';
import { detectLang, type OriginalText, type TextLang, type TextSource, type TextSources } from '../../platform/translation/index.js';
import { withTx } from '../../platform/tx.js';
import { readable } from './queries.js';
import * as repo from './repo.js';

/** Timeline entries whose note a person wrote (others carry a file name, a count or a verdict change). */
const FREE_TEXT_EVENTS = new Set(['reviewed', 'acknowledged', 'info-requested', 'info-provided', 'clearance-prepared', 'objection-prepared', 'preparation-returned', 'cleared', 'objected', 'withdrawn', 'decision-authorised', 'decision-suspended', 'decision-refused', 'decision-shipped', 'decision-seized']);

async function read(ctx: Ctx, id: string): Promise<{ fields: Record<string, OriginalText>; isMachineRestricted: boolean }> {
  const row = await readable(ctx, id);
  if (isSensitive(row.handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'notification.read', subjectType: 'notification', subjectId: id, reference: row.reference, handling: row.handling, for: 'translation' }));
  const exporterLang: TextLang = row.language === 'zh' ? 'zh' : 'en';
  const fields: Record<string, OriginalText> = {};
  const put = (field: string, text: string | null, lang?: TextLang) => {
    if (text && text.trim() !== '') fields[field] = { text, lang: lang ?? detectLang(text) };
  };
  put('intendedUse', row.intendedUse, exporterLang);
  put('reviewNote', row.reviewNote, exporterLang);
  put('withdrawalNote', row.withdrawalNote, exporterLang);
  put('decisionNote', row.decisionNote, exporterLang);
  put('preparedNote', row.preparedNote);
  for (const e of await repo.eventsOf(ctx.db, id)) {
    if (FREE_TEXT_EVENTS.has(e.kind)) put(`events.${e.id}.note`, e.note);
  }
  return { fields, isMachineRestricted: isMachineRestricted(row.handling) };
}

export const notificationTexts: TextSources = { notification: { read } satisfies TextSource };
