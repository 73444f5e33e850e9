// Crypto addresses: Bitcoin (base58check P2PKH/P2SH, bech32/bech32m SegWit), Ethereum and Tron, mainnet only.
// Every format with a checksum has it verified: a mistyped address would otherwise become a key that correlates
// with nothing, or worse with somebody else's address.
import { createHash } from 'node:crypto';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { fail, ok, type Normalised } from './result.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_SHAPE = /^[1-9A-HJ-NP-Za-km-z]{25,35}$/;

function base58Decode(s: string): Uint8Array | undefined {
  const le: number[] = []; // little-endian while accumulating
  for (const ch of s) {
    let carry = BASE58.indexOf(ch);
    if (carry < 0) return undefined;
    for (let i = 0; i < le.length; i++) {
      carry += (le[i] ?? 0) * 58;
      le[i] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) le.push(carry & 0xff);
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) le.push(0); // each leading "1" is a leading zero byte
  return Uint8Array.from(le.reverse());
}

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** The version byte of a 25-byte base58check payload whose double-SHA-256 checksum holds; undefined otherwise. */
function base58CheckVersion(s: string): number | 'checksum' | undefined {
  const bytes = BASE58_SHAPE.test(s) ? base58Decode(s) : undefined;
  if (bytes?.length !== 25) return undefined;
  const checksum = sha256(sha256(bytes.subarray(0, 21))).subarray(0, 4);
  return Buffer.from(bytes.subarray(21)).equals(checksum) ? bytes[0] : 'checksum';
}

// BIP-173 (bech32) and BIP-350 (bech32m): witness version 0 uses bech32, versions 1–16 bech32m.
const BECH32_CHARS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function bech32Polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    BECH32_GENERATOR.forEach((g, i) => {
      if ((top >>> i) & 1) chk ^= g;
    });
  }
  return chk;
}

/** 5-bit groups back to bytes; the leftover padding must be under 5 bits and zero (BIP-173). */
function fiveToEight(data: number[]): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  for (const v of data) {
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return bits >= 5 || ((acc << (8 - bits)) & 0xff) !== 0 ? undefined : out;
}

function segwitProblem(address: string): 'shape' | 'checksum' | undefined {
  if (address.length > 90 || !/^bc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{6,}$/.test(address)) return 'shape';
  const data = [...address.slice(3)].map((c) => BECH32_CHARS.indexOf(c));
  const check = bech32Polymod([3, 3, 0, 2, 3, ...data]); // "bc" expanded: high bits 3 3, 0, low bits 2 3
  const version = data[0] ?? -1;
  const expected = version === 0 ? BECH32_CONST : BECH32M_CONST;
  if (check !== expected) return 'checksum';
  const program = version <= 16 ? fiveToEight(data.slice(1, -6)) : undefined;
  if (!program || program.length < 2 || program.length > 40) return 'shape';
  if (version === 0 && program.length !== 20 && program.length !== 32) return 'shape';
  return undefined;
}

function bitcoin(s: string): Normalised {
  if (/^bc1/i.test(s)) {
    // Bech32 is case-insensitive but must not mix cases (BIP-173); the key is lower case.
    if (s !== s.toLowerCase() && s !== s.toUpperCase()) return fail('crypto-invalid');
    const lower = s.toLowerCase();
    const problem = segwitProblem(lower);
    if (problem) return fail(problem === 'checksum' ? 'crypto-checksum' : 'crypto-invalid');
    return ok(`btc:${lower}`, lower, { chain: 'btc', format: lower.startsWith('bc1q') ? 'bech32' : 'bech32m' });
  }
  const version = base58CheckVersion(s); // base58 is case-sensitive: the key keeps the case
  if (version === 'checksum') return fail('crypto-checksum');
  if (version === 0x00 || version === 0x05) return ok(`btc:${s}`, s, { chain: 'btc', format: version ? 'p2sh' : 'p2pkh' });
  return fail('crypto-invalid');
}

function tron(s: string): Normalised {
  const version = base58CheckVersion(s);
  if (version === 'checksum') return fail('crypto-checksum');
  return version === 0x41 ? ok(`trx:${s}`, s, { chain: 'trx', format: 'base58check' }) : fail('crypto-invalid');
}

/** EIP-55: a letter is upper case exactly when the matching nibble of keccak-256(lower-case hex) is 8 or more. */
function eip55(lowerHex: string): string {
  const hash = Buffer.from(keccak_256(new TextEncoder().encode(lowerHex))).toString('hex');
  return [...lowerHex].map((c, i) => (parseInt(hash.charAt(i), 16) >= 8 ? c.toUpperCase() : c)).join('');
}

function ethereum(s: string): Normalised {
  if (!/^0x[0-9a-fA-F]{40}$/.test(s)) return fail('crypto-invalid');
  const hex = s.slice(2);
  const lower = hex.toLowerCase();
  // All-lower and all-upper carry no checksum (EIP-55); mixed case does, and must match.
  const mixed = hex !== lower && hex !== hex.toUpperCase();
  if (mixed && eip55(lower) !== hex) return fail('crypto-checksum');
  return ok(`eth:0x${lower}`, `0x${eip55(lower)}`, { chain: 'eth', format: 'hex' });
}

export function normaliseCryptoAddress(text: string): Normalised {
  const s = text.replace(/\s+/g, ''); // wallets and PDFs break long addresses across lines
  if (/^0x/.test(s)) return ethereum(s);
  if (/^(?:bc1|[13])/i.test(s)) return bitcoin(s);
  if (s.startsWith('T')) return tron(s);
  return fail('crypto-invalid');
}
