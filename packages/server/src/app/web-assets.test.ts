import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { webDistDir } from './web-assets.ts';

// The README's test command builds the web app first; a bare run without a build skips.
const built = fs.existsSync(path.join(webDistDir, 'index.html'));
let t: TestApp;

beforeAll(async () => {
  if (built) t = await startTestApp();
});
afterAll(() => t?.close());

/** The entry script index.html loads (hashed name). */
function entryScript(): string {
  const html = fs.readFileSync(path.join(webDistDir, 'index.html'), 'utf8');
  return /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1]!;
}

describe.runIf(built)('the built web app', () => {
  it('sends scripts precompressed with Brotli or gzip as the browser accepts, and plain otherwise', async () => {
    const url = entryScript();
    const plain = fs.readFileSync(path.join(webDistDir, url));
    const brotli = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toContain('immutable');
    expect(brotli.rawPayload.length).toBeLessThan(plain.length / 2);
    expect(zlib.brotliDecompressSync(brotli.rawPayload).equals(plain)).toBe(true);

    const gzip = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).equals(plain)).toBe(true);

    const identity = await t.app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.rawPayload.equals(plain)).toBe(true);
  });

  it('answers a client-side route with the app page, compressed too, never cached', async () => {
    const html = fs.readFileSync(path.join(webDistDir, 'index.html'));
    const page = await t.app.inject({
      url: '/m/462187/childcare',
      headers: { 'accept-encoding': 'br' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const body =
      page.headers['content-encoding'] === 'br'
        ? zlib.brotliDecompressSync(page.rawPayload)
        : page.rawPayload;
    expect(body.equals(html)).toBe(true);
  });
});
