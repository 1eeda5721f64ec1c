import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TJobCentre } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';

function NurseryList({ items }: { items: TJobCentre['nurseries'] }) {
  const { t } = useTranslation();
  return (
    <ul className="centre-list">
      {items.map((n) => (
        <li key={n.facilityId} className="centre-list__item" data-testid="centre-nursery">
          <span className="centre-list__name">{n.name}</span>
          <span className="centre-list__badges">
            {n.staffShort ? (
              <Badge tone="warning">
                {t('jobCentre.nurseries.short', { count: n.staffShort })}
              </Badge>
            ) : null}
            {n.openOpenings > 0 ? (
              <Badge>{t('jobCentre.nurseries.openings', { count: n.openOpenings })}</Badge>
            ) : null}
          </span>
          {n.phone ? (
            <a className="centre-list__link" href={`tel:${n.phone.replace(/[^0-9+]/g, '')}`}>
              {t('jobCentre.nurseries.call', { phone: n.phone })}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The nurseries, short of staff first, and the form that flags one for this month. */
export function CentreNurseries({
  centre,
  onChanged,
}: {
  centre: TJobCentre;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  // Nurseries short of staff or hiring show at once; the others fold away on a phone.
  const first = centre.nurseries.filter((n) => n.staffShort || n.openOpenings > 0);
  const rest = centre.nurseries.filter((n) => !n.staffShort && n.openOpenings === 0);
  const [facilityId, setFacilityId] = useState(centre.nurseries[0]?.facilityId ?? '');
  const [count, setCount] = useState('1');
  const [said, setSaid] = useState('');
  const [year, month] = centre.month.split('-').map(Number) as [number, number];
  const monthLabel = t('jobCentre.month', { year, month });

  async function flag(event: FormEvent) {
    event.preventDefault();
    const nursery = centre.nurseries.find((n) => n.facilityId === facilityId);
    const staffShort = Number(count);
    if (!nursery || !Number.isInteger(staffShort)) return;
    const done = await action.run(() =>
      call('recordStaffShortage', {
        params: { id: facilityId },
        body: { programmeId: centre.programme.id, month: centre.month, staffShort },
      }),
    );
    if (!done) return;
    setSaid(
      staffShort === 0
        ? t('jobCentre.nurseries.cleared', { name: nursery.name })
        : t('jobCentre.nurseries.flagged', { name: nursery.name, count: staffShort }),
    );
    onChanged();
  }

  return (
    <Card title={t('jobCentre.nurseries.title')} testId="centre-nurseries">
      <p className="muted">{t('jobCentre.nurseries.lead')}</p>
      <NurseryList items={first} />
      {rest.length > 0 ? (
        <details className="centre-more">
          <summary>{t('jobCentre.nurseries.others', { count: rest.length })}</summary>
          <NurseryList items={rest} />
        </details>
      ) : null}
      <form className="centre-flag" onSubmit={(event) => void flag(event)}>
        <SelectField
          label={t('jobCentre.nurseries.title')}
          name="facility"
          value={facilityId}
          onChange={(event) => setFacilityId(event.target.value)}
          options={centre.nurseries.map((n) => ({ value: n.facilityId, label: n.name }))}
        />
        <TextField
          label={t('jobCentre.nurseries.flagLabel', {
            name: centre.nurseries.find((n) => n.facilityId === facilityId)?.name ?? '',
            month: monthLabel,
          })}
          hint={t('jobCentre.nurseries.hint')}
          name="staffShort"
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          value={count}
          onChange={(event) => setCount(event.target.value)}
        />
        <ErrorAlert error={action.error} />
        <Button type="submit" variant="secondary" pending={action.pending}>
          {t('jobCentre.nurseries.flag')}
        </Button>
        <p className="visually-hidden" role="status">
          {said}
        </p>
      </form>
    </Card>
  );
}
