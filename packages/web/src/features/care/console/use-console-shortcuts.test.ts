import { describe, expect, it } from 'vitest';
import { shortcutOf } from './use-console-shortcuts.ts';

const key = (over: Partial<Parameters<typeof shortcutOf>[0]>) => ({
  altKey: true,
  ctrlKey: false,
  metaKey: false,
  key: '',
  code: '',
  ...over,
});

describe('console shortcuts', () => {
  it('maps Alt with arrows and letters to actions', () => {
    expect(shortcutOf(key({ key: 'ArrowDown' }))).toBe('next');
    expect(shortcutOf(key({ key: 'ArrowUp' }))).toBe('previous');
    expect(shortcutOf(key({ key: '®', code: 'KeyR' }))).toBe('reply');
    expect(shortcutOf(key({ code: 'KeyM' }))).toBe('note');
    expect(shortcutOf(key({ code: 'KeyU' }))).toBe('crisis');
  });

  it('leaves plain typing, Ctrl and Cmd combinations alone', () => {
    expect(shortcutOf(key({ altKey: false, key: 'ArrowDown' }))).toBeNull();
    expect(shortcutOf(key({ ctrlKey: true, code: 'KeyR' }))).toBeNull();
    expect(shortcutOf(key({ metaKey: true, code: 'KeyR' }))).toBeNull();
    expect(shortcutOf(key({ code: 'KeyX' }))).toBeNull();
  });
});
