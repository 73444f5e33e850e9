// The free text of a point of contact, for translation (platform/translation): its title and notes, in the
// contact's declared language. Read as `getContact` reads, with the same NotFound (a TLP:RED contact is not a viewer's),
// the read of an AMBER or RED contact audited, and AMBER+STRICT or RED text kept from machine translation.
import type { Ctx } from '../../platform/context.js';
import { isMachineRestricted } from '../../platform/handling/index.js';
import type { OriginalText, TextSource, TextSources } from '../../platform/translation/index.js';
import { readContact } from './contacts-service.js';

async function read(ctx: Ctx, id: string): Promise<{ fields: Record<string, OriginalText>; isMachineRestricted: boolean }> {
  const contact = await readContact(ctx, id, 'translation');
  const lang = contact.language === 'zh' ? 'zh' : 'en';
  const fields: Record<string, OriginalText> = {};
  if (contact.title) fields.title = { text: contact.title, lang };
  if (contact.notes) fields.notes = { text: contact.notes, lang };
  return { fields, isMachineRestricted: isMachineRestricted(contact.handling) };
}

export const contactTexts: TextSources = { contact: { read } satisfies TextSource };
