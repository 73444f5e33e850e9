// A notification's traders as entities (issue 15): the exporter, the importer and the final consignee — each a
// company, an address and a licence — go into the shared correlation index, so that an incident naming the same
// company or address links to the notifications that shipped to it. Rebuilt from the row after every change that
// could alter them or the notification's standing; a withdrawn or purged notification links nothing.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db.js';
import { withTx } from '../../platform/tx.js';
import { forgetMentions, indexMentions, keyMentions, type MentionInput } from '../entities/index.js';
import * as repo from './repo.js';
import type { Trader } from './tables.js';

export const NOTIFICATION_RECORD = 'notification';

function traderMentions(t: Trader | null, role: string, country: string): MentionInput[] {
  if (!t) return [];
  const out: MentionInput[] = [{ kind: 'company', value: t.name, role }, { kind: 'address', value: t.address, role, country }];
  if (t.licence) out.push({ kind: 'licence', value: t.licence, role, country });
  return out;
}

/** Inside the change's transaction: the notification's mentions as its row now stands. */
export async function syncNotificationMentions(tx: Db, id: string): Promise<void> {
  const row = await repo.get(tx, id);
  if (!row || row.state === 'withdrawn') {
    await forgetMentions(tx, id);
    return;
  }
  const mentions = [...traderMentions(row.exporter, 'shipper', row.exportingParty), ...traderMentions(row.importer, 'buyer', row.importingParty), ...traderMentions(row.consignee, 'consignee', row.importingParty)];
  // A value that cannot be keyed (an address too short to mean anything) is left out; the notification still stands.
  const { keyed } = keyMentions(mentions);
  await indexMentions(tx, { recordKind: NOTIFICATION_RECORD, recordId: row.id, reference: row.reference, originParty: row.exportingParty, handling: row.handling, recordDate: row.shipmentDate }, keyed);
}

/**
 * Notifications stored before their traders were indexed (a node upgraded to this version): indexed at start, a
 * hundred per transaction, in id order (one whose traders cannot be keyed is passed once). Withdrawn ones link nothing.
 */
export async function indexUnindexedNotifications(db: Db): Promise<number> {
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const ids = await queryRows<{ id: string }>(db, sql`select n.id from notifications n where n.id > ${after}::uuid and n.state <> 'withdrawn' and not exists (select 1 from entity_mentions m where m.record_id = n.id) order by n.id limit 100`);
    if (ids.length === 0) return done;
    await withTx({ db }, async (tx) => {
      for (const { id } of ids) await syncNotificationMentions(tx, id);
    });
    done += ids.length;
    after = ids[ids.length - 1]?.id ?? after;
  }
}
