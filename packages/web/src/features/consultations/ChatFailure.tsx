import { useTranslation } from 'react-i18next';
import { errorCatalog } from '@yorisoi/shared';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { LinkButton } from '../../ui/Button.tsx';
import { Page } from '../../ui/Page.tsx';

/** A chat that cannot be shown: signed out, not found, or refused. */
export function ChatFailure({
  title,
  code,
  width,
}: {
  title: string;
  code: string;
  width: 'narrow' | 'wide';
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const message =
    code === 'UNAUTHENTICATED'
      ? t('consultations.chat.signedOut')
      : code === 'NOT_FOUND' || code === 'VALIDATION_FAILED'
        ? t('consultations.chat.notFound')
        : (errorCatalog[code as keyof typeof errorCatalog]?.[locale] ??
          t('consultations.chat.notFound'));
  return (
    <Page title={title} width={width}>
      <Alert tone="error">{message}</Alert>
      <LinkButton to={paths.consultations} variant="quiet">
        {t('consultations.chat.back')}
      </LinkButton>
    </Page>
  );
}
