import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../i18n/locale.ts';
import { formatDate } from '../../i18n/format.ts';

const storageKey = 'yorisoi.wareki';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return globalThis.localStorage?.getItem(storageKey) === '1';
  } catch {
    return false;
  }
}

export function setWareki(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(storageKey, on ? '1' : '0');
  } catch {
    // Without storage the preference lasts until reload; nothing else depends on it.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWareki(): boolean {
  return useSyncExternalStore(subscribe, read);
}

/**
 * Date formatting for the current language. Officials' pages pass `allowWareki`, so the
 * 和暦 preference they set applies there (and only in Japanese).
 */
export function useDateFormatter(allowWareki = false) {
  const { i18n } = useTranslation();
  const wareki = useWareki();
  const locale = isLocale(i18n.language) ? i18n.language : 'ja';
  return (value: string | null | undefined, withTime = false): string =>
    value ? formatDate(value, locale, { wareki: allowWareki && wareki, withTime }) : '—';
}
