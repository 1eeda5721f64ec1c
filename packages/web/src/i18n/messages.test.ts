import { describe, expect, it } from 'vitest';
import { ja } from './ja.ts';
import { en } from './en.ts';
import { leafKeys } from './shape.ts';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function leaf(tree: object, path: string): string {
  let node: unknown = tree;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  return String(node);
}

describe('messages', () => {
  it('ja and en have exactly the same keys', () => {
    expect(leafKeys(en)).toEqual(leafKeys(ja));
  });

  it('uses the same interpolation variables in both languages', () => {
    for (const key of leafKeys(ja)) {
      expect(placeholders(leaf(en, key)), key).toEqual(placeholders(leaf(ja, key)));
    }
  });

  it('has no empty messages', () => {
    for (const key of leafKeys(ja)) {
      expect(leaf(ja, key).trim(), `ja ${key}`).not.toBe('');
      expect(leaf(en, key).trim(), `en ${key}`).not.toBe('');
    }
  });
});
