import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/use-test-app.ts';
import { waitFor } from '../testing/wait-for.ts';

/**
 * The nginx configuration of the deployment guide (deploy/nginx/yorisoi.conf), run as it is
 * in front of the real application: TLS, the redirect from http, HSTS beside the
 * application's own headers, the WebSocket upgrade of the chat, /metrics kept off the
 * public address. Only the addresses, ports and certificate paths are replaced.
 */
const nginxBinary = '/usr/sbin/nginx';
const nginxAvailable = fs.existsSync(nginxBinary);
const repoConf = fileURLToPath(new URL('../../../../deploy/nginx/yorisoi.conf', import.meta.url));

const t = useTestApp();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-nginx-'));
let nginx: ChildProcess | null = null;
let httpPort = 0;
let httpsPort = 0;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function request(
  options: https.RequestOptions & { secure: boolean },
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const send = options.secure ? https.request : http.request;
    const req = send({ host: '127.0.0.1', rejectUnauthorized: false, ...options }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  if (!nginxAvailable) return;
  const app = new URL(await t.app.listen({ host: '127.0.0.1', port: 0 }));
  httpPort = await freePort();
  httpsPort = await freePort();
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=yorisoi.example.jp',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const conf = fs
    .readFileSync(repoConf, 'utf8')
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${app.port};`)
    .replace(/^\s*listen \[::\].*$/gm, '')
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace(
      /\/etc\/letsencrypt\/live\/yorisoi\.example\.jp\/fullchain\.pem/,
      path.join(dir, 'cert.pem'),
    )
    .replace(
      /\/etc\/letsencrypt\/live\/yorisoi\.example\.jp\/privkey\.pem/,
      path.join(dir, 'key.pem'),
    )
    .replace('/var/log/nginx/yorisoi.access.log', path.join(dir, 'access.log'));
  fs.writeFileSync(path.join(dir, 'yorisoi.conf'), conf);
  const root = process.getuid?.() === 0 ? 'user root;' : '';
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${root}
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/yorisoi.conf;
}
`,
  );
  nginx = spawn(nginxBinary, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  await waitFor(
    async () => {
      const answer = await request({ secure: true, port: httpsPort, path: '/healthz' }).catch(
        () => null,
      );
      return answer?.status === 200;
    },
    { what: 'nginx to answer over TLS', timeoutMs: 30_000 },
  );
}, 60_000);

afterAll(() => {
  nginx?.kill('SIGQUIT');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.runIf(nginxAvailable)('the nginx configuration of the deployment guide', () => {
  it('sends http to https, and serves the application with HSTS and its own headers', async () => {
    const plain = await request({ secure: false, port: httpPort, path: '/healthz' });
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toMatch(/^https:\/\//);
    const secure = await request({ secure: true, port: httpsPort, path: '/readyz' });
    expect(secure.status).toBe(200);
    expect(secure.headers['strict-transport-security']).toContain('max-age=63072000');
    expect(secure.headers['content-security-policy']).toBeDefined();
    expect(secure.headers['x-request-id']).toBeDefined();
  });

  it('passes the chat’s WebSocket upgrade through, and keeps /metrics off', async () => {
    const upgraded = await request({
      secure: true,
      port: httpsPort,
      path: '/socket.io/?EIO=4&transport=websocket',
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        // RFC 6455's sample nonce: 16 bytes in base64.
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
      },
    });
    expect(upgraded.status).toBe(101);
    expect(upgraded.headers.upgrade).toBe('websocket');
    const metrics = await request({ secure: true, port: httpsPort, path: '/metrics' });
    expect(metrics.status).toBe(404);
  });
});
