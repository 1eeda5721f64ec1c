import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { TLocale } from '@yorisoi/shared';
import { ja } from './ja.ts';
import { defaultLocale, isLocale, storeLocale, storedLocale } from './locale.ts';

const initial = storedLocale(globalThis.localStorage);

/**
 * Japanese is in the first download; English comes as its own chunk when someone chooses
 * it, so that nobody downloads both languages' texts before the first page.
 */
const messagesOf: Record<TLocale, () => Promise<object>> = {
  ja: async () => ja,
  en: async () => (await import('./en.ts')).en,
};

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja } },
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: ['ja', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = defaultLocale;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export function currentLocale(): TLocale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

async function switchTo(locale: TLocale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await messagesOf[locale]());
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** Resolves once the stored language's texts are in: the app renders after it. */
export const localeReady: Promise<void> = switchTo(initial).catch(() => undefined);

/** Switches the language (fetching its texts the first time) and remembers it on this device. */
export function setLocale(locale: TLocale): void {
  storeLocale(globalThis.localStorage, locale);
  // Offline before English was ever fetched: the app stays in Japanese until it can load.
  void switchTo(locale).catch(() => undefined);
}

export { i18n };
