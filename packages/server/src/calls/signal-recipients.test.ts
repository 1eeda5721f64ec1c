import { describe, expect, it } from 'vitest';
import { createSignalRecipients } from './signal-recipients.ts';

describe('the recipients a socket keeps for its call signals', () => {
  const counting = () => {
    let calls = 0;
    const authorize = async () => {
      calls += 1;
      return { recipients: [`user-${calls}`] };
    };
    return { authorize, calls: () => calls };
  };

  it('authorizes a burst of candidates once', async () => {
    const cache = createSignalRecipients(5_000);
    const { authorize, calls } = counting();
    for (let i = 0; i < 30; i++) {
      expect(await cache.get('call-1', 1_000 + i * 50, authorize)).toEqual(['user-1']);
    }
    expect(calls()).toBe(1);
  });

  it('asks again once the entry is older than its lifetime, per call', async () => {
    const cache = createSignalRecipients(5_000);
    const { authorize, calls } = counting();
    await cache.get('call-1', 0, authorize);
    await cache.get('call-2', 0, authorize);
    expect(calls()).toBe(2);
    expect(await cache.get('call-1', 5_000, authorize)).toEqual(['user-3']);
    expect(calls()).toBe(3);
  });

  it('forgets a call this socket ended, and keeps nothing from a refusal', async () => {
    const cache = createSignalRecipients(5_000);
    const { authorize, calls } = counting();
    await cache.get('call-1', 0, authorize);
    cache.forget('call-1');
    await cache.get('call-1', 1, authorize);
    expect(calls()).toBe(2);
    const refused = () => Promise.reject(new Error('CALL_ENDED'));
    await expect(cache.get('call-9', 2, refused)).rejects.toThrow('CALL_ENDED');
    await expect(cache.get('call-9', 3, refused)).rejects.toThrow('CALL_ENDED');
  });
});
