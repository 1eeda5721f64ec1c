#!/usr/bin/env node
// Runs the whole test suite (unit, integration, browser) with Vitest and ends with one
// plain summary line. Arguments are passed to Vitest, e.g. `npm test -- --project server`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const projects = args.flatMap((arg, i) =>
  arg === '--project' ? [args[i + 1]] : arg.startsWith('--project=') ? [arg.slice(10)] : [],
);
const runsBrowserTests = projects.length === 0 || projects.includes('e2e');

if (runsBrowserTests) {
  // Browser tests drive the built web app, exactly as users get it.
  const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-test-')), 'report.json');
// Vitest runs on the Node that runs this script (npm scripts: the pinned Node 24).
const vitest = path.join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
  { stdio: 'inherit' },
);

let summary = 'tests: no report';
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  summary = `tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`;
  if (result.numTotalTests === 0) summary = 'tests: 0 passed, 1 failed (no test ran)';
}
process.stdout.write(`\n${summary}\n`);
process.exit(run.status ?? 1);
