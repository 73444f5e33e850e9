import { describe, expect, it } from 'vitest';
import { formatFingerprint, shortHash } from './fingerprint';

describe('fingerprints and hashes for reading aloud', () => {
  it('groups a fingerprint in fours', () => {
    expect(formatFingerprint('ab12cd34ef56')).toBe('ab12 cd34 ef56');
    expect(formatFingerprint('ab12c')).toBe('ab12 c');
    expect(formatFingerprint('')).toBe('');
  });

  it('shortens a long hash and leaves a short one', () => {
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab…');
    expect(shortHash('')).toBe('');
  });
});
