import { describe, expect, it } from 'vitest';
import { burnPasswordCheck, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';

describe('password hashing', () => {
  it('stores an argon2id hash with the OWASP baseline parameters, never the password', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toContain('correct horse battery');
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'));
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery ')).toBe(false);
    expect(await verifyPassword(stored, 'Correct horse battery')).toBe(false);
  });

  it('answers false rather than throwing for a stored value that is not a hash', async () => {
    await expect(verifyPassword('not-a-hash', 'anything at all')).resolves.toBe(false);
    await expect(verifyPassword('', 'anything at all')).resolves.toBe(false);
  });

  it('burns a verification for unknown users without throwing', async () => {
    await expect(burnPasswordCheck('whatever was typed')).resolves.toBeUndefined();
  });

  // Hashing is throttled to half the cores; a slot must come back even when verification throws.
  it('completes a burst of concurrent hashes and verifications, failures included', async () => {
    const stored = await hashPassword('correct horse battery');
    const burst = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0 ? verifyPassword('not-a-hash', 'x') : i % 3 === 1 ? verifyPassword(stored, 'correct horse battery') : hashPassword(`password number ${i}`).then((h) => h.startsWith('$argon2id$')),
    );
    expect(await Promise.all(burst)).toEqual(Array.from({ length: 12 }, (_, i) => i % 3 !== 0));
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
  });

  it('asks for at least 12 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });
});
