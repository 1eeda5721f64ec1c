import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { followUpsDue, japanTimeOf, type TWorkParticipant } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { HearingForm } from './HearingForm.tsx';
import { weekdayKeys } from './availability-grid.ts';
import { formatDay } from './work-day.ts';
import { pathLabel } from './work-labels.ts';

/** A participant's page for the programme's staff: who they are, the hearings, introductions. */
export function WorkParticipantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const page = useApiData('getWorkParticipant', { params: { id } });
  const data = page.data;
  return (
    <Page
      title={t('workStaff.participant.title', { label: data?.profile.referenceLabel ?? '' })}
      width="wide"
      actions={<Link to={paths.home}>{t('workStaff.participant.back')}</Link>}
    >
      <ErrorAlert error={page.error} />
      {!data && !page.error ? <Loading /> : null}
      {data ? (
        <div className="work-desk">
          <div>
            <Profile data={data} />
            <Introductions data={data} />
          </div>
          <Card title={t('workStaff.hearing.title')} testId="work-hearings">
            <p className="form__note">{t('workStaff.hearing.lead')}</p>
            <Hearings data={data} />
            <h3 className="work-hearing__day">{t('workStaff.hearing.new')}</h3>
            <HearingForm profileId={id} onSaved={page.reload} />
          </Card>
        </div>
      ) : null}
    </Page>
  );
}

function Profile({ data }: { data: TWorkParticipant }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { profile } = data;
  const programmes = useApiData('listWorkProgrammes');
  const skills = programmes.data?.items.find((p) => p.id === profile.programmeId)?.skills ?? [];
  const skillNames = [
    ...profile.skillIds.map((sid) => skills.find((s) => s.id === sid)?.label ?? ''),
    ...profile.freeWords,
  ].filter((s) => s !== '');
  const modes = [
    profile.remoteOk ? t('workStaff.participant.remote') : null,
    profile.onsiteOk ? t('workStaff.participant.onsite') : null,
  ].filter((m) => m !== null);
  const rows: [string, string][] = [
    [t('workStaff.participant.path'), pathLabel(profile.path, locale)],
    [
      t('workStaff.participant.hours'),
      t('workStaff.participant.hoursValue', {
        min: profile.hoursPerWeekMin,
        max: profile.hoursPerWeekMax,
      }),
    ],
    [
      t('workStaff.participant.week'),
      profile.availability
        .map((r) => `${t(`work.weekdays.${weekdayKeys[r.weekday]!}`)} ${r.from}–${r.to}`)
        .join('、'),
    ],
    [t('workStaff.participant.skills'), skillNames.join('、')],
    [t('workStaff.participant.experience'), profile.experience],
    [t('workStaff.participant.mode'), modes.join('・')],
    [
      t('workStaff.participant.childcare'),
      t(`work.profile.childcareNeeds.${profile.childcareNeed}`),
    ],
    [
      t('workStaff.participant.availableFrom'),
      profile.availableFrom ? formatDay(profile.availableFrom, locale) : '',
    ],
    [
      t('workStaff.participant.shown'),
      profile.shownToCompanies.map((f) => t(`work.profile.shownFields.${f}`)).join('・') ||
        t('workStaff.participant.nothing'),
    ],
  ];
  return (
    <Card title={t('workStaff.participant.profile')}>
      <dl className="work-facts">
        {rows
          .filter(([, value]) => value !== '')
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </Card>
  );
}

function Introductions({ data }: { data: TWorkParticipant }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const today = japanTimeOf(new Date()).date;
  return (
    <Card
      title={t('workStaff.participant.introductions')}
      actions={
        <Link to={paths.workIntroductions}>{t('workStaff.participant.manageIntroductions')}</Link>
      }
    >
      {data.introductions.length === 0 ? (
        <p className="empty">{t('workStaff.participant.noIntroductions')}</p>
      ) : null}
      <ul className="work-outcomes">
        {data.introductions.map((i) => (
          <li key={i.id}>
            <strong>{i.openingTitle}</strong>（{i.employerName}）{' '}
            <Badge
              tone={i.status === 'declined' || i.status === 'not_completed' ? 'neutral' : 'good'}
            >
              {t(`work.introductions.status.${i.status}`)}
            </Badge>
            {i.startedOn ? (
              <span className="work-outcomes__date">
                {t('workStaff.outcomes.started')}：{formatDay(i.startedOn, locale)}
              </span>
            ) : null}
            {followUpsDue(i, today).map((months) => (
              <Badge key={months} tone="warning">
                {t('workStaff.outcomes.dueBadge', { months })}
              </Badge>
            ))}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Hearings({ data }: { data: TWorkParticipant }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (data.hearings.length === 0) return <p className="empty">{t('workStaff.hearing.none')}</p>;
  return (
    <ol className="work-hearings">
      {data.hearings.map((h) => (
        <li key={h.id} className="work-hearing">
          <h3 className="work-hearing__day">
            {formatDay(h.heldOn, locale)}
            {h.mine ? <span className="form__note"> {t('workStaff.hearing.by')}</span> : null}
          </h3>
          <dl className="work-facts">
            {(
              [
                ['wishes', h.wishes],
                ['constraints', h.constraints],
                ['nextStep', h.nextStep],
              ] as const
            )
              .filter(([, text]) => text !== '')
              .map(([key, text]) => (
                <div key={key}>
                  <dt>{t(`workStaff.hearing.${key}`)}</dt>
                  <dd>{text}</dd>
                </div>
              ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
