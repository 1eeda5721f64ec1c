import fs from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import type { Config } from '../../config/config.ts';

export interface VapidDetails {
  subject: string;
  publicKey: string;
  privateKey: string;
}

/**
 * The VAPID key pair. Production sets it in the environment (config refuses to start
 * without it). Development and the demo generate one pair on first start into
 * DATA_DIR/secrets/vapid-keys.json, next to the generated encryption key, so that browser
 * subscriptions survive restarts: a subscription is bound to the public key it was made with.
 */
export function loadVapidDetails(config: Config): VapidDetails {
  const { keys, subject } = config.push;
  if (keys) return { subject, ...keys };
  const file = path.join(config.dataDir, 'secrets', 'vapid-keys.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const generated = webpush.generateVAPIDKeys();
    try {
      fs.writeFileSync(file, JSON.stringify(generated), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process generated it first: use theirs.
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    publicKey: string;
    privateKey: string;
  };
  return { subject, publicKey: stored.publicKey, privateKey: stored.privateKey };
}

const cache = new WeakMap<Config, VapidDetails>();

/** Loaded once per configuration. */
export function vapidDetailsFor(config: Config): VapidDetails {
  let details = cache.get(config);
  if (!details) {
    details = loadVapidDetails(config);
    cache.set(config, details);
  }
  return details;
}
