import { describe, expect, it } from 'vitest';
import { answerDocument, attachmentIssue, attachmentMediaType, documentsByAnswer, formatFileSize, MAX_ATTACHMENT_BYTES, shortHash } from './attachments';
import type { AttachmentView, EventView } from './types';

const file = (name: string, size = 2048, type = '') => ({ name, size, type });

describe('attachmentMediaType', () => {
  it('goes by the extension, whatever case, before the type the browser reports', () => {
    expect(attachmentMediaType(file('permit.PDF'))).toBe('application/pdf');
    expect(attachmentMediaType(file('scan.jpeg', 1, 'application/octet-stream'))).toBe('image/jpeg');
    expect(attachmentMediaType(file('scan.JPG'))).toBe('image/jpeg');
    expect(attachmentMediaType(file('photo.png', 1, 'image/jpeg'))).toBe('image/png');
  });

  it('falls back on the reported type, and knows nothing else', () => {
    expect(attachmentMediaType(file('certificate', 1, 'application/pdf'))).toBe('application/pdf');
    expect(attachmentMediaType(file('notes.txt', 1, 'text/plain'))).toBeNull();
    expect(attachmentMediaType(file('scan.tiff', 1, 'image/tiff'))).toBeNull();
  });
});

describe('attachmentIssue', () => {
  it('refuses what the node would refuse whatever the content', () => {
    expect(attachmentIssue(file('permit.pdf'))).toBeNull();
    expect(attachmentIssue(file('permit.pdf', MAX_ATTACHMENT_BYTES))).toBeNull();
    expect(attachmentIssue(file('permit.pdf', MAX_ATTACHMENT_BYTES + 1))).toBe('size');
    expect(attachmentIssue(file('permit.pdf', 0))).toBe('empty');
    expect(attachmentIssue(file('permit.docx'))).toBe('type');
    expect(attachmentIssue(file(`${'x'.repeat(200)}.pdf`))).toBe('name');
  });
});

describe('formatFileSize', () => {
  it('gives KB under a megabyte and MB above, rounded up, in the locale’s digits', () => {
    expect(formatFileSize(20, 'en')).toEqual({ value: '0.1', unit: 'KB' });
    expect(formatFileSize(2560, 'en')).toEqual({ value: '2.5', unit: 'KB' });
    expect(formatFileSize(300 * 1024, 'zh-CN')).toEqual({ value: '300', unit: 'KB' });
    expect(formatFileSize(1536 * 1024, 'en')).toEqual({ value: '1.5', unit: 'MB' });
    expect(formatFileSize(MAX_ATTACHMENT_BYTES, 'en')).toEqual({ value: '4', unit: 'MB' });
    expect(formatFileSize(MAX_ATTACHMENT_BYTES + 100, 'en')).toEqual({ value: '4.1', unit: 'MB' });
    expect(formatFileSize(10.2 * 1024, 'en')).toEqual({ value: '11', unit: 'KB' });
    expect(formatFileSize(1234567 * 1024, 'en')).toEqual({ value: '1,205.7', unit: 'MB' });
  });
});

describe('shortHash', () => {
  it('keeps the first twelve hex digits', () => {
    expect(shortHash('a'.repeat(12) + 'b'.repeat(52))).toBe('aaaaaaaaaaaa…');
  });
});

describe('answerDocument', () => {
  it('carries the file in base64 under its trimmed name and the type its name gives, however large', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const d = await answerDocument(new File([bytes], ' 最终用户证明.PDF ', { type: 'text/plain' }));
    expect(d).toMatchObject({ filename: '最终用户证明.PDF', mediaType: 'application/pdf' });
    expect(Buffer.from(d.content, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('documentsByAnswer', () => {
  const event = (id: string) => ({ id }) as EventView;
  const doc = (id: string, answerEventId: string | null) => ({ id, answerEventId }) as AttachmentView;
  it('groups documents under the answer they came with; the draft’s and those of an answer not here yet stay untied', () => {
    const { byAnswer, untied } = documentsByAnswer([doc('a', null), doc('b', 'e1'), doc('c', 'e2'), doc('d', 'e1'), doc('e', 'later')], [event('e1'), event('e2')]);
    expect([...byAnswer.entries()].map(([k, v]) => [k, v.map((a) => a.id)])).toEqual([
      ['e1', ['b', 'd']],
      ['e2', ['c']],
    ]);
    expect(untied.map((a) => a.id)).toEqual(['a', 'e']);
  });
});
