/**
 * How long a socket trusts the parties it looked up for a call's signals. A call's ICE
 * candidates come in a burst of tens within a second or two of accepting; without this
 * each of them cost two queries (the call, then its consultation). Short enough that a
 * call ended or a consultation transferred on another instance stops the relay within
 * seconds: what could still pass meanwhile goes only to someone who was a party of the
 * call a moment before, and carries no content (network candidates, session offers).
 */
export const signalRecipientsTtlMs = 5_000;

interface Entry {
  recipients: string[];
  until: number;
}

/** Per socket: the recipients of each call's signals, as last authorized. */
export function createSignalRecipients(ttlMs = signalRecipientsTtlMs) {
  const entries = new Map<string, Entry>();
  return {
    /** The cached recipients, or the authorized ones (then kept for `ttlMs`). */
    async get(
      callId: string,
      now: number,
      authorize: () => Promise<{ recipients: string[] }>,
    ): Promise<string[]> {
      const hit = entries.get(callId);
      if (hit && hit.until > now) return hit.recipients;
      const { recipients } = await authorize();
      entries.set(callId, { recipients, until: now + ttlMs });
      return recipients;
    },
    /** A call this socket ended or declined is authorized afresh on its next signal. */
    forget(callId: string): void {
      entries.delete(callId);
    },
  };
}
