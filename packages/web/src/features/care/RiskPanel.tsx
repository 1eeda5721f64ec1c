import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRiskFlag } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ContactList } from '../home/EmergencyContacts.tsx';
import { usePolling } from '../consultations/use-polling.ts';

const checklist = ['ask', 'plan', 'means', 'urgency'] as const;
/** A risk hit is announced live (a change notice); this slow poll only backs that up. */
const pollMs = 60_000;

function categoriesOf(flags: readonly TRiskFlag[]) {
  return [...new Set(flags.flatMap((flag) => flag.categories))];
}

/** Shown prominently while a risk expression has not been assessed with the person. */
export function RiskPanel({
  consultationId,
  changes,
}: {
  consultationId: string;
  changes: number;
}) {
  const { t } = useTranslation();
  const flags = useApiData('listRiskFlags', { params: { id: consultationId } });
  const acknowledge = useAction();
  usePolling(flags.reload, pollMs);
  const { reload } = flags;
  useEffect(() => {
    if (changes > 0) reload();
  }, [changes, reload]);
  const items = flags.data?.items ?? [];
  const open = items.filter((flag) => flag.acknowledgedAt === null);

  async function record() {
    const done = await acknowledge.run(() =>
      call('acknowledgeRiskFlags', { params: { id: consultationId } }),
    );
    if (done) flags.reload();
  }

  if (open.length === 0) {
    return items.length > 0 ? (
      <p className="muted" data-testid="risk-acknowledged">
        {t('care.risk.acknowledged')}
      </p>
    ) : null;
  }
  const level = open.some((flag) => flag.level === 'high') ? 'high' : 'concern';
  return (
    <section className="card card--emergency risk-panel" data-testid="risk-panel">
      <h2 className="card__title">{t('care.risk.title')}</h2>
      <p className="risk-panel__level">{t(`care.risk.level.${level}`)}</p>
      <p>{t('care.risk.lead')}</p>
      <h3 className="risk-panel__heading">{t('care.risk.categoriesLabel')}</h3>
      <ul className="risk-panel__categories">
        {categoriesOf(open).map((category) => (
          <li key={category}>{t(`care.risk.category.${category}`)}</li>
        ))}
      </ul>
      <h3 className="risk-panel__heading">{t('care.risk.checklistTitle')}</h3>
      <ol className="risk-panel__checklist">
        {checklist.map((item) => (
          <li key={item}>{t(`care.risk.${item}`)}</li>
        ))}
      </ol>
      <h3 className="risk-panel__heading">{t('care.risk.emergencyTitle')}</h3>
      <p>{t('care.risk.emergencyLead')}</p>
      <ContactList />
      <ErrorAlert error={acknowledge.error} />
      <Button variant="danger" pending={acknowledge.pending} onClick={() => void record()}>
        {t('care.risk.acknowledge')}
      </Button>
    </section>
  );
}
