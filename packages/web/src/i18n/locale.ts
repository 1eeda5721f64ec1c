import type { TLocale } from '@yorisoi/shared';

export const locales = ['ja', 'en'] as const satisfies readonly TLocale[];
export const defaultLocale: TLocale = 'ja';
const storageKey = 'yorisoi.locale';

export function isLocale(value: unknown): value is TLocale {
  return value === 'ja' || value === 'en';
}

export function storedLocale(storage: Pick<Storage, 'getItem'> | undefined): TLocale {
  try {
    const value = storage?.getItem(storageKey);
    return isLocale(value) ? value : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function storeLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: TLocale): void {
  try {
    storage?.setItem(storageKey, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}
