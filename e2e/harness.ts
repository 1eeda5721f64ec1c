import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadConfig } from '../packages/server/src/config/config.ts';
import { startServer, type RunningServer } from '../packages/server/src/app/start-server.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = fs.existsSync(chromiumPath);

/**
 * Browser tests need Debian's Chromium. On a developer machine without it they are
 * skipped with a loud message; on CI (CI=true) a missing browser is a failure.
 */
export function requireBrowser(): boolean {
  if (browserAvailable) return true;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but no browser at ${chromiumPath}: install Debian's chromium`);
  process.stderr.write(
    `\n!!! Browser tests SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium) !!!\n\n`,
  );
  return false;
}

export interface E2eEnv {
  server: RunningServer;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

export interface E2eOptions {
  /** Fake camera and microphone, granted without a prompt (calls). */
  fakeMedia?: boolean;
  /** More server configuration (e.g. TURN for a relayed call). */
  env?: Record<string, string>;
}

/** Chromium's synthetic camera and microphone; loopback allowed for the peer connection. */
const fakeMediaArgs = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
];

/** The real application on a fresh embedded database with the demo seeded, and a browser. */
export async function startE2e(options: E2eOptions = {}): Promise<E2eEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-e2e-'));
  const server = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO_SEED: 'true',
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      ...options.env,
    }),
    { quiet: true },
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.fakeMedia ? fakeMediaArgs : []),
    ],
  });
  return {
    server,
    browser,
    baseUrl: server.url,
    async close() {
      await browser.close();
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core must find no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** Collects Content-Security-Policy violations and page errors, which must stay empty. */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) {
      problems.push(`csp: ${message.text()}`);
    }
  });
  return problems;
}
