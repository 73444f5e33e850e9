// The request's documents: filed with a draft (the file in the body, base64), or given with an answer (inside the
// step); downloaded one at a time.
import { api, call, callVoid } from '../../app/api/client';
import { answerDocument } from '../notifications/attachments';
import type { DocumentView } from './types';

type MediaType = 'application/pdf' | 'image/png' | 'image/jpeg';
const isMediaType = (v: string): v is MediaType => v === 'application/pdf' || v === 'image/png' || v === 'image/jpeg';

/** A chosen file as the API takes it; null for a type the node does not take (caught before by attachmentIssue). */
export async function documentInput(file: File): Promise<{ filename: string; mediaType: MediaType; content: string } | null> {
  const doc = await answerDocument(file);
  return isMediaType(doc.mediaType) ? { ...doc, mediaType: doc.mediaType } : null;
}

export async function uploadRequestDocument(requestId: string, file: File): Promise<DocumentView | null> {
  const body = await documentInput(file);
  return body ? call(api.POST('/api/v1/requests/{id}/documents', { params: { path: { id: requestId } }, body })) : null;
}

export async function downloadRequestDocument(requestId: string, documentId: string): Promise<Blob> {
  return call(api.GET('/api/v1/requests/{id}/documents/{documentId}', { params: { path: { id: requestId, documentId } }, parseAs: 'blob' }));
}

export async function removeRequestDocument(requestId: string, documentId: string): Promise<void> {
  await callVoid(api.DELETE('/api/v1/requests/{id}/documents/{documentId}', { params: { path: { id: requestId, documentId } } }));
}
