import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  renderMatchMissing,
  renderMatchReason,
  type TWorkIntroduction,
  type TWorkProgramme,
} from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { introducedPairs, ProposeIntroduction } from './ProposeIntroduction.tsx';
import { StaffOpeningActions } from './StaffOpeningActions.tsx';
import { pathLabel } from './work-labels.ts';

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
  const introductions = useApiData('listWorkIntroductions', { params: { id: programme.id } });
  const [chosen, setChosen] = useState<string | null>(null);
  // Bumped when staff edit or close an opening: its suggestions are read again.
  const [version, setVersion] = useState(0);
  const items = openings.data?.items ?? [];
  // A closed opening leaves the list: the desk falls back to the first one still offered.
  const openingId = items.find((o) => o.id === chosen)?.id ?? items[0]?.id ?? null;
  return (
    <div className="work-desk">
      <div>
        <ErrorAlert error={openings.error ?? introductions.error} />
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
          <StaffOpeningActions
            key={openingId}
            programme={programme}
            openingId={openingId}
            title={items.find((o) => o.id === openingId)?.title ?? ''}
            onChanged={() => {
              openings.reload();
              setVersion((v) => v + 1);
            }}
          />
        ) : null}
        {openingId && introductions.data ? (
          <Suggestions
            key={`${openingId}:${version}`}
            programme={programme}
            openingId={openingId}
            introductions={introductions.data.items}
            onProposed={introductions.reload}
          />
        ) : null}
      </div>
      <Participants programme={programme} />
    </div>
  );
}

function Participants({ programme }: { programme: TWorkProgramme }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const participants = useApiData('listProgrammeParticipants', { params: { id: programme.id } });
  const items = participants.data?.items ?? [];
  return (
    <Card title={t('workStaff.participants.title')} testId="work-participants">
      <ErrorAlert error={participants.error} />
      {participants.data && items.length === 0 ? (
        <p className="empty">{t('workStaff.participants.none')}</p>
      ) : null}
      <ul className="work-participants">
        {items.map((p) => (
          <li key={p.id}>
            <Link
              to={`${paths.workParticipants}/${p.id}`}
              aria-label={t('workStaff.participants.open', { label: p.referenceLabel })}
            >
              {p.referenceLabel}
            </Link>{' '}
            <span className="work-participants__path">{pathLabel(p.path, locale)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Suggestions({
  programme,
  openingId,
  introductions,
  onProposed,
}: {
  programme: TWorkProgramme;
  openingId: string;
  introductions: readonly TWorkIntroduction[];
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const suggestions = useApiData('suggestParticipantsForOpening', {
    params: { id: openingId },
    query: { limit: 10 },
  });
  const participants = useApiData('listProgrammeParticipants', { params: { id: programme.id } });
  const labelOf = new Map(participants.data?.items.map((p) => [p.id, p.referenceLabel]));
  const introduced = introducedPairs(introductions);
  const skillLabel = (id: string) => programme.skills.find((s) => s.id === id)?.label ?? id;
  if (!suggestions.data)
    return suggestions.error ? <ErrorAlert error={suggestions.error} /> : <Loading />;
  return (
    <Card title={t('work.staff.suggestions')}>
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
            <ProposeIntroduction
              profileId={s.id}
              openingId={openingId}
              existing={introduced.get(`${s.id}:${openingId}`)}
              onProposed={onProposed}
            />
          </li>
        ))}
      </ol>
    </Card>
  );
}
