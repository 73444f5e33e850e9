// Saving something as a file: a blob the page already holds (an export, an evidence bundle) is sent nowhere; a
// list's CSV export is fetched with the list's filters and saved, and says whether the node left rows out.
import { api, callWithResponse } from './api/client';
import type { QueryOf } from './api/types';

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Today's date as a file name carries it (`2026-12-07`), in the browser's time zone. */
export const fileDate = (): string => new Date().toLocaleDateString('sv-SE');

/** The node's cap on a list's CSV export (server/src/platform/list-export.ts). */
export const LIST_CSV_MAX_ROWS = 50_000;

type ListCsvPath = '/api/v1/notifications.csv' | '/api/v1/incidents.csv';
/** What a list's CSV export held: `truncated` when the node left rows out, of `total` the filters match. */
export type ListCsvOutcome = { truncated: boolean; total: number | null };

/** Reads `X-Truncated` and `X-Total-Count` as the node sends them with a list's CSV (sendListCsv). */
export function listCsvOutcome(headers: Headers): ListCsvOutcome {
  const total = Number(headers.get('x-total-count') ?? Number.NaN);
  return { truncated: headers.get('x-truncated') === 'true', total: Number.isSafeInteger(total) && total >= 0 ? total : null };
}

/** Every row a list shows with these filters (all pages, at most 50,000) saved as `<baseName>-<date>.csv`. */
export async function downloadListCsv<P extends ListCsvPath>(path: P, query: QueryOf<P, 'get'>, baseName: string): Promise<ListCsvOutcome> {
  const { data, response } = await callWithResponse(api.GET(path as ListCsvPath, { params: { query }, parseAs: 'blob' }));
  saveBlob(data, `${baseName}-${fileDate()}.csv`);
  return listCsvOutcome(response.headers);
}
