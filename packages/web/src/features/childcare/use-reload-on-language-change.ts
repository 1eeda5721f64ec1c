import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Reads a public page again when the reader switches language: the server writes some of
 * its texts (why a facility matched, the ages it takes) in the language asked for.
 */
export function useReloadOnLanguageChange(reload: () => void) {
  const { i18n } = useTranslation();
  const shown = useRef(i18n.language);
  useEffect(() => {
    if (shown.current === i18n.language) return;
    shown.current = i18n.language;
    reload();
  }, [i18n.language, reload]);
}
