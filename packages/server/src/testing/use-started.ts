import { afterAll, beforeAll } from 'vitest';

/**
 * What a test reads of something its file's hooks make: the declarations stand at the top
 * of the file, the values arrive in beforeAll.
 */
export function readThrough<T extends object>(
  keys: (keyof T)[],
  current: () => T | null,
  what: string,
): T {
  const view: Partial<T> = {};
  for (const key of keys) {
    Object.defineProperty(view, key, {
      enumerable: true,
      get() {
        const value = current();
        if (!value) throw new Error(`${what} is not ready: read it inside a test or a hook`);
        return value[key];
      },
    });
  }
  return view as T;
}

/**
 * Something the tests of one file share (an application, a mail sink …): started before
 * them (a `start` that answers null leaves it out, e.g. without a browser), closed after
 * them, and read through once started.
 */
export function useStarted<T extends { close(): Promise<void> }>(
  what: string,
  start: () => Promise<T | null>,
  keys: (keyof T)[],
): T {
  let started: T | null = null;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => started?.close());
  return readThrough(keys, () => started, what);
}
