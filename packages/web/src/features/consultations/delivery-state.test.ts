import { describe, expect, it } from 'vitest';
import type { TReceipt } from '@yorisoi/shared';
import { applyReceipt, peerReadSeq, senderLabel, sentState } from './delivery-state.ts';
import { isSendShortcut } from './compose-keys.ts';
import { minutesSince, urgencyLevel } from './waiting-time.ts';

const receipt = (mine: boolean, readSeq: number, readerRole: TReceipt['readerRole']): TReceipt => ({
  consultationId: '00000000-0000-4000-8000-000000000001',
  readerRole,
  mine,
  deliveredSeq: readSeq,
  readSeq,
  updatedAt: '2026-11-22T03:00:00.000Z',
});

describe('delivery state', () => {
  it('counts only the other side’s read receipts', () => {
    expect(peerReadSeq([])).toBe(0);
    expect(peerReadSeq([receipt(true, 9, 'worker'), receipt(false, 4, 'coordinator')])).toBe(4);
  });

  it('shows 既読 up to the peer’s read position', () => {
    expect(sentState(4, 4)).toBe('read');
    expect(sentState(5, 4)).toBe('sent');
  });

  it('replaces a reader’s receipt and never moves it backwards', () => {
    const first = applyReceipt([], receipt(false, 5, 'coordinator'));
    const stale = applyReceipt(first, receipt(false, 3, 'coordinator'));
    expect(stale).toHaveLength(1);
    expect(peerReadSeq(stale)).toBe(5);
    const both = applyReceipt(stale, receipt(true, 7, 'worker'));
    expect(both).toHaveLength(2);
  });

  it('names senders by role, the viewer as あなた', () => {
    expect(senderLabel('coordinator', true)).toBe('you');
    expect(senderLabel('worker', false)).toBe('person');
    expect(senderLabel('family', false)).toBe('person');
    expect(senderLabel('coordinator', false)).toBe('coordinator');
    expect(senderLabel('supervisor', false)).toBe('supervisor');
  });
});

describe('composer keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    ...mods,
  });
  it('sends with Ctrl/⌘+Enter, never with Enter alone or while composing', () => {
    expect(isSendShortcut(key('Enter'))).toBe(false);
    expect(isSendShortcut(key('Enter', { ctrlKey: true }))).toBe(true);
    expect(isSendShortcut(key('Enter', { metaKey: true }))).toBe(true);
    expect(isSendShortcut({ ...key('Enter', { ctrlKey: true }), isComposing: true })).toBe(false);
    expect(isSendShortcut(key('a', { ctrlKey: true }))).toBe(false);
  });
});

describe('waiting time', () => {
  const since = '2026-11-22T03:00:00.000Z';
  const t0 = new Date(since).getTime();
  it('counts whole minutes and never goes negative', () => {
    expect(minutesSince(since, t0 + 59_000)).toBe(0);
    expect(minutesSince(since, t0 + 5 * 60_000 + 1)).toBe(5);
    expect(minutesSince(since, t0 - 120_000)).toBe(0);
    expect(minutesSince('nonsense', t0)).toBe(0);
  });
  it('maps urgency to a badge level', () => {
    expect(urgencyLevel(0)).toBe('routine');
    expect(urgencyLevel(3)).toBe('emergency');
    expect(urgencyLevel(7)).toBe('emergency');
  });
});
