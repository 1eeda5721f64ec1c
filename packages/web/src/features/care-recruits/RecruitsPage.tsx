import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  recruitPath,
  renderMatchExclusion,
  renderMatchMissing,
  renderMatchReason,
  type RecruitStage,
  type TRecruit,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { weekdayKeys } from '../work/availability-grid.ts';

/**
 * Supervisors and programme staff work the pool of licensed residents who offered to
 * join the care team: call them, and record each step of their path, with the matching
 * engine's fit to the hours the roster lacks people.
 */
export function RecruitsPage() {
  const { t } = useTranslation();
  const pool = useApiData('listRecruits');
  const session = useSession().session;
  const code = pool.data?.municipalityCode ?? '';
  const publicPath = `/m/${code}/care-team`;
  return (
    <Page title={t('recruits.pool.title')} lead={<p>{t('recruits.pool.lead')}</p>}>
      <ErrorAlert error={pool.error} />
      {pool.loading && !pool.data ? <Loading /> : null}
      {pool.data ? (
        <>
          <p data-testid="uncovered-hours">
            <Badge tone={pool.data.uncoveredHours > 0 ? 'warning' : 'good'}>
              {t('recruits.pool.uncovered', { hours: pool.data.uncoveredHours })}
            </Badge>{' '}
            {code ? (
              <a className="text-link" href={publicPath}>
                {t('recruits.pool.publicLink')}
              </a>
            ) : null}
          </p>
          {pool.data.recruits.length === 0 ? (
            <p className="empty">{t('recruits.pool.empty', { path: publicPath })}</p>
          ) : (
            <ul className="recruit-list">
              {pool.data.recruits.map((recruit) => (
                <li key={recruit.id}>
                  <RecruitCard
                    recruit={recruit}
                    canVerify={session?.user?.role === 'supervisor'}
                    onChanged={pool.reload}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Page>
  );
}

function nextStage(stage: RecruitStage): RecruitStage | null {
  const at = recruitPath.indexOf(stage);
  return at < 0 || at === recruitPath.length - 1 ? null : recruitPath[at + 1]!;
}

function RecruitCard({
  recruit,
  canVerify,
  onChanged,
}: {
  recruit: TRecruit;
  canVerify: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const action = useAction();
  const [number, setNumber] = useState('');
  const next = nextStage(recruit.stage);
  const open = recruit.stage !== 'rostered' && recruit.stage !== 'withdrawn';
  const noSkill = (id: string) => id;
  const move = (stage: RecruitStage) =>
    void action
      .run(() => call('moveRecruit', { params: { id: recruit.id }, body: { stage } }))
      .then((done) => done && onChanged());
  const verify = () =>
    void action
      .run(() =>
        call('verifyRecruitLicence', {
          params: { id: recruit.id },
          body: number.trim() === '' ? {} : { licenceNumber: number },
        }),
      )
      .then((done) => done && onChanged());
  const days = [...new Set(recruit.availability.map((r) => r.weekday))]
    .map((d) => t(`work.weekdays.${weekdayKeys[d]!}`))
    .join('・');
  return (
    <Card title={recruit.name} level={2} testId="recruit">
      <p>
        <Badge tone={recruit.stage === 'withdrawn' ? 'neutral' : 'good'}>
          {t(`recruits.stage.${recruit.stage}`)}
        </Badge>{' '}
        <Badge>{t(`recruits.licence.${recruit.licenceType}`)}</Badge>{' '}
        <Badge tone={recruit.licenceVerifiedAt ? 'good' : 'warning'}>
          {recruit.licenceVerifiedAt ? t('recruits.pool.verified') : t('recruits.pool.notVerified')}
        </Badge>
      </p>
      <p className="recruit__facts">
        {recruit.yearsSincePractice === 0
          ? t('recruits.pool.yearsNone')
          : t('recruits.pool.years', { years: recruit.yearsSincePractice })}
        {' ・ '}
        {t('recruits.pool.hours', { min: recruit.hoursPerWeekMin, max: recruit.hoursPerWeekMax })}
        {' ・ '}
        {days}
        {recruit.remoteOk ? ` ・ ${t('recruits.pool.remote')}` : ''}
        {recruit.onsiteOk ? ` ・ ${t('recruits.pool.onsite')}` : ''}
        {' ・ '}
        {t('recruits.pool.childcare', { need: t(`recruits.childcare.${recruit.childcareNeed}`) })}
      </p>
      <div className="recruit__fit" data-testid="recruit-fit">
        {recruit.fit.eligible ? (
          <>
            <Badge tone="good">{t('recruits.pool.fit', { score: recruit.fit.score })}</Badge>
            <ul>
              {recruit.fit.reasons.map((r, i) => (
                <li key={i}>{renderMatchReason(r, locale, noSkill)}</li>
              ))}
            </ul>
            {recruit.fit.missing.length > 0 ? (
              <ul aria-label={t('recruits.pool.missing')}>
                {recruit.fit.missing.map((m, i) => (
                  <li key={i}>{renderMatchMissing(m, locale, noSkill)}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <>
            <Badge tone="warning">{t('recruits.pool.notFit')}</Badge>
            <ul>
              {recruit.fit.exclusions.map((e, i) => (
                <li key={i}>{renderMatchExclusion(e, locale, noSkill)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="recruit__contact">
        <span className="visually-hidden">{t('recruits.pool.contact')}: </span>
        <a className="text-link" href={`mailto:${recruit.email}`}>
          {recruit.email}
        </a>
        {recruit.phone ? (
          <>
            {' ・ '}
            <a className="text-link" href={`tel:${recruit.phone}`}>
              {recruit.phone}
            </a>
          </>
        ) : null}
        {' ・ '}
        {recruit.licenceNumber
          ? t('recruits.pool.licenceNumber', { number: recruit.licenceNumber })
          : t('recruits.pool.noLicenceNumber')}
      </p>
      <p className="recruit__path">
        {t('recruits.pool.path')}:{' '}
        {recruit.steps
          .map((s) => `${t(`recruits.stage.${s.stage}`)}（${formatDate(s.at, locale)}）`)
          .join(' → ')}
      </p>
      <ErrorAlert error={action.error} />
      {open ? (
        <div className="recruit__actions">
          {canVerify && !recruit.licenceVerifiedAt ? (
            <div className="recruit__verify">
              {recruit.licenceNumber ? null : (
                <TextField
                  label={t('recruits.pool.verifyNumber')}
                  inputMode="numeric"
                  value={number}
                  onChange={(event) => setNumber(event.target.value)}
                />
              )}
              <Button variant="secondary" pending={action.pending} onClick={verify}>
                {t('recruits.pool.verify')}
              </Button>
            </div>
          ) : null}
          {next ? (
            <Button pending={action.pending} onClick={() => move(next)}>
              {t('recruits.pool.next', { stage: t(`recruits.stage.${next}`) })}
            </Button>
          ) : null}
          <Button variant="quiet" pending={action.pending} onClick={() => move('withdrawn')}>
            {t('recruits.pool.withdraw')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
