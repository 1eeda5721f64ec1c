import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Stats } from '../../ui/Stats.tsx';
import { useCentreDate } from './centre-dates.ts';
import { CentreNurseries } from './CentreNurseries.tsx';
import { OpeningMatches, SeekerMatches } from './CentreMatches.tsx';
import { CentrePlacements } from './CentrePlacements.tsx';

/**
 * The centre's one screen, desk or phone: the year's figures, nurseries short of staff
 * first, matches both ways, and the introductions to move on. Every change re-reads it.
 */
export function JobCentreDesk({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const dateLabel = useCentreDate();
  const centre = useApiData('getJobCentre', { params: { id: programmeId } });
  const [version, setVersion] = useState(0);
  const changed = () => {
    centre.reload();
    setVersion((v) => v + 1);
  };
  if (!centre.data) return centre.error ? <ErrorAlert error={centre.error} /> : <Loading />;
  const { figures } = centre.data;
  return (
    <div className="job-centre">
      <Card title={t('jobCentre.figures.title')} testId="centre-figures">
        <p className="muted">
          {t('jobCentre.figures.period', {
            from: dateLabel(figures.from),
            to: dateLabel(figures.to),
          })}
        </p>
        <Stats
          items={[
            {
              label: t('jobCentre.figures.registered'),
              value: t('jobCentre.figures.people', { count: figures.registered }),
              testId: 'centre-registered',
            },
            {
              label: t('jobCentre.figures.introduced'),
              value: t('jobCentre.figures.people', { count: figures.introduced }),
            },
            {
              label: t('jobCentre.figures.placed'),
              value: t('jobCentre.figures.people', { count: figures.placed }),
              testId: 'centre-placed',
            },
            {
              label: t('jobCentre.figures.referred'),
              value: t('jobCentre.figures.cases', { count: figures.referredFromHealthRoom }),
            },
          ]}
        />
      </Card>
      <div className="job-centre__columns">
        <CentrePlacements programmeId={programmeId} version={version} onChanged={changed} />
        <CentreNurseries centre={centre.data} onChanged={changed} />
      </div>
      <div className="job-centre__columns">
        <SeekerMatches centre={centre.data} onProposed={changed} />
        <OpeningMatches centre={centre.data} onProposed={changed} />
      </div>
    </div>
  );
}
