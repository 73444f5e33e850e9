// Documents filed with a notification (a permit, an end-user certificate): PDF, PNG or JPEG, at most 4 MiB each, 5
// with the draft and 5 with each answer to a request for information. A draft's file goes up as the request body
// itself; an answer's go inside the answer (base64), so the answer and its documents are kept together or not at all.
// What the node would refuse for its name, size or type is caught here first, so it is not sent at all. The node
// still checks the content (its magic bytes).
import { api, call, callVoid } from '../../app/api/client';
import type { Locale } from '../../app/api/types';
import type { AttachmentView, EventView } from './types';

export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;
/** Documents one answer to a request for information may carry, besides the draft's. */
export const MAX_ANSWER_DOCUMENTS = 5;
export const MAX_FILENAME_LENGTH = 200;
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export type AttachmentType = AttachmentView['mediaType'];

const BY_EXTENSION: Record<string, AttachmentType> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };
const KNOWN_TYPES: readonly string[] = Object.values(BY_EXTENSION);

/** How the UI names each type (format names, the same in every language). */
export const TYPE_LABELS: Record<AttachmentType, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

/**
 * The Content-Type to send: by the file's extension, else the type the browser reports when it is one of the
 * three; null for anything else. The node compares it with the content, so a mislabelled file is refused there.
 */
export function attachmentMediaType(file: Pick<File, 'name' | 'type'>): AttachmentType | null {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const byName = BY_EXTENSION[extension];
  if (byName) return byName;
  return KNOWN_TYPES.includes(file.type) ? (file.type as AttachmentType) : null;
}

export type FileIssue = 'type' | 'size' | 'empty' | 'name';

/** Why the node would refuse this file whatever its content, or null. */
export function attachmentIssue(file: Pick<File, 'name' | 'type' | 'size'>): FileIssue | null {
  if (attachmentMediaType(file) === null) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size';
  if (file.name.trim().length > MAX_FILENAME_LENGTH) return 'name';
  return null;
}

/**
 * A file size in KB under a megabyte and in MB above (1 KB = 1,024 bytes), in the UI language's digits. Rounded up,
 * so a file just over the limit never reads as the limit itself.
 */
export function formatFileSize(bytes: number, locale: Locale): { value: string; unit: 'KB' | 'MB' } {
  const format = (n: number, digits: number) => {
    const factor = 10 ** digits;
    // The tolerance keeps binary fractions (2.5000000001) from rounding up a whole step.
    return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(Math.ceil(n * factor - 1e-6) / factor);
  };
  if (bytes < 1024 * 1024) {
    const kb = Math.max(bytes / 1024, 0.1);
    return { value: format(kb, kb < 10 ? 1 : 0), unit: 'KB' };
  }
  return { value: format(bytes / (1024 * 1024), 1), unit: 'MB' };
}

/** The first characters of a SHA-256, enough to tell files apart at a glance (the full value goes in a title). */
export const shortHash = (sha256: string): string => `${sha256.slice(0, 12)}…`;

/** A document as an answer carries it: its name, type and content in base64. */
export type AnswerDocument = { filename: string; mediaType: string; content: string };

export async function answerDocument(file: File): Promise<AnswerDocument> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: one call with millions of arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const filename = file.name.trim();
  return { filename, mediaType: attachmentMediaType({ name: filename, type: file.type }) ?? 'application/octet-stream', content: btoa(binary) };
}

/**
 * The documents of each answer, by the answer's event, and those of no answer known here: the draft's, and an
 * answer's that reached this node before the record naming its answer (shown with the draft's until it arrives).
 */
export function documentsByAnswer(attachments: readonly AttachmentView[], events: readonly EventView[]): { byAnswer: Map<string, AttachmentView[]>; untied: AttachmentView[] } {
  const known = new Set(events.map((e) => e.id));
  const byAnswer = new Map<string, AttachmentView[]>();
  const untied: AttachmentView[] = [];
  for (const a of attachments) {
    if (a.answerEventId && known.has(a.answerEventId)) byAnswer.set(a.answerEventId, [...(byAnswer.get(a.answerEventId) ?? []), a]);
    else untied.push(a);
  }
  return { byAnswer, untied };
}

export async function uploadAttachment(notificationId: string, file: File): Promise<AttachmentView> {
  return call(
    api.POST('/api/v1/notifications/{id}/attachments', {
      params: { path: { id: notificationId }, query: { filename: file.name.trim() } },
      headers: { 'content-type': attachmentMediaType(file) ?? 'application/octet-stream' },
      // `body` is the file, as the API describes it; the typed client would send it as JSON, so the file itself is
      // set after the shared middleware has added the CSRF header.
      body: file,
      middleware: [{ onRequest: ({ request }) => new Request(request, { body: file }) }],
    }),
  );
}

export async function downloadAttachment(notificationId: string, attachmentId: string): Promise<Blob> {
  return call(api.GET('/api/v1/notifications/{id}/attachments/{attachmentId}', { params: { path: { id: notificationId, attachmentId } }, parseAs: 'blob' }));
}

export async function removeAttachment(notificationId: string, attachmentId: string): Promise<void> {
  await callVoid(api.DELETE('/api/v1/notifications/{id}/attachments/{attachmentId}', { params: { path: { id: notificationId, attachmentId } } }));
}
