// Documents filed with records (a permit, an answer's evidence): PDF, PNG or JPEG, their type checked from their
// content, so a file whose bytes are not what it claims is refused. Every module that takes documents checks them
// here, all before anything is written: one problem names each file refused (415 if any is of a type not taken,
// else 413 for size), at `body/documents/<i>` with the file's name for the UI.
import { AppError, type FieldIssue } from './errors.js';

export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const TOO_LARGE = 'attachment-too-large';

/** What the bytes are, by their signature (magic number); null for anything else. */
export function sniff(bytes: Buffer): DocumentType | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export class UnsupportedMedia extends AppError {
  constructor(detail: string, type: string, errors: FieldIssue[] = []) {
    super(415, type, 'Unsupported file', detail, errors);
  }
}

export class TooLarge extends AppError {
  constructor(detail: string, errors: FieldIssue[]) {
    super(413, TOO_LARGE, 'File too large', detail, errors);
  }
}

/** Why these bytes may not be kept as `declared`, or null. */
export function typeProblem(bytes: Buffer, declared: string): UnsupportedMedia | null {
  const actual = sniff(bytes);
  if (!actual) return new UnsupportedMedia('attachments are PDF, PNG or JPEG files; the content of this file is none of them', 'attachment-type-unsupported');
  if (actual !== declared) return new UnsupportedMedia(`the file says it is ${declared} but its content is ${actual}`, 'attachment-type-mismatch');
  return null;
}

const mib = (bytes: number): string => `${Math.round((bytes / 1048576) * 10) / 10} MiB`;

function fileProblem(bytes: Buffer, declared: string, maxBytes: number): { type: string; detail: string } | null {
  if (bytes.length > maxBytes) return { type: TOO_LARGE, detail: `the file is ${bytes.length} bytes; a document is at most ${maxBytes} (${mib(maxBytes)})` };
  const problem = typeProblem(bytes, declared);
  return problem ? { type: problem.type, detail: problem.message } : null;
}

/** A document read and found to be what it says it is. */
export type CheckedFile = { filename: string; mediaType: DocumentType; bytes: Buffer };

/** Each base64 document decoded and checked by its content; any refused: one problem listing each by name. */
export function checkedFiles(documents: readonly { filename: string; mediaType: string; content: string }[], maxBytes: number): CheckedFile[] {
  const issues: FieldIssue[] = [];
  const files = documents.map((d, i) => {
    const bytes = Buffer.from(d.content, 'base64');
    const problem = fileProblem(bytes, d.mediaType, maxBytes);
    if (problem) issues.push({ path: `body/documents/${i}`, message: `${d.filename}: ${problem.detail}`, code: problem.type, params: { file: d.filename } });
    return { filename: d.filename, mediaType: d.mediaType as DocumentType, bytes };
  });
  if (issues.length === 0) return files;
  const detail = issues.map((i) => i.message).join('; ');
  const typeIssue = issues.find((i) => i.code !== TOO_LARGE);
  throw typeIssue ? new UnsupportedMedia(detail, typeIssue.code ?? 'attachment-type-unsupported', issues) : new TooLarge(detail, issues);
}
