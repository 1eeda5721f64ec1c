import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { TLocale } from '@yorisoi/shared';
import { ja } from './ja.ts';
import { en } from './en.ts';
import { defaultLocale, isLocale, storeLocale, storedLocale } from './locale.ts';

const initial = storedLocale(globalThis.localStorage);

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: initial,
  fallbackLng: defaultLocale,
  supportedLngs: ['ja', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = initial;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export function currentLocale(): TLocale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

/** Switches the language and remembers it on this device. */
export function setLocale(locale: TLocale): void {
  storeLocale(globalThis.localStorage, locale);
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}

export { i18n };
