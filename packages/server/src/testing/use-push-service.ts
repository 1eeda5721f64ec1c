import { ZPushPayload } from '@yorisoi/shared';
import { startPushService } from './push-service.ts';
import { useStarted } from './use-started.ts';
import type { TestClient } from './test-client.ts';

export type PushService = Awaited<ReturnType<typeof startPushService>>;

/** The local push service for the tests of one file, started before the application. */
export function usePushService(): PushService {
  return useStarted('the push service', () => startPushService(), [
    'origin',
    'received',
    'rejected',
    'subscribe',
    'markGone',
    'pushesFor',
    'close',
  ]);
}

/** A browser subscribes at the local push service and registers with the server. */
export async function subscribeDevice(push: PushService, client: TestClient) {
  const subscription = push.subscribe();
  await client.ok('registerPushSubscription', {
    body: { endpoint: subscription.endpoint, keys: subscription.keys, expirationTime: null },
  });
  return subscription;
}

/** What a device was sent so far, as its service worker reads it. */
export const payloadsOf = (push: PushService, id: string) =>
  push.pushesFor(id).map((p) => ZPushPayload.parse(JSON.parse(p.payload)));
