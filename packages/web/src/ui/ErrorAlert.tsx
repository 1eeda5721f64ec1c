import { errorCatalog } from '@yorisoi/shared';
import { useTranslation } from 'react-i18next';
import { OfflineError, type UiError } from '../api/errors.ts';
import { currentLocale } from '../i18n/index.ts';
import { Alert } from './Alert.tsx';

/** The catalog message of an API error in the current language. */
export function useErrorMessage(): (error: UiError) => string {
  const { t } = useTranslation();
  return (error) =>
    error instanceof OfflineError ? t('errors.offline') : errorCatalog[error.code][currentLocale()];
}

export function ErrorAlert({ error }: { error: UiError | null | undefined }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  const requestId = error instanceof OfflineError ? null : error.requestId;
  return (
    <Alert tone="error">
      <p>{message(error)}</p>
      {requestId ? <p className="alert__meta">{t('errors.requestId', { id: requestId })}</p> : null}
    </Alert>
  );
}
