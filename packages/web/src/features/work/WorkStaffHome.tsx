import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderMatchMissing, renderMatchReason, type TWorkProgramme } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

/** Programme staff's home: an opening, the people who suit it and why, and introducing them. */
export function WorkStaffHome() {
  const { t } = useTranslation();
  const programmes = useApiData('listWorkProgrammes');
  const programme = programmes.data?.items[0];
  return (
    <Page title={programme?.name ?? t('work.staff.title')} width="wide">
      <ErrorAlert error={programmes.error} />
      {!programmes.data && !programmes.error ? <Loading /> : null}
      {programme ? <ProgrammeDesk programme={programme} /> : null}
    </Page>
  );
}

function ProgrammeDesk({ programme }: { programme: TWorkProgramme }) {
  const { t } = useTranslation();
  const openings = useApiData('listProgrammeOpenings', { params: { id: programme.id } });
  const [chosen, setChosen] = useState<string | null>(null);
  const items = openings.data?.items ?? [];
  const openingId = chosen ?? items[0]?.id ?? null;
  return (
    <>
      <ErrorAlert error={openings.error} />
      {items.length > 0 ? (
        <SelectField
          label={t('work.staff.opening')}
          name="opening"
          value={openingId ?? ''}
          onChange={(event) => setChosen(event.target.value)}
          options={items.map((o) => ({ value: o.id, label: `${o.title}（${o.employerName}）` }))}
        />
      ) : null}
      {openingId ? (
        <Suggestions key={openingId} programme={programme} openingId={openingId} />
      ) : null}
    </>
  );
}

function Suggestions({ programme, openingId }: { programme: TWorkProgramme; openingId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const suggestions = useApiData('suggestParticipantsForOpening', {
    params: { id: openingId },
    query: { limit: 10 },
  });
  const participants = useApiData('listProgrammeParticipants', { params: { id: programme.id } });
  const action = useAction();
  const [proposed, setProposed] = useState<ReadonlySet<string>>(new Set());
  const labelOf = new Map(participants.data?.items.map((p) => [p.id, p.referenceLabel]));
  const skillLabel = (id: string) => programme.skills.find((s) => s.id === id)?.label ?? id;
  const propose = (profileId: string) =>
    void action
      .run(() => call('proposeWorkIntroduction', { body: { profileId, openingId } }))
      .then((done) => done && setProposed((current) => new Set([...current, profileId])));
  if (!suggestions.data)
    return suggestions.error ? <ErrorAlert error={suggestions.error} /> : <Loading />;
  return (
    <Card title={t('work.staff.suggestions')}>
      <ErrorAlert error={action.error} />
      {suggestions.data.items.length === 0 ? <p className="empty">{t('work.staff.none')}</p> : null}
      <ol className="work-suggestions" data-testid="work-suggestions">
        {suggestions.data.items.map((s) => (
          <li key={s.id} className="work-suggestion">
            <p className="work-suggestion__head">
              <strong>{labelOf.get(s.id) ?? '…'}</strong>{' '}
              <Badge tone="good">{t('work.staff.score', { score: s.score })}</Badge>
            </p>
            <ul className="work-suggestion__reasons">
              {s.reasons.map((r, i) => (
                <li key={i}>{renderMatchReason(r, locale, skillLabel)}</li>
              ))}
            </ul>
            {s.missing.length > 0 ? (
              <ul className="work-suggestion__missing" aria-label={t('work.staff.missing')}>
                {s.missing.map((m, i) => (
                  <li key={i}>{renderMatchMissing(m, locale, skillLabel)}</li>
                ))}
              </ul>
            ) : null}
            {proposed.has(s.id) ? (
              <Badge>{t('work.staff.proposed')}</Badge>
            ) : (
              <Button variant="secondary" pending={action.pending} onClick={() => propose(s.id)}>
                {t('work.staff.propose')}
              </Button>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
