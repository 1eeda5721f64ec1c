import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  renderMatchMissing,
  renderMatchReason,
  type TPublicWorkOpening,
  type TTeamProposal,
  type TWorkProgramme,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { introducedPairs, ProposeIntroduction } from './ProposeIntroduction.tsx';

/**
 * Forming a team for a project: pick it, see whom the engine proposes (skills covered
 * together, hours shared) with each member's reasons, and propose each introduction; each
 * person still accepts or declines on their own phone.
 */
export function WorkTeamPage() {
  const { t } = useTranslation();
  const programmes = useApiData('listWorkProgrammes');
  const programme = programmes.data?.items[0];
  return (
    <Page title={t('workStaff.team.title')} lead={t('workStaff.team.lead')} width="wide">
      <ErrorAlert error={programmes.error} />
      {!programmes.data && !programmes.error ? <Loading /> : null}
      {programme ? <TeamDesk programme={programme} /> : null}
    </Page>
  );
}

function TeamDesk({ programme }: { programme: TWorkProgramme }) {
  const { t } = useTranslation();
  const openings = useApiData('listProgrammeOpenings', { params: { id: programme.id } });
  const projects = (openings.data?.items ?? []).filter((o) => o.kind === 'project');
  const [chosen, setChosen] = useState<string | null>(null);
  const project = projects.find((p) => p.id === chosen) ?? projects[0];
  if (!openings.data) return openings.error ? <ErrorAlert error={openings.error} /> : <Loading />;
  if (!project) return <p className="empty">{t('workStaff.team.noProjects')}</p>;
  return (
    <>
      <SelectField
        label={t('workStaff.team.project')}
        name="project"
        value={project.id}
        onChange={(event) => setChosen(event.target.value)}
        options={projects.map((o) => ({ value: o.id, label: `${o.title}（${o.employerName}）` }))}
      />
      <TeamProposal key={project.id} programme={programme} project={project} />
    </>
  );
}

function TeamProposal({
  programme,
  project,
}: {
  programme: TWorkProgramme;
  project: TPublicWorkOpening;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const [size, setSize] = useState(String(project.teamSize ?? 3));
  const [team, setTeam] = useState<TTeamProposal | null>(null);
  const submit = () =>
    void action
      .run(() =>
        call('proposeWorkTeam', {
          params: { id: project.id },
          body: { size: Math.max(1, Math.min(50, Number(size) || 1)) },
        }),
      )
      .then((proposal) => proposal && setTeam(proposal));
  return (
    <>
      <Form onSubmit={submit} className="work-team-form">
        <ErrorAlert error={action.error} />
        <TextField
          label={t('workStaff.team.size')}
          type="number"
          inputMode="numeric"
          name="size"
          min={1}
          max={50}
          value={size}
          onChange={(e) => setSize(e.target.value)}
        />
        <div className="form__actions">
          <Button type="submit" pending={action.pending}>
            {t('workStaff.team.propose')}
          </Button>
        </div>
      </Form>
      {team ? <TeamMembers programme={programme} project={project} team={team} /> : null}
    </>
  );
}

function TeamMembers({
  programme,
  project,
  team,
}: {
  programme: TWorkProgramme;
  project: TPublicWorkOpening;
  team: TTeamProposal;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const suggestions = useApiData('suggestParticipantsForOpening', {
    params: { id: project.id },
    query: { limit: 100 },
  });
  const participants = useApiData('listProgrammeParticipants', { params: { id: programme.id } });
  const introductions = useApiData('listWorkIntroductions', { params: { id: programme.id } });
  const skillLabel = (id: string) => programme.skills.find((s) => s.id === id)?.label ?? id;
  const labelOf = new Map(participants.data?.items.map((p) => [p.id, p.referenceLabel]));
  const reasonsOf = new Map(suggestions.data?.items.map((s) => [s.id, s]));
  const introduced = introducedPairs(introductions.data?.items ?? []);
  if (team.memberIds.length === 0) return <p className="empty">{t('workStaff.team.empty')}</p>;
  return (
    <Card title={t('workStaff.team.members', { count: team.memberIds.length })} testId="work-team">
      <ErrorAlert error={suggestions.error ?? introductions.error ?? participants.error} />
      <p>
        {team.minPairOverlapHours !== null
          ? t('workStaff.team.overlap', { hours: team.minPairOverlapHours })
          : t('workStaff.team.noOverlap')}
      </p>
      <p>
        {t('workStaff.team.covered')}：
        {team.coveredSkillIds.map((id) => (
          <Badge key={id} tone="good">
            {skillLabel(id)}
          </Badge>
        ))}
      </p>
      {team.uncoveredSkillIds.length > 0 ? (
        <p className="work-suggestion__missing">
          {t('workStaff.team.uncovered')}：{team.uncoveredSkillIds.map(skillLabel).join('、')}
        </p>
      ) : null}
      <ol className="work-suggestions">
        {team.memberIds.map((id) => {
          const fit = reasonsOf.get(id);
          return (
            <li key={id} className="work-suggestion">
              <p className="work-suggestion__head">
                <strong>{labelOf.get(id) ?? '…'}</strong>{' '}
                {fit ? (
                  <Badge tone="good">{t('work.staff.score', { score: fit.score })}</Badge>
                ) : null}
              </p>
              {fit ? (
                <ul className="work-suggestion__reasons">
                  {fit.reasons.map((r, i) => (
                    <li key={i}>{renderMatchReason(r, locale, skillLabel)}</li>
                  ))}
                </ul>
              ) : null}
              {fit && fit.missing.length > 0 ? (
                <ul className="work-suggestion__missing" aria-label={t('work.staff.missing')}>
                  {fit.missing.map((m, i) => (
                    <li key={i}>{renderMatchMissing(m, locale, skillLabel)}</li>
                  ))}
                </ul>
              ) : null}
              {introductions.data ? (
                <ProposeIntroduction
                  profileId={id}
                  openingId={project.id}
                  existing={introduced.get(`${id}:${project.id}`)}
                  onProposed={introductions.reload}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
