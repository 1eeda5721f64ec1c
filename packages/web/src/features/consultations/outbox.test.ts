import { describe, expect, it } from 'vitest';
import { addToOutbox, newOutboxEntry, removeFromOutbox } from '@yorisoi/shared';
import { loadOutbox, parseOutbox, saveOutbox, storedOutbox } from './outbox.ts';
import { clearOutboxesOf, countUnsent, outboxKey, type KeyValueStorage } from './outbox-keys.ts';

const idA = '0b3a6f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const idB = '1c4b7a1f-2d3e-4f60-9b0c-1d2e3f4a5b6c';
const now = new Date('2026-11-22T03:00:00Z');

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('outbox', () => {
  it('keys the outbox by person and consultation', () => {
    expect(outboxKey('u1', 'c1')).not.toBe(outboxKey('u2', 'c1'));
    expect(outboxKey('u1', 'c1')).not.toBe(outboxKey('u1', 'c2'));
  });

  it('adds once per client id and removes acknowledged entries', () => {
    const a = newOutboxEntry('こんばんは', now, idA);
    const b = newOutboxEntry('子どもが熱を出しました', now, idB);
    const box = addToOutbox(addToOutbox(addToOutbox([], a), b), a);
    expect(box.map((e) => e.clientMsgId)).toEqual([idA, idB]);
    expect(removeFromOutbox(box, [idA])).toEqual([b]);
  });

  it('survives a reload through storage, in order', () => {
    const storage = memoryStorage();
    const key = outboxKey('u1', 'c1');
    const box = [newOutboxEntry('一通目', now, idA), newOutboxEntry('二通目', now, idB)];
    saveOutbox(storage, key, box);
    expect(loadOutbox(storage, key)).toEqual(box);
  });

  it('leaves nothing in storage once empty', () => {
    const storage = memoryStorage();
    const key = outboxKey('u1', 'c1');
    saveOutbox(storage, key, [newOutboxEntry('一通目', now, idA)]);
    saveOutbox(storage, key, []);
    expect(storage.data.size).toBe(0);
  });

  it('applies each change to what another tab stored, and names what left', () => {
    const storage = memoryStorage();
    const key = outboxKey('u1', 'c1');
    const gone: string[] = [];
    const store = storedOutbox(storage, key, (entries) =>
      gone.push(...entries.map((e) => e.clientMsgId)),
    );
    const a = newOutboxEntry('一通目', now, idA);
    store.update((box) => addToOutbox(box, a));
    saveOutbox(storage, key, [a, newOutboxEntry('別のタブ', now, idB)]);
    const left = store.update((box) => removeFromOutbox(box, [idA]));
    expect(left.map((e) => e.clientMsgId)).toEqual([idB]);
    expect(loadOutbox(storage, key)).toEqual(left);
    expect(gone).toEqual([idA]);
  });

  it('drops corrupt, duplicated and unsendable entries instead of failing', () => {
    expect(parseOutbox(null)).toEqual([]);
    expect(parseOutbox('{not json')).toEqual([]);
    expect(parseOutbox('{"a":1}')).toEqual([]);
    const good = newOutboxEntry('本文', now, idA);
    const raw = JSON.stringify([
      good,
      good,
      { clientMsgId: 'not-a-uuid', body: 'x', createdAt: now.toISOString() },
      { clientMsgId: idB, body: '   ', createdAt: now.toISOString() },
    ]);
    expect(parseOutbox(raw)).toEqual([good]);
  });

  it('keeps a photo-only message with its files, and drops a file list gone wrong', () => {
    const file = { clientUploadId: idB, mimeType: 'image/jpeg', size: 1234 };
    const photo = newOutboxEntry('', now, idA, [file]);
    expect(parseOutbox(JSON.stringify([photo]))).toEqual([photo]);
    const broken = { ...photo, files: [{ ...file, clientUploadId: 'x' }] };
    expect(parseOutbox(JSON.stringify([broken]))).toEqual([]);
    expect(newOutboxEntry('本文', now, idA)).not.toHaveProperty('files');
  });
});

describe('outboxes at sign-out', () => {
  function memoryStorage(initial: Record<string, string>) {
    const map = new Map(Object.entries(initial));
    return {
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      keys: () => [...map.keys()],
    };
  }
  const entry = (id: string) => ({
    clientMsgId: id,
    body: 'まだ送れていません',
    createdAt: '2026-11-22T00:00:00.000Z',
  });

  it('counts and clears only the signed-in person’s unsent messages', () => {
    const storage = memoryStorage({
      [outboxKey('me', 'c1')]: JSON.stringify([entry('0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a11')]),
      [outboxKey('me', 'c2')]: JSON.stringify([
        entry('1b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a11'),
        entry('2b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a11'),
      ]),
      [outboxKey('someone-else', 'c3')]: JSON.stringify([
        entry('3b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a11'),
      ]),
      'yorisoi.locale': 'ja',
    });
    expect(countUnsent(storage, 'me')).toBe(3);
    clearOutboxesOf(storage, 'me');
    expect(countUnsent(storage, 'me')).toBe(0);
    expect(storage.keys().sort()).toEqual(
      [outboxKey('someone-else', 'c3'), 'yorisoi.locale'].sort(),
    );
  });

  it('counts a damaged entry as unsent rather than staying silent', () => {
    const storage = memoryStorage({
      [outboxKey('me', 'c1')]: JSON.stringify([{ broken: true }, entry(idA)]),
      [outboxKey('me', 'c2')]: 'not json',
    });
    expect(countUnsent(storage, 'me')).toBe(2);
  });
});
