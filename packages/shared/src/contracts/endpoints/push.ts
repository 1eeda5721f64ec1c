import { defineEndpoint } from '../endpoint.ts';
import { ZOk } from '../common.ts';
import { ZPushPublicKey, ZRegisterPushSubscription, ZRemovePushSubscription } from '../push.ts';

export const pushEndpoints = {
  getPushPublicKey: defineEndpoint({
    method: 'GET',
    path: '/api/push/public-key',
    summary: 'The VAPID public key for subscribing this device to notifications',
    access: 'session',
    response: ZPushPublicKey,
  }),
  registerPushSubscription: defineEndpoint({
    method: 'POST',
    path: '/api/push/subscriptions',
    summary: 'Receive notifications on this device for this session',
    access: 'session',
    body: ZRegisterPushSubscription,
    response: ZOk,
  }),
  removePushSubscription: defineEndpoint({
    method: 'POST',
    path: '/api/push/subscriptions/remove',
    summary: 'Stop notifications on this device',
    access: 'session',
    body: ZRemovePushSubscription,
    response: ZOk,
  }),
} as const;
