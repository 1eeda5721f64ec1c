import { useTranslation } from 'react-i18next';
import type { LicenceVerificationState } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Card } from '../../ui/Card.tsx';
import { Page } from '../../ui/Page.tsx';
import { LicenceBadge } from '../admin/care-team/LicenceBadge.tsx';

const tone = {
  pending: 'info',
  verified: 'success',
  rejected: 'warning',
} as const satisfies Record<LicenceVerificationState, 'info' | 'success' | 'warning'>;

export function CoordinatorHome() {
  const { t } = useTranslation();
  const user = useUser();
  const licence = user.licence;

  return (
    <Page title={t('home.greeting', { name: user.displayName })} width="wide">
      <Card title={t('home.coordinator.licenceTitle')}>
        {licence ? (
          <>
            <p>
              {t(`licence.types.${licence.type}`)} <LicenceBadge state={licence.verification} />
            </p>
            <Alert tone={tone[licence.verification]}>
              {t(`home.coordinator.state.${licence.verification}`)}
            </Alert>
          </>
        ) : (
          <p>{t('home.coordinator.noLicence')}</p>
        )}
      </Card>
      <Card title={t('home.coordinator.teamTitle')}>
        <p>{t('home.coordinator.team', { municipality: user.municipality?.name ?? '' })}</p>
        <p>{t('home.coordinator.privacy')}</p>
      </Card>
    </Page>
  );
}
