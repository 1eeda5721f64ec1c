import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canStaffMove, type StaffIntroductionStep, type TWorkIntroduction } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { japanToday, useCentreDate } from './centre-dates.ts';

/** The steps the centre records here, in order: a placement is a start. */
const steps = ['interview', 'offer', 'started'] as const satisfies readonly StaffIntroductionStep[];

/** Introductions still moving first, newest first; the person's answer comes before any step. */
export function CentrePlacements({
  programmeId,
  version,
  onChanged,
}: {
  programmeId: string;
  version: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const dateLabel = useCentreDate();
  const list = useApiData('listWorkIntroductions', { params: { id: programmeId } });
  const { reload } = list;
  const action = useAction();
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);

  async function record(intro: TWorkIntroduction, step: (typeof steps)[number]) {
    const done = await action.run(() =>
      call('recordWorkIntroductionStep', {
        params: { id: intro.id },
        body: step === 'started' ? { step, startedOn: japanToday() } : { step },
      }),
    );
    if (!done) return;
    setSaid(
      t('jobCentre.placements.recorded', {
        label: intro.referenceLabel,
        status: t(`jobCentre.placements.status.${step}`),
      }),
    );
    onChanged();
  }

  if (!list.data) return list.error ? <ErrorAlert error={list.error} /> : <Loading />;
  const items = [...list.data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card title={t('jobCentre.placements.title')} testId="centre-placements">
      <p className="muted">{t('jobCentre.placements.lead')}</p>
      <ErrorAlert error={action.error} />
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {items.length === 0 ? <p className="empty">{t('jobCentre.placements.none')}</p> : null}
      <ul className="centre-list">
        {items.slice(0, 8).map((intro) => (
          <li key={intro.id} className="centre-list__item" data-testid="centre-placement">
            <span className="centre-list__name">
              {intro.referenceLabel} → {intro.employerName}
            </span>
            <span className="centre-list__badges">
              <Badge tone={intro.startedOn ? 'good' : 'neutral'}>
                {t(`jobCentre.placements.status.${intro.status}`)}
              </Badge>
              {intro.startedOn ? <span className="muted">{dateLabel(intro.startedOn)}</span> : null}
              {intro.status === 'proposed' ? (
                <span className="muted">{t('jobCentre.placements.waiting')}</span>
              ) : null}
            </span>
            <span className="centre-list__actions">
              {steps
                .filter((step) => canStaffMove(intro.status, step))
                .map((step) => (
                  <Button
                    key={step}
                    variant={step === 'started' ? 'primary' : 'secondary'}
                    pending={action.pending}
                    aria-label={`${t(`jobCentre.placements.step.${step}`)}（${intro.referenceLabel}）`}
                    onClick={() => void record(intro, step)}
                  >
                    {t(`jobCentre.placements.step.${step}`)}
                  </Button>
                ))}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
