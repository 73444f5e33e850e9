// Bulk import of records from files people already keep (a regulator's spreadsheet, a partner's STIX bundle): the
// CSV reading every module's import shares (csv-table.ts), and the report and idempotent creation of each record
// (report.ts). Invariants: a file is refused whole (problem+json) before any row is looked at when it cannot be read
// or is too large; otherwise each record is reported on its own, and one imported twice is created once.
export { decodeText, headerKey, readCsvTable, columnName, groupRows, type CsvTableSpec, type CsvTable, type CsvRow, type RowGroup } from './csv-table.js';
export { IMPORT_OUTCOMES, ImportProblem, problemAt, ImportRow, ImportReport, importReport, importKey, importOne, importMany, countOutcome, type ImportOutcome, type ImportTarget, type BatchImportTarget, type BatchOutcome, type Imported } from './report.js';
export { IMPORT_PROBLEM_CODES, schemaIssues, type ImportProblemCode, type RecordIssue } from './problem-codes.js';
