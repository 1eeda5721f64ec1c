import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  renderMatchMissing,
  renderMatchReason,
  type TJobCentre,
  type TMatchSuggestion,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import type { UiError } from '../../api/errors.ts';
import { useAction, useApiData, type ApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';

interface SuggestionListProps {
  items: TMatchSuggestion[];
  nameOf: (id: string) => string;
  onPropose: (id: string) => Promise<boolean>;
  emptyText: string;
  testId: string;
}

/** Ranked suggestions with their reasons in words, each with the proposal button. */
function SuggestionList({ items, nameOf, onPropose, emptyText, testId }: SuggestionListProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [proposed, setProposed] = useState<ReadonlySet<string>>(new Set());
  const noSkill = (id: string) => id;
  if (items.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ol className="work-suggestions" data-testid={testId}>
      {items.map((s) => (
        <li key={s.id} className="work-suggestion">
          <p className="work-suggestion__head">
            <strong>{nameOf(s.id)}</strong>{' '}
            <Badge tone="good">{t('jobCentre.score', { score: s.score })}</Badge>
          </p>
          <ul className="work-suggestion__reasons">
            {s.reasons.map((r, i) => (
              <li key={i}>{renderMatchReason(r, locale, noSkill)}</li>
            ))}
          </ul>
          {s.missing.length > 0 ? (
            <ul className="work-suggestion__missing" aria-label={t('jobCentre.missing')}>
              {s.missing.map((m, i) => (
                <li key={i}>{renderMatchMissing(m, locale, noSkill)}</li>
              ))}
            </ul>
          ) : null}
          {proposed.has(s.id) ? (
            <Badge>{t('jobCentre.proposed')}</Badge>
          ) : (
            <Button
              variant="secondary"
              aria-label={`${t('jobCentre.propose')}（${nameOf(s.id)}）`}
              onClick={() =>
                void onPropose(s.id).then(
                  (done) => done && setProposed((current) => new Set([...current, s.id])),
                )
              }
            >
              {t('jobCentre.propose')}
            </Button>
          )}
        </li>
      ))}
    </ol>
  );
}

function useProposal(onProposed: () => void) {
  const action = useAction();
  const propose = async (profileId: string, openingId: string) => {
    const done = await action.run(() =>
      call('proposeWorkIntroduction', { body: { profileId, openingId } }),
    );
    if (done) onProposed();
    return Boolean(done);
  };
  return { action, propose };
}

/** Suggestions as they load, with the error of loading them or of proposing one. */
function LoadedSuggestions({
  suggestions,
  proposalError,
  ...list
}: Omit<SuggestionListProps, 'items'> & {
  suggestions: ApiData<{ items: TMatchSuggestion[] }>;
  proposalError: UiError | null;
}) {
  return (
    <>
      <ErrorAlert error={suggestions.error ?? proposalError} />
      {suggestions.data ? <SuggestionList items={suggestions.data.items} {...list} /> : <Loading />}
    </>
  );
}

function PeopleForOpening({
  openingId,
  nameOf,
  onProposed,
}: {
  openingId: string;
  nameOf: (id: string) => string;
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const { action, propose } = useProposal(onProposed);
  const suggestions = useApiData('suggestParticipantsForOpening', {
    params: { id: openingId },
    query: { limit: 5 },
  });
  return (
    <LoadedSuggestions
      suggestions={suggestions}
      proposalError={action.error}
      nameOf={nameOf}
      onPropose={(profileId) => propose(profileId, openingId)}
      emptyText={t('jobCentre.openings.none')}
      testId="centre-people"
    />
  );
}

function OpeningsForSeeker({
  profileId,
  nameOf,
  onProposed,
}: {
  profileId: string;
  nameOf: (id: string) => string;
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const { action, propose } = useProposal(onProposed);
  const suggestions = useApiData('suggestOpeningsForParticipant', {
    params: { id: profileId },
    query: { limit: 5 },
  });
  return (
    <LoadedSuggestions
      suggestions={suggestions}
      proposalError={action.error}
      nameOf={nameOf}
      onPropose={(openingId) => propose(profileId, openingId)}
      emptyText={t('jobCentre.seekers.none')}
      testId="centre-openings-for-seeker"
    />
  );
}

/** An opening (short nurseries first) and the seekers who suit it. */
export function OpeningMatches({
  centre,
  onProposed,
}: {
  centre: TJobCentre;
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(centre.openings[0]?.id ?? '');
  const labels = new Map(centre.seekers.map((s) => [s.profileId, s.referenceLabel]));
  return (
    <Card title={t('jobCentre.openings.title')} testId="centre-openings">
      <SelectField
        label={t('jobCentre.openings.choose')}
        name="opening"
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
        options={centre.openings.map((o) => ({
          value: o.id,
          label: `${o.staffShort ? t('jobCentre.openings.shortMark') : ''}${o.employerName}：${o.title}`,
        }))}
      />
      <h3 className="centre-subtitle">{t('jobCentre.openings.people')}</h3>
      {chosen ? (
        <PeopleForOpening
          key={chosen}
          openingId={chosen}
          nameOf={(id) => labels.get(id) ?? '…'}
          onProposed={onProposed}
        />
      ) : null}
    </Card>
  );
}

/** A seeker (with where they stand) and the openings that suit them. */
export function SeekerMatches({
  centre,
  onProposed,
}: {
  centre: TJobCentre;
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(
    centre.seekers.find((s) => s.stage === 'registered')?.profileId ?? '',
  );
  const openings = new Map(centre.openings.map((o) => [o.id, `${o.employerName}：${o.title}`]));
  const seeker = centre.seekers.find((s) => s.profileId === chosen);
  return (
    <Card title={t('jobCentre.seekers.title')} testId="centre-seekers">
      <SelectField
        label={t('jobCentre.seekers.choose')}
        name="seeker"
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
        options={centre.seekers.map((s) => ({
          value: s.profileId,
          label: `${s.referenceLabel}（${t(`jobCentre.seekers.kinds.${s.seekerKind}`)}・${t(`jobCentre.seekers.stages.${s.stage}`)}）`,
        }))}
      />
      {seeker ? (
        <p className="centre-list__badges">
          <Badge>{t(`jobCentre.seekers.kinds.${seeker.seekerKind}`)}</Badge>
          <Badge tone={seeker.stage === 'placed' ? 'good' : 'neutral'}>
            {t(`jobCentre.seekers.stages.${seeker.stage}`)}
          </Badge>
          {seeker.fromHealthRoom ? <Badge>{t('jobCentre.seekers.fromHealthRoom')}</Badge> : null}
          <span className="muted">
            {t('jobCentre.seekers.hours', {
              min: seeker.hoursPerWeekMin,
              max: seeker.hoursPerWeekMax,
            })}
          </span>
        </p>
      ) : null}
      <h3 className="centre-subtitle">{t('jobCentre.seekers.suggestions')}</h3>
      {chosen ? (
        <OpeningsForSeeker
          key={chosen}
          profileId={chosen}
          nameOf={(id) => openings.get(id) ?? '…'}
          onProposed={onProposed}
        />
      ) : null}
    </Card>
  );
}
