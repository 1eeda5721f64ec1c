/**
 * Invite codes are typed by hand from paper or read from a QR code, so the alphabet leaves
 * out look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B) and the code is shown in two groups of four.
 */
export const inviteCodeAlphabet = '34679ACDEFGHJKMNPQRTUVWXY';
export const inviteCodeLength = 8;

/** Accepts what people actually type: full-width, lower case, spaces or any dash between groups. */
export function normalizeInviteCode(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―−ー_]/g, '');
}

export function isWellFormedInviteCode(normalized: string): boolean {
  if (normalized.length !== inviteCodeLength) return false;
  for (const ch of normalized) if (!inviteCodeAlphabet.includes(ch)) return false;
  return true;
}

/** Shows a code in two groups of four; formatting an already formatted code changes nothing. */
export function formatInviteCode(code: string): string {
  const normalized = normalizeInviteCode(code);
  return `${normalized.slice(0, 4)}-${normalized.slice(4)}`;
}

export const inviteKinds = ['worker', 'family'] as const;
export type InviteKind = (typeof inviteKinds)[number];
