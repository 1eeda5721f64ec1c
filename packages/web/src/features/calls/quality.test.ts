import { describe, expect, it } from 'vitest';
import { classifyQuality } from './quality.ts';

const reading = (rtt: number | null, received: number, lost: number) => ({
  roundTripSeconds: rtt,
  packetsReceived: received,
  packetsLost: lost,
});

describe('connection quality', () => {
  it('is good on a short round trip without loss', () => {
    expect(classifyQuality(null, reading(0.05, 500, 0))).toBe('good');
  });
  it('is fair on a long round trip or some loss since the last reading', () => {
    expect(classifyQuality(null, reading(0.45, 500, 0))).toBe('fair');
    expect(classifyQuality(reading(0.05, 1000, 0), reading(0.05, 1095, 5))).toBe('fair');
  });
  it('is poor on a very long round trip or heavy loss', () => {
    expect(classifyQuality(null, reading(1.2, 500, 0))).toBe('poor');
    expect(classifyQuality(reading(0.05, 1000, 10), reading(0.05, 1080, 30))).toBe('poor');
  });
  it('judges loss since the previous reading, not since the start', () => {
    expect(classifyQuality(reading(0.05, 1000, 200), reading(0.05, 2000, 200))).toBe('good');
  });
});
