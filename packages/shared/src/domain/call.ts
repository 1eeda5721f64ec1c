/**
 * Calls in a consultation: video or audio only, peer to peer (WebRTC). The server only
 * relays signalling and records that a call happened; media and SDP are never stored.
 */
export const callKinds = ['video', 'audio'] as const;
export type CallKind = (typeof callKinds)[number];

/** ringing: the callee's app rings; active: accepted; ended: over (see the reason). */
export const callStates = ['ringing', 'active', 'ended'] as const;
export type CallState = (typeof callStates)[number];

/**
 * completed: accepted, then hung up by either side; declined: the callee said no;
 * cancelled: the caller hung up while it rang; missed: nobody answered in time.
 */
export const callEndReasons = ['completed', 'declined', 'cancelled', 'missed'] as const;
export type CallEndReason = (typeof callEndReasons)[number];

/** How long a call rings before it counts as missed. */
export const callRingSeconds = 45;

/**
 * Session descriptions are a few kilobytes; anything far larger is not a browser's offer.
 * Counted in UTF-16 units, which for the ASCII SDP is bytes.
 */
export const maxSdpLength = 16_000;
export const maxSdpLines = 400;
/** A candidate line is short; RFC 8839's grammar plus a few extensions stays far below this. */
export const maxCandidateLength = 512;

/**
 * RFC 8866 structure as browsers produce it: `v=0` first, then `o=`, `s=` and `t=` lines,
 * at least one media section, and only `<letter>=<printable text>` lines separated by
 * CRLF (LF tolerated). Returns the first problem, or null when it is well formed.
 */
export function sdpProblem(sdp: string): string | null {
  if (sdp.length === 0) return 'empty description';
  if (sdp.length > maxSdpLength) return `longer than ${maxSdpLength} characters`;
  const lines = sdp.replace(/\r?\n$/, '').split(/\r?\n/);
  if (lines.length > maxSdpLines) return `more than ${maxSdpLines} lines`;
  if (lines[0] !== 'v=0') return 'must start with v=0';
  for (const [index, line] of lines.entries()) {
    if (!/^[a-z]=[\x20-\x7e]*$/.test(line)) return `line ${index + 1} is not <type>=<value>`;
  }
  const types = new Set(lines.map((line) => line[0]));
  for (const required of ['o', 's', 't', 'm']) {
    if (!types.has(required)) return `no ${required}= line`;
  }
  const firstMedia = lines.findIndex((line) => line.startsWith('m='));
  for (const line of lines.slice(firstMedia)) {
    if (
      line.startsWith('m=') &&
      !/^m=(audio|video|application) \d{1,5}(\/\d+)? \S+( \S+)+$/.test(line)
    ) {
      return 'malformed m= line';
    }
  }
  return null;
}

/**
 * An ICE candidate attribute value (RFC 8839 §5.1): foundation, component, transport,
 * priority, address, port, `typ` and the type, then optional extension pairs. The empty
 * string is the end-of-candidates marker browsers send.
 */
export function candidateProblem(candidate: string): string | null {
  if (candidate === '') return null;
  if (candidate.length > maxCandidateLength) return 'too long';
  const match =
    /^candidate:[A-Za-z0-9+/]{1,32} \d{1,3} (udp|tcp|UDP|TCP) \d{1,10} [A-Za-z0-9.:-]{1,255} \d{1,5} typ (host|srflx|prflx|relay)( [\x21-\x7e]+ [\x21-\x7e]+)*$/.exec(
      candidate,
    );
  if (!match) return 'not an ICE candidate';
  return null;
}

/** Whole minutes as people say them: a call under a minute is "1 minute" ("less than"). */
export function callMinutes(durationSeconds: number): number {
  return Math.max(1, Math.round(durationSeconds / 60));
}
