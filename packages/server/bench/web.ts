/**
 * `npm run bench:web`: what the first visit costs on a slow phone connection. The real
 * server (demo data) and Debian's Chromium with Chromium's network throttling at a slow
 * 4G profile (1.6 Mbps down, 750 kbps up, 150 ms round trip), an empty cache and no
 * service worker. Per role: the JavaScript transferred (bytes on the wire, compressed as
 * sent) and the Largest Contentful Paint of opening the app signed in, plus the sign-in
 * page a visitor first sees. Prints JSON, then a table.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { currentTotp } from '../src/auth/totp.ts';
import { demoPassword } from '../src/demo/demo-data.ts';
import { startE2e } from '../../../e2e/harness.ts';

const slow4g = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const targets = { workerJsKb: 150, lcpMs: 2500 };

const roles = [
  { role: 'visitor', email: null, staff: false },
  { role: 'worker', email: 'worker@demo.yorisoi.example', staff: false },
  { role: 'coordinator', email: 'nurse@demo.yorisoi.example', staff: true },
  { role: 'city_staff', email: 'city@demo.yorisoi.example', staff: true },
  { role: 'employer_admin', email: 'employer@demo.yorisoi.example', staff: true },
] as const;

/** Records the last largest-contentful-paint entry of every document the page loads. */
const lcpObserver = `
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

async function signIn(page: Page, email: string, staff: boolean) {
  await page.goto('/signin');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(demoPassword);
  await page.getByRole('button', { name: 'ログインする' }).click();
  if (!staff) {
    await page.waitForURL((url) => url.pathname !== '/signin');
    return;
  }
  await page.waitForURL('**/mfa/setup');
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  await page.getByLabel('確認コード（6桁）').fill(currentTotp(secret));
  await page.getByRole('button', { name: '設定を完了する' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Script bytes as transferred (after compression), counted by Chromium's network layer. */
function countScriptBytes(cdp: CDPSession) {
  const scripts = new Map<string, string>();
  const files: { file: string; kb: number }[] = [];
  let bytes = 0;
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, event.response.url);
  });
  cdp.on('Network.loadingFinished', (event) => {
    const url = scripts.get(event.requestId);
    if (url === undefined) return;
    bytes += event.encodedDataLength;
    files.push({
      file: new URL(url).pathname,
      kb: Math.round(event.encodedDataLength / 102.4) / 10,
    });
  });
  return () => ({ bytes, requests: files.length, files });
}

async function measure(context: BrowserContext, page: Page, path: string) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...slow4g });
  const scripts = countScriptBytes(cdp);
  const started = Date.now();
  await page.goto(path, { waitUntil: 'load' });
  // The page is usable once its heading is there (pages load their code on first visit).
  await page.locator('h1').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const lcpMs = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
  const { bytes, requests, files } = scripts();
  // BENCH_VERBOSE=1: which scripts, for finding what to split next.
  if (process.env.BENCH_VERBOSE) process.stderr.write(`${JSON.stringify(files)}\n`);
  await cdp.detach();
  return {
    jsKb: Math.round(bytes / 102.4) / 10,
    scriptRequests: requests,
    lcpMs: Math.round(lcpMs),
    readyMs: Date.now() - started,
  };
}

async function main() {
  const env = await startE2e({ env: { LOG_LEVEL: 'silent' } });
  try {
    const results = [];
    for (const { role, email, staff } of roles) {
      const context = await env.browser.newContext({
        baseURL: env.baseUrl,
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        // A returning phone would have the app cached by its service worker; the first
        // visit, measured here, has nothing.
        serviceWorkers: 'block',
      });
      await context.addInitScript(lcpObserver);
      const page = await context.newPage();
      // Signed in at full speed; then the app opened afresh, as a person does.
      if (email) await signIn(page, email, staff);
      const figures = await measure(context, page, email ? '/' : '/signin');
      const result = { role, page: email ? '/' : '/signin', ...figures };
      process.stderr.write(`${JSON.stringify(result)}\n`);
      results.push(result);
      await context.close();
    }
    const worker = results.find((r) => r.role === 'worker')!;
    const report = {
      network: { downloadKbps: 1600, uploadKbps: 750, roundTripMs: 150 },
      targets,
      results,
      workerJsWithinTarget: worker.jsKb <= targets.workerJsKb,
      lcpWithinTarget: results.every((r) => r.lcpMs <= targets.lcpMs),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    console.table(results);
  } finally {
    await env.close();
  }
}

await main();
