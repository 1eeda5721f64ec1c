import {
  isMailedLinkUsable,
  mailedLinkFor,
  newMailedLink,
  type NewMailedLink,
} from './mailed-link.ts';

export { tokenFromFragment } from './mailed-link.ts';

/** Long enough to open a mail on a phone, short enough that an old mail is useless. */
export const resetValidityMinutes = 30;

export function newResetToken(now: Date): NewMailedLink {
  return newMailedLink(now, resetValidityMinutes);
}

/** A reset link works once, and only before it expires. */
export const isResetUsable = isMailedLinkUsable;

export function resetLinkFor(publicUrl: string, token: string): string {
  return mailedLinkFor(publicUrl, '/password-reset', token);
}
