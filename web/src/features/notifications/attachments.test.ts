import { describe, expect, it } from 'vitest';
import { attachmentIssue, attachmentMediaType, formatFileSize, MAX_ATTACHMENT_BYTES, shortHash } from './attachments';

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
