import { Secret, TOTP } from 'otpauth';

/** RFC 6238 with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s. */
const period = 30;

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: 'Yorisoi',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, label: string): string {
  return totpFor(secretBase32, label).toString();
}

/**
 * Accepts the current code or one step either side (clock drift), but never a step at or
 * before the last one accepted, so an observed code cannot be replayed.
 * Returns the accepted time step, or null.
 */
export function checkTotp(
  secretBase32: string,
  code: string,
  lastStep: number | null,
  now: Date,
): number | null {
  const delta = totpFor(secretBase32, 'check').validate({
    token: code,
    timestamp: now.getTime(),
    window: 1,
  });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / period) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** The current code, for the demo helper command and tests. */
export function currentTotp(secretBase32: string, now: Date = new Date()): string {
  return totpFor(secretBase32, 'now').generate({ timestamp: now.getTime() });
}
