// Incidents in and out in bulk: a CSV spreadsheet or a STIX 2.1 bundle goes up as the request body, once as a dry
// run (the node checks every incident and files nothing) and once for real; the list's filters, or one incident,
// come down as a STIX 2.1 bundle saved as a file, and the list as CSV.
import { api, call } from '../../app/api/client';
import type { Locale, ResponseOf } from '../../app/api/types';
import { downloadListCsv, fileDate, saveBlob, type ListCsvOutcome } from '../../app/download';
import { filterQuery, type IncidentFilters } from './incident-query';
import type { Incident } from './types';

export type CsvImportReport = ResponseOf<'/api/v1/incidents/import', 'post'>;
export type StixImportReport = ResponseOf<'/api/v1/incidents/import.stix', 'post'>;
export type ImportFormat = 'csv' | 'stix';

/** What the node accepts (transfer-routes.ts); a larger file is refused here before it is sent for nothing. */
export const IMPORT_LIMITS = {
  csv: { maxBytes: 4 * 1024 * 1024, maxRecords: 2000, accept: '.csv,text/csv' },
  stix: { maxBytes: 64 * 1024 * 1024, maxRecords: 100_000, accept: '.json,application/json,application/stix+json' },
} as const satisfies Record<ImportFormat, { maxBytes: number; maxRecords: number; accept: string }>;

const dryRunQuery = (dryRun: boolean) => ({ query: { dryRun: dryRun ? ('true' as const) : ('false' as const) } });

/**
 * The typed client would send `body` as JSON; the file itself is set after the shared middleware has added the
 * CSRF header, so the node reads the bytes as they are (GBK included).
 */
const asFile = (file: File) => [{ onRequest: ({ request }: { request: Request }) => new Request(request, { body: file }) }];

export async function importCsv(file: File, dryRun: boolean): Promise<CsvImportReport> {
  return call(api.POST('/api/v1/incidents/import', { params: dryRunQuery(dryRun), headers: { 'content-type': 'text/csv' }, body: file, middleware: asFile(file) }));
}

export async function importStix(file: File, dryRun: boolean): Promise<StixImportReport> {
  // `body` is a placeholder of the bundle's type; the file replaces it, unparsed.
  return call(api.POST('/api/v1/incidents/import.stix', { params: dryRunQuery(dryRun), headers: { 'content-type': 'application/stix+json' }, body: { type: 'bundle' }, middleware: asFile(file) }));
}

/** The incidents the list shows with these filters (every page), as one STIX bundle. */
export async function exportListStix(filters: IncidentFilters): Promise<void> {
  const blob = await call(api.GET('/api/v1/incidents/export.stix', { params: { query: filterQuery(filters) }, parseAs: 'blob' }));
  saveBlob(blob, `incidents-${fileDate()}.stix.json`);
}

/** The incidents the list shows with these filters (every page, at most 50,000), as CSV headed in `lang`. */
export async function exportListCsv(filters: IncidentFilters, lang: Locale): Promise<ListCsvOutcome> {
  return downloadListCsv('/api/v1/incidents.csv', { ...filterQuery(filters), lang }, 'incidents');
}

/** One incident with its follow-ups, as a STIX bundle. */
export async function exportIncidentStix(incident: Pick<Incident, 'id' | 'reference'>): Promise<void> {
  const blob = await call(api.GET('/api/v1/incidents/{id}/export.stix', { params: { path: { id: incident.id } }, parseAs: 'blob' }));
  saveBlob(blob, `${incident.reference}.stix.json`);
}
