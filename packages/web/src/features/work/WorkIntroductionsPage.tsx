import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  companyMayRead,
  followUpsDue,
  japanTimeOf,
  type FollowUpMonths,
  type TWorkIntroduction,
  type TWorkProgramme,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { RecordStep } from './RecordStep.tsx';
import { formatDay } from './work-day.ts';

/** The programme's introductions: follow-ups due first, then every introduction and its steps. */
export function WorkIntroductionsPage() {
  const { t } = useTranslation();
  const programmes = useApiData('listWorkProgrammes');
  const programme = programmes.data?.items[0];
  return (
    <Page title={t('workStaff.outcomes.title')} lead={t('workStaff.outcomes.lead')} width="wide">
      <ErrorAlert error={programmes.error} />
      {!programmes.data && !programmes.error ? <Loading /> : null}
      {programme ? <Outcomes programme={programme} /> : null}
    </Page>
  );
}

function Outcomes({ programme }: { programme: TWorkProgramme }) {
  const { t } = useTranslation();
  const list = useApiData('listWorkIntroductions', { params: { id: programme.id } });
  if (!list.data) return list.error ? <ErrorAlert error={list.error} /> : <Loading />;
  const today = japanTimeOf(new Date()).date;
  const due = list.data.items.flatMap((i) =>
    followUpsDue(i, today).map((months) => ({ introduction: i, months })),
  );
  return (
    <>
      <Card
        title={t('workStaff.outcomes.due')}
        tone={due.length > 0 ? 'highlight' : 'default'}
        testId="work-follow-ups-due"
      >
        {due.length === 0 ? <p className="empty">{t('workStaff.outcomes.noneDue')}</p> : null}
        <ul className="work-outcomes">
          {due.map(({ introduction, months }) => (
            <FollowUpDue
              key={`${introduction.id}:${months}`}
              introduction={introduction}
              months={months}
              onSaved={list.reload}
            />
          ))}
        </ul>
      </Card>
      <Card title={t('workStaff.outcomes.all')} testId="work-outcomes">
        {list.data.items.length === 0 ? (
          <p className="empty">{t('workStaff.outcomes.none')}</p>
        ) : null}
        <ul className="work-outcomes">
          {list.data.items.map((i) => (
            <Outcome key={i.id} introduction={i} onSaved={list.reload} />
          ))}
        </ul>
      </Card>
    </>
  );
}

function Outcome({
  introduction: i,
  onSaved,
}: {
  introduction: TWorkIntroduction;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const followUps = (
    [
      [1, i.followUp1m],
      [6, i.followUp6m],
    ] as const
  ).filter(([, f]) => f !== null);
  return (
    <li className="work-outcome">
      <p className="work-outcome__head">
        <Link to={`${paths.workParticipants}/${i.profileId}`}>{i.referenceLabel}</Link>
        {' → '}
        <strong>{i.openingTitle}</strong>（{i.employerName}）{' '}
        <Badge tone={i.status === 'declined' || i.status === 'not_completed' ? 'neutral' : 'good'}>
          {t(`work.introductions.status.${i.status}`)}
        </Badge>
      </p>
      <OutcomeDates
        parts={[
          i.startedOn
            ? `${t('workStaff.outcomes.started')}：${formatDay(i.startedOn, locale)}`
            : '',
          i.endedOn ? `${t('workStaff.outcomes.ended')}：${formatDay(i.endedOn, locale)}` : '',
          ...followUps.map(([months, f]) =>
            t('workStaff.outcomes.followUp', {
              months,
              answer: f?.working
                ? t('workStaff.outcomes.followUpWorking')
                : t('workStaff.outcomes.followUpNotWorking'),
            }),
          ),
        ]}
      />
      {companyMayRead(i.status) ? (
        <RecordStep introduction={i} onSaved={onSaved} />
      ) : i.status === 'proposed' ? (
        <p className="form__note">{t('workStaff.outcomes.waiting')}</p>
      ) : null}
    </li>
  );
}

/** The days and follow-ups of an introduction on one line; nothing when there is none. */
function OutcomeDates({ parts }: { parts: readonly string[] }) {
  const text = parts.filter((part) => part !== '').join(' ・ ');
  return text ? <p className="work-outcome__dates">{text}</p> : null;
}

function FollowUpDue({
  introduction,
  months,
  onSaved,
}: {
  introduction: TWorkIntroduction;
  months: FollowUpMonths;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const action = useAction();
  const record = (working: boolean) =>
    void action
      .run(() =>
        call('recordWorkFollowUp', {
          params: { id: introduction.id },
          body: { months, working },
        }),
      )
      .then((done) => done && onSaved());
  return (
    <li className="work-outcome">
      <p>
        {t('workStaff.outcomes.dueItem', {
          label: introduction.referenceLabel,
          opening: introduction.openingTitle,
          started: introduction.startedOn ? formatDay(introduction.startedOn, locale) : '',
          months,
        })}
      </p>
      <ErrorAlert error={action.error} />
      <div className="work-introduction__actions">
        <Button pending={action.pending} onClick={() => record(true)}>
          {t('workStaff.outcomes.working')}
        </Button>
        <Button variant="secondary" pending={action.pending} onClick={() => record(false)}>
          {t('workStaff.outcomes.notWorking')}
        </Button>
      </div>
    </li>
  );
}
