import type { Page } from 'playwright-core';

/**
 * Page-side scripts for call tests and the call benchmark, as source text so they run
 * unchanged wherever they are evaluated. The app keeps no handle on its peer connection
 * for tests; this init script keeps every RTCPeerConnection the page creates.
 */
export const keepPeerConnections = `(() => {
  const Native = window.RTCPeerConnection;
  window.__peerConnections = [];
  window.RTCPeerConnection = class extends Native {
    constructor(...args) {
      super(...args);
      window.__peerConnections.push(this);
    }
  };
})();`;

/** What getStats() says about the page's latest peer connection. */
export interface PeerStats {
  connectionState: string;
  /** Video frames decoded from the other side so far. */
  framesDecoded: number;
  /** Candidate types of the selected pair: host, srflx, prflx or relay. */
  localCandidate: string | null;
  remoteCandidate: string | null;
}

const readPeerStats = `(async () => {
  const pc = (window.__peerConnections || []).at(-1);
  if (!pc) return null;
  const report = await pc.getStats();
  const byId = new Map();
  report.forEach((s) => byId.set(s.id, s));
  let framesDecoded = 0;
  let pair = null;
  report.forEach((s) => {
    if (s.type === 'inbound-rtp' && s.kind === 'video') framesDecoded += s.framesDecoded || 0;
    if (s.type === 'transport' && s.selectedCandidatePairId) pair = byId.get(s.selectedCandidatePairId);
  });
  return {
    connectionState: pc.connectionState,
    framesDecoded,
    localCandidate: pair ? (byId.get(pair.localCandidateId) || {}).candidateType || null : null,
    remoteCandidate: pair ? (byId.get(pair.remoteCandidateId) || {}).candidateType || null : null,
  };
})()`;

export function peerStats(page: Page): Promise<PeerStats | null> {
  return page.evaluate(readPeerStats) as Promise<PeerStats | null>;
}

/**
 * Resolves with Date.now() at the first decoded remote video frame of the next peer
 * connection, polling getStats() every 10 ms (the figure is as fine as that).
 */
export function firstDecodedFrameAt(page: Page, connectionsBefore: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const poll = async () => {
      const pc = (window.__peerConnections || [])[${connectionsBefore}];
      if (pc) {
        const report = await pc.getStats();
        let frames = 0;
        report.forEach((s) => {
          if (s.type === 'inbound-rtp' && s.kind === 'video') frames += s.framesDecoded || 0;
        });
        if (frames > 0) return resolve(Date.now());
      }
      setTimeout(poll, 10);
    };
    poll();
  })`) as Promise<number>;
}

export function peerConnectionCount(page: Page): Promise<number> {
  return page.evaluate('(window.__peerConnections || []).length') as Promise<number>;
}

/** A worker's consultation taken by the nurse, both on its chat page; returns its path. */
export async function consultationInProgress(
  worker: Page,
  nurse: Page,
  firstMessage: string,
): Promise<string> {
  await worker.goto('/consultations/new');
  await worker.getByLabel('最初のメッセージ').fill(firstMessage);
  await worker.getByLabel('育児', { exact: true }).check();
  await worker.getByRole('button', { name: '相談を始める' }).click();
  await worker.waitForURL(/\/consultations\/[0-9a-f-]{36}$/);
  const chatPath = new URL(worker.url()).pathname;
  await nurse.goto('/care/queue');
  await nurse
    .getByRole('button', { name: /担当する/ })
    .first()
    .click();
  await nurse.waitForURL(/\/consultations\/[0-9a-f-]{36}$/);
  await nurse.goto(chatPath);
  return chatPath;
}
