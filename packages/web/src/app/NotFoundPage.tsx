import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page.tsx';
import { LinkButton } from '../ui/Button.tsx';
import { paths } from './guards.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} lead={<p>{t('notFound.body')}</p>}>
      <LinkButton to={paths.home} variant="primary">
        {t('notFound.home')}
      </LinkButton>
    </Page>
  );
}
