// TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 s), with ±1 step of clock drift allowed.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'Counterpart';

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export async function totpEnrolment(secretBase32: string, label: string): Promise<{ secret: string; otpauthUri: string; qrDataUrl: string }> {
  const otpauthUri = totpFor(secretBase32, label).toString();
  return { secret: secretBase32, otpauthUri, qrDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 240 }) };
}

/** The 30-second step the code belongs to, or null when it is wrong or not newer than `lastStep` (no replay). */
export function checkTotp(secretBase32: string, code: string, at: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32, 'check').validate({ token: code, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at.getTime() / 30_000) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** For tests and the CLI: the code an authenticator would show at `at`. */
export const totpCodeAt = (secretBase32: string, at: Date): string => totpFor(secretBase32, 'gen').generate({ timestamp: at.getTime() });
