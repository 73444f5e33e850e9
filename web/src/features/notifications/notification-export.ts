// "Export CSV": every notification the list shows with these filters (all pages), as the node writes it — the header
// row in the reader's language, at most 50,000 rows (the answer says whether rows were left out) — and records the
// export in the audit log.
import type { Locale } from '../../app/api/types';
import { downloadListCsv, type ListCsvOutcome } from '../../app/download';
import { filterQuery, type NotificationFilters } from './notification-query';

export async function exportNotificationsCsv(filters: NotificationFilters, lang: Locale): Promise<ListCsvOutcome> {
  return downloadListCsv('/api/v1/notifications.csv', { ...filterQuery(filters), lang }, 'notifications');
}
