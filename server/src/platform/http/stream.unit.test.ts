import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamThrough } from './stream.js';

async function drain(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

describe('streamThrough', () => {
  it('passes a failing source\'s error on to the stream the reply reads', async () => {
    async function* rows() {
      yield 'first\n';
      throw new Error('database went away');
    }
    await expect(drain(streamThrough(rows(), new PassThrough()))).rejects.toThrow('database went away');
  });

  it('carries every row of a source that does not fail', async () => {
    async function* rows() {
      yield 'a\n';
      yield 'b\n';
    }
    expect(await drain(streamThrough(rows(), new PassThrough()))).toBe('a\nb\n');
  });
});
