// Loaded into the benchmark's server process only (`node --import`), never into a real
// server: how long the event loop stalled and what garbage collection cost while a phase
// ran, so that a latency tail can be told apart from the database. Plain JavaScript
// because it runs before tsx is registered. Read (and reset) over the IPC channel.
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();

const emptyPauses = () => ({ count: 0, totalMs: 0, maxMs: 0 });
let scavenges = emptyPauses();
// A full collection's pauses: its incremental marking steps, its final mark-compact pause
// and the weak callbacks after it.
let fullCollectionPauses = emptyPauses();
let fullCollections = 0;

const add = (pauses, ms) => {
  pauses.count += 1;
  pauses.totalMs += ms;
  pauses.maxMs = Math.max(pauses.maxMs, ms);
};

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = entry.detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) add(scavenges, entry.duration);
    else add(fullCollectionPauses, entry.duration);
    if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullCollections += 1;
  }
}).observe({ entryTypes: ['gc'] });

const ms = (value) => Math.round(value * 100) / 100;
const presentPauses = ({ count, totalMs, maxMs }) => ({
  count,
  totalMs: ms(totalMs),
  maxMs: ms(maxMs),
});

process.on('message', (message) => {
  if (message !== 'probe:read') return;
  process.send?.({
    probe: {
      eventLoopDelay: {
        p50Ms: ms(delay.percentile(50) / 1e6),
        p99Ms: ms(delay.percentile(99) / 1e6),
        maxMs: ms(delay.max / 1e6),
      },
      scavenges: presentPauses(scavenges),
      fullCollections,
      fullCollectionPauses: presentPauses(fullCollectionPauses),
    },
  });
  delay.reset();
  scavenges = emptyPauses();
  fullCollectionPauses = emptyPauses();
  fullCollections = 0;
});
// The channel must not keep the server alive once it has shut down.
process.channel?.unref();
