// Documents are checked by their content and size before anything is kept: one problem names every file refused.
import { describe, expect, it } from 'vitest';
import { checkedFiles, sniff, TooLarge, UnsupportedMedia } from './documents.js';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const doc = (filename: string, mediaType: string, bytes: Buffer) => ({ filename, mediaType, content: bytes.toString('base64') });

describe('document checks', () => {
  it('knows PDF, PNG and JPEG by their first bytes, and nothing else', () => {
    expect([sniff(PDF), sniff(PNG), sniff(JPEG), sniff(Buffer.from('MZ\x90\x00')), sniff(Buffer.alloc(0))]).toEqual(['application/pdf', 'image/png', 'image/jpeg', null, null]);
  });

  it('passes files that are what they say and within the size', () => {
    const files = checkedFiles([doc('a.pdf', 'application/pdf', PDF), doc('b.png', 'image/png', PNG)], 1024);
    expect(files.map((f) => [f.filename, f.mediaType, f.bytes.length])).toEqual([['a.pdf', 'application/pdf', PDF.length], ['b.png', 'image/png', PNG.length]]);
  });

  it('refuses a mistyped file with 415, naming each file refused at its index', () => {
    const err = (() => {
      try {
        checkedFiles([doc('ok.pdf', 'application/pdf', PDF), doc('fake.pdf', 'application/pdf', PNG), doc('x.exe', 'image/jpeg', Buffer.from('MZ'))], 1024);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UnsupportedMedia);
    const e = err as UnsupportedMedia;
    expect(e.status).toBe(415);
    expect(e.errors.map((i) => [i.path, i.code])).toEqual([['body/documents/1', 'attachment-type-mismatch'], ['body/documents/2', 'attachment-type-unsupported']]);
  });

  it('refuses a file over the limit with 413 when no file is mistyped', () => {
    const big = Buffer.concat([PDF, Buffer.alloc(2000)]);
    expect(() => checkedFiles([doc('big.pdf', 'application/pdf', big)], 1024)).toThrow(TooLarge);
    expect(checkedFiles([doc('big.pdf', 'application/pdf', big)], big.length)).toHaveLength(1);
  });
});
