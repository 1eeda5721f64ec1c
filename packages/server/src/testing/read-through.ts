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
