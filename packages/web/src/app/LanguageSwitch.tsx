import { useTranslation } from 'react-i18next';
import type { TLocale } from '@yorisoi/shared';
import { call } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { currentLocale, setLocale } from '../i18n/index.ts';

/** Switches between Japanese and English; signed-in people keep the choice on their account. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { session } = useSession();
  const next: TLocale = currentLocale() === 'ja' ? 'en' : 'ja';
  const canSave = session?.user && (session.mfa === 'ok' || session.mfa === 'not_required');

  function switchLanguage() {
    setLocale(next);
    if (canSave) {
      // Best effort: the switch already happened on this device.
      call('updateProfile', { body: { locale: next } }).catch(() => undefined);
    }
  }

  return (
    <button
      type="button"
      className="language-switch"
      lang={next}
      onClick={switchLanguage}
      title={t('header.switchLanguage')}
    >
      {next === 'en' ? 'English' : '日本語'}
    </button>
  );
}
