/**
 * A one-off message carried across a sign-out (e.g. "deletion scheduled"), shown once by the
 * sign-in page. Router state cannot carry it: the guard redirects before the page navigates.
 */
export type FlashMessage =
  { kind: 'signedOutEverywhere' } | { kind: 'deletionScheduled'; scheduledFor: string };

let pending: FlashMessage | null = null;

export const flash = {
  set(message: FlashMessage): void {
    pending = message;
  },
  peek(): FlashMessage | null {
    return pending;
  },
  clear(): void {
    pending = null;
  },
};
