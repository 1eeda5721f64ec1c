import { useTranslation } from 'react-i18next';
import { paths } from '../../app/guards.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { Page } from '../../ui/Page.tsx';
import { MinimumGroupSizeCard } from './MinimumGroupSizeCard.tsx';

/** The city's disclosure settings, apart from the dashboard they govern. */
export function StatisticsSettingsPage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('statistics.settings.title')}
      lead={<p>{t('statistics.settings.lead')}</p>}
      actions={
        <>
          <LinkButton to={paths.statistics}>{t('statistics.settings.back')}</LinkButton>
          <LinkButton to={paths.retentionSettings}>{t('retention.link')}</LinkButton>
        </>
      }
    >
      <MinimumGroupSizeCard />
    </Page>
  );
}
