import { useTranslation } from 'react-i18next';
import type { TCheckIn } from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { checkInTone } from './check-in-tone.ts';
import { formatContactTime } from './contact-time.ts';

/** A check-in at a glance: its state, when, who, and the care team's note. */
export function CheckInSummary({ checkIn }: { checkIn: TCheckIn }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Badge tone={checkInTone(checkIn.state)}>
          {t(`followUps.checkIns.states.${checkIn.state}`)}
        </Badge>{' '}
        <strong>{formatContactTime(checkIn.dueAt, currentLocale())}</strong>
        {' · '}
        {checkIn.coordinatorName ?? t('followUps.checkIns.team')}
      </p>
      {checkIn.note ? <p className="muted">{checkIn.note}</p> : null}
    </>
  );
}
