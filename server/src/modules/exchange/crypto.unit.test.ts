// Signatures: standard compact JWS (jose, an independent implementation, reads them and they read jose's), and
// every way a signature can be wrong is refused with its reason.
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { CompactSign, compactVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, formatFingerprint, generateKeyPair, kidOf, parsePublicKey, signJson, verifyJson } from './crypto.js';

const pair = generateKeyPair();
const signer = { kid: kidOf(pair.publicKey), privateKey: createPrivateKey(pair.privateKeyPem) };
const keys = [{ kid: signer.kid, publicKey: pair.publicKey }];
const payload = { v: 1, text: '公安部 / DEA', n: 3 };

describe('node signatures', () => {
  it('writes JWS that jose verifies, and verifies JWS that jose writes', async () => {
    const jws = await signJson(signer, 'cp-envelope+jws', payload);
    const { payload: bytes, protectedHeader } = await compactVerify(jws, createPublicKey(createPrivateKey(pair.privateKeyPem)), { algorithms: ['EdDSA'] });
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(payload);
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: signer.kid, typ: 'cp-envelope+jws' });

    const byJose = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', kid: signer.kid, typ: 'cp-receipt+jws' }).sign(signer.privateKey);
    await expect(verifyJson(byJose, 'cp-receipt+jws', keys)).resolves.toEqual({ payload, kid: signer.kid });
  });

  it('refuses a changed payload, another type, an unknown key and a malformed token, each with its reason', async () => {
    const jws = await signJson(signer, 'cp-envelope+jws', payload);
    const [h, , s] = jws.split('.');
    const changed = `${h}.${Buffer.from(JSON.stringify({ ...payload, n: 4 })).toString('base64url')}.${s}`;
    await expect(verifyJson(changed, 'cp-envelope+jws', keys)).rejects.toMatchObject({ reason: 'bad-signature' });
    await expect(verifyJson(jws, 'cp-receipt+jws', keys)).rejects.toMatchObject({ reason: 'wrong-type' });
    const other = generateKeyPair();
    await expect(verifyJson(jws, 'cp-envelope+jws', [{ kid: kidOf(other.publicKey), publicKey: other.publicKey }])).rejects.toMatchObject({ reason: 'unknown-key' });
    await expect(verifyJson('not-a-jws', 'cp-envelope+jws', keys)).rejects.toMatchObject({ reason: 'malformed' });
    const notJson = `${h}.${Buffer.from('not json').toString('base64url')}`;
    const signedNotJson = `${notJson}.${sign(null, Buffer.from(notJson), signer.privateKey).toString('base64url')}`;
    await expect(verifyJson(signedNotJson, 'cp-envelope+jws', keys)).rejects.toMatchObject({ reason: 'malformed' });
    // libsodium takes only 64-byte signatures: a cut or padded one is a bad signature, not a crash.
    await expect(verifyJson(`${h}.${jws.split('.')[1]}.${(s ?? '').slice(0, 40)}`, 'cp-envelope+jws', keys)).rejects.toMatchObject({ reason: 'bad-signature' });
    await expect(verifyJson(`${jws}AAAA`, 'cp-envelope+jws', keys)).rejects.toMatchObject({ reason: 'bad-signature' });
  });

  it('signs exactly the bytes node:crypto would (Ed25519 is deterministic)', async () => {
    const jws = await signJson(signer, 'cp-heads+jws', payload);
    const [h, p, s] = jws.split('.');
    expect(sign(null, Buffer.from(`${h}.${p}`), signer.privateKey).toString('base64url')).toBe(s);
  });

  it('parses only Ed25519 public keys in the ed25519:<base64url> form, and prints fingerprints in groups of four', () => {
    expect(parsePublicKey(pair.publicKey)).not.toBeNull();
    expect(parsePublicKey(pair.publicKey.replace('ed25519:', 'rsa:'))).toBeNull();
    expect(parsePublicKey('ed25519:short')).toBeNull();
    expect(fingerprintOf(pair.publicKey)).toMatch(/^[0-9a-f]{64}$/);
    expect(kidOf(pair.publicKey)).toBe(fingerprintOf(pair.publicKey).slice(0, 32));
    expect(formatFingerprint('0123456789abcdef')).toBe('0123 4567 89ab cdef');
  });
});
