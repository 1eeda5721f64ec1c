import { performance } from 'node:perf_hooks';
import { createDeidentifier } from '../src/index.ts';
import { messageOfLength, syntheticMessage } from './synthetic-corpus.ts';

// Usage: npx tsx packages/deidentify/bench/deid.ts — single-threaded throughput and latency.
const loadStart = performance.now();
const deidentifier = await createDeidentifier();
const loadMs = performance.now() - loadStart;

const corpus = Array.from({ length: 3000 }, (_, i) => syntheticMessage(i));
const corpusChars = corpus.reduce((sum, text) => sum + text.length, 0);
for (const text of corpus.slice(0, 200)) deidentifier.deidentify(text);

const throughputStart = performance.now();
for (const text of corpus) deidentifier.deidentify(text);
const throughputSeconds = (performance.now() - throughputStart) / 1000;

const latencies: number[] = [];
for (let i = 0; i < 2000; i++) {
  const text = messageOfLength(i + 10_000, 200);
  const start = performance.now();
  deidentifier.deidentify(text);
  latencies.push(performance.now() - start);
}
latencies.sort((a, b) => a - b);
const percentile = (p: number): number =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] as number;

const result = {
  dictionaryLoadMs: Math.round(loadMs),
  corpusMessages: corpus.length,
  corpusChars,
  charsPerSecond: Math.round(corpusChars / throughputSeconds),
  latency200CharsMs: {
    p50: round(percentile(50)),
    p99: round(percentile(99)),
    max: round(latencies[latencies.length - 1] ?? 0),
  },
  targets: { charsPerSecond: 100_000, p99Ms: 5 },
};
console.log(JSON.stringify(result, null, 2));
console.log(
  [
    `dictionary load        ${result.dictionaryLoadMs} ms`,
    `throughput             ${result.charsPerSecond.toLocaleString('en')} chars/s (target ≥ 100,000)`,
    `latency p50 (200 chars) ${result.latency200CharsMs.p50} ms`,
    `latency p99 (200 chars) ${result.latency200CharsMs.p99} ms (target ≤ 5)`,
  ].join('\n'),
);

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
