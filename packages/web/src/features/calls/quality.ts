export type CallQuality = 'good' | 'fair' | 'poor';

/** What one getStats() reading contributes: the round trip and the packet counters so far. */
export interface StatsReading {
  /** Seconds, of the selected candidate pair; null before one is selected. */
  roundTripSeconds: number | null;
  packetsReceived: number;
  packetsLost: number;
}

/**
 * Good / fair / poor from the round-trip time and the packet loss since the previous
 * reading (roughly the bands where conversation stays natural: ≤ 300 ms and ≤ 2 % loss;
 * over 800 ms or 8 % speech and video break up).
 */
export function classifyQuality(previous: StatsReading | null, current: StatsReading): CallQuality {
  const received = current.packetsReceived - (previous?.packetsReceived ?? 0);
  const lost = current.packetsLost - (previous?.packetsLost ?? 0);
  const loss = received + lost > 0 ? Math.max(0, lost) / (received + lost) : 0;
  const rtt = current.roundTripSeconds ?? 0;
  if (rtt > 0.8 || loss > 0.08) return 'poor';
  if (rtt > 0.3 || loss > 0.02) return 'fair';
  return 'good';
}

/** Reads the figures `classifyQuality` needs out of an RTCStatsReport. */
export function readStats(report: RTCStatsReport): StatsReading {
  let roundTripSeconds: number | null = null;
  let packetsReceived = 0;
  let packetsLost = 0;
  let selectedPairId: string | null = null;
  report.forEach((stat: { type: string; [key: string]: unknown }) => {
    if (stat.type === 'transport' && typeof stat.selectedCandidatePairId === 'string') {
      selectedPairId = stat.selectedCandidatePairId;
    }
  });
  report.forEach((stat: { type: string; id: string; [key: string]: unknown }) => {
    if (
      stat.type === 'candidate-pair' &&
      (stat.id === selectedPairId || (selectedPairId === null && stat.nominated === true)) &&
      typeof stat.currentRoundTripTime === 'number'
    ) {
      roundTripSeconds = stat.currentRoundTripTime;
    }
    if (stat.type === 'inbound-rtp') {
      packetsReceived += typeof stat.packetsReceived === 'number' ? stat.packetsReceived : 0;
      packetsLost += typeof stat.packetsLost === 'number' ? stat.packetsLost : 0;
    }
  });
  return { roundTripSeconds, packetsReceived, packetsLost };
}
