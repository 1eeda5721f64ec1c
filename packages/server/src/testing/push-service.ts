import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A browser's side of web push for tests: a subscription's ECDH key pair and auth secret,
 * as PushManager.subscribe creates them.
 */
export interface TestPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  ecdh: crypto.ECDH;
  authSecret: Buffer;
}

export interface ReceivedPush {
  subscriptionId: string;
  headers: http.IncomingHttpHeaders;
  /** the JWT claims of the verified VAPID authorization */
  claims: { aud: string; exp: number; sub: string };
  /** the VAPID public key the request was signed with (k=) */
  vapidPublicKey: string;
  /** the decrypted payload, as the service worker would receive it */
  payload: string;
}

const b64url = (buffer: Buffer) => buffer.toString('base64url');

/** Verifies `Authorization: vapid t=<JWT>, k=<key>` (RFC 8292): ES256 over the given key. */
function verifyVapid(header: string | undefined, origin: string, now: number) {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+),\s*k=([\w-]+)$/.exec(header ?? '');
  if (!match) throw new Error('no VAPID authorization');
  const [, jwt, key] = match as unknown as [string, string, string];
  const [headerPart, claimsPart, signaturePart] = jwt.split('.') as [string, string, string];
  const raw = Buffer.from(key, 'base64url');
  if (raw.length !== 65 || raw[0] !== 4) throw new Error('k is not an uncompressed P-256 point');
  const publicKey = crypto.createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33)) },
    format: 'jwk',
  });
  const jwtHeader = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8')) as {
    alg?: string;
  };
  if (jwtHeader.alg !== 'ES256') throw new Error('JWT is not ES256');
  const valid = crypto.verify(
    'sha256',
    Buffer.from(`${headerPart}.${claimsPart}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!valid) throw new Error('JWT signature does not verify');
  const claims = JSON.parse(Buffer.from(claimsPart, 'base64url').toString('utf8')) as {
    aud: string;
    exp: number;
    sub: string;
  };
  if (claims.aud !== origin) throw new Error(`aud ${claims.aud} is not ${origin}`);
  if (!(claims.exp > now / 1000) || claims.exp > now / 1000 + 24 * 3600) {
    throw new Error('exp not within the next 24 hours');
  }
  if (!/^(mailto:|https:)/.test(claims.sub)) throw new Error('sub is not mailto: or https:');
  return { claims, vapidPublicKey: key };
}

/** Decrypts an RFC 8291 aes128gcm body with the subscription's private key and secret. */
export function decryptAes128gcm(body: Buffer, subscription: TestPushSubscription): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  const serverPublicKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (idLength !== 65 || ciphertext.length > recordSize) throw new Error('bad aes128gcm header');
  const ecdhSecret = subscription.ecdh.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info\0'),
    subscription.ecdh.getPublicKey(),
    serverPublicKey,
  ]);
  const ikm = Buffer.from(
    crypto.hkdfSync('sha256', ecdhSecret, subscription.authSecret, keyInfo, 32),
  );
  const cek = Buffer.from(
    crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16),
  );
  const nonce = Buffer.from(
    crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12),
  );
  const decipher = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  // The last (only) record ends with the delimiter 0x02 followed by zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('missing last-record delimiter');
  return padded.subarray(0, end).toString('utf8');
}

/**
 * A push service on loopback, as a browser vendor runs one: it accepts a POST to a
 * subscription's endpoint only with a valid VAPID authorization and an aes128gcm body it
 * can decrypt, answers 201, and 410 for subscriptions marked gone.
 */
export async function startPushService(now: () => number = Date.now) {
  const subscriptions = new Map<string, TestPushSubscription>();
  const gone = new Set<string>();
  const received: ReceivedPush[] = [];
  const rejected: string[] = [];
  let origin = '';

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const id = /^\/push\/([\w-]+)$/.exec(request.url ?? '')?.[1] ?? '';
      const subscription = subscriptions.get(id);
      if (request.method !== 'POST' || !subscription) return response.writeHead(404).end();
      if (gone.has(id)) return response.writeHead(410).end();
      try {
        const { claims, vapidPublicKey } = verifyVapid(
          request.headers.authorization,
          origin,
          now(),
        );
        if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
        if (!request.headers.ttl) throw new Error('no TTL');
        const payload = decryptAes128gcm(Buffer.concat(chunks), subscription);
        received.push({
          subscriptionId: id,
          headers: request.headers,
          claims,
          vapidPublicKey,
          payload,
        });
        response.writeHead(201).end();
      } catch (error) {
        rejected.push(error instanceof Error ? error.message : String(error));
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    received,
    rejected,
    /** A new browser subscription at this service (what PushManager.subscribe returns). */
    subscribe(): TestPushSubscription & { id: string } {
      const id = crypto.randomUUID();
      const ecdh = crypto.createECDH('prime256v1');
      ecdh.generateKeys();
      const authSecret = crypto.randomBytes(16);
      const subscription = {
        endpoint: `${origin}/push/${id}`,
        keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(authSecret) },
        ecdh,
        authSecret,
      };
      subscriptions.set(id, subscription);
      return { id, ...subscription };
    },
    /** The browser unsubscribed or the subscription expired: the service answers 410. */
    markGone(id: string) {
      gone.add(id);
    },
    pushesFor(id: string) {
      return received.filter((r) => r.subscriptionId === id);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
