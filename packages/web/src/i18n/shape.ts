/** The same nested keys as T, every leaf a string: used to make `en` match `ja` exactly. */
export type MessageShape<T> = {
  [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]>;
};

/** Every dotted leaf key of a message tree, sorted (used by the parity test). */
export function leafKeys(tree: object, prefix = ''): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.push(path);
    else if (typeof value === 'object' && value !== null) keys.push(...leafKeys(value, path));
  }
  return keys.sort();
}
