import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';

/**
 * Tells the person that the network's night team answers them: the licence, never a name
 * or a city (issue 18). Read again when the consultation changes hands.
 */
export function NightTeamNotice({
  consultationId,
  changes,
}: {
  consultationId: string;
  changes: number;
}) {
  const { t } = useTranslation();
  const consultation = useApiData('getConsultation', { params: { id: consultationId } });
  const { reload } = consultation;
  useEffect(() => {
    if (changes > 0) reload();
  }, [changes, reload]);
  const nightTeam = consultation.data?.nightTeam;
  if (!nightTeam) return null;
  return (
    <Alert testId="night-team">
      {t('pool.nightTeam', { licence: t(`licence.types.${nightTeam.licence}`) })}
    </Alert>
  );
}
