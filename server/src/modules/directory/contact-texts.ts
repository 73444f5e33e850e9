// The free text of a point of contact, for translation (platform/translation): its title and notes, in the
// contact's declared language. Read as `getContact` reads, with the same NotFound.
import type { Ctx } from '../../platform/context.js';
import type { OriginalText, TextSource, TextSources } from '../../platform/translation/index.js';
import { getContact } from './contacts-service.js';

async function read(ctx: Ctx, id: string): Promise<{ fields: Record<string, OriginalText> }> {
  const contact = await getContact(ctx, id);
  const lang = contact.language === 'zh' ? 'zh' : 'en';
  const fields: Record<string, OriginalText> = {};
  if (contact.title) fields.title = { text: contact.title, lang };
  if (contact.notes) fields.notes = { text: contact.notes, lang };
  return { fields };
}

export const contactTexts: TextSources = { contact: { read } satisfies TextSource };
