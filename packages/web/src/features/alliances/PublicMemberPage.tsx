import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TMemberOpening, TPublicAllianceMemberPage } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { publicAlliancePath } from './alliance-paths.ts';
import { useDayLabel } from './alliance-labels.ts';

/**
 * A member's page for anyone: the company, its イクボス宣言 if it made it public, awards,
 * open jobs and projects, and its published workplace-improvement report.
 */
export function PublicMemberPage() {
  const { t } = useTranslation();
  const { code = '', id = '', memberId = '' } = useParams();
  const { data, error, loading } = useApiData('getPublicAllianceMember', {
    params: { code, id, memberId },
  });
  const back = (
    <Link className="text-link back-link" to={publicAlliancePath(code, id)}>
      {t('alliances.public.back', { name: data?.alliance.name ?? '' })}
    </Link>
  );
  if (!data) {
    return (
      <Page title={t('alliances.member.titleFallback')} leading={back}>
        <ErrorAlert error={error} />
        {loading ? <Loading /> : null}
      </Page>
    );
  }
  return (
    <Page title={data.member.name} lead={<p>{data.alliance.name}</p>} leading={back}>
      <MemberProfile page={data} />
      <Declaration page={data} />
      <Card title={t('alliances.member.awardsTitle')}>
        {data.awards.length === 0 ? (
          <p className="empty">{t('alliances.member.noAwards')}</p>
        ) : (
          <Awards page={data} />
        )}
      </Card>
      <Card title={t('alliances.member.openingsTitle')} testId="member-openings">
        {data.openings.length === 0 ? (
          <p className="empty">{t('alliances.member.noOpenings')}</p>
        ) : (
          <ul className="alliance-openings">
            {data.openings.map((opening) => (
              <OpeningItem key={opening.id} opening={opening} />
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('alliances.member.reportTitle')}>
        {data.report ? (
          <>
            <p>
              <Link className="text-link" to={`${paths.reports}/${data.report.id}/publication`}>
                {t('alliances.member.report', {
                  title: data.report.title,
                  date: formatDate(data.report.publishedAt, currentLocale()),
                })}
              </Link>
            </p>
            <p className="hint">{t('alliances.member.reportNote')}</p>
          </>
        ) : (
          <p className="empty">{t('alliances.member.noReport')}</p>
        )}
      </Card>
    </Page>
  );
}

function MemberProfile({ page }: { page: TPublicAllianceMemberPage }) {
  const { t } = useTranslation();
  const day = useDayLabel();
  const { member } = page;
  const rows = [
    [t('alliances.member.industry'), t(`industries.${member.industry}`)],
    [t('alliances.member.size'), t(`sizeBands.${member.sizeBand}`)],
    [t('alliances.member.area'), member.area],
    [t('alliances.member.joined'), day(member.joinedOn)],
  ].filter(([, value]) => value);
  return (
    <Card title={t('alliances.member.profile')}>
      <dl className="alliance-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="alliance-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {member.introduction ? (
        <>
          <h3 className="alliance-subtitle">{t('alliances.member.introduction')}</h3>
          <p className="alliance-description">{member.introduction}</p>
        </>
      ) : null}
    </Card>
  );
}

function Declaration({ page }: { page: TPublicAllianceMemberPage }) {
  const { t } = useTranslation();
  const day = useDayLabel();
  const { declaration } = page;
  return (
    <Card title={t('alliances.member.declarationTitle')} testId="member-declaration">
      {declaration ? (
        <blockquote className="alliance-declaration">
          <p className="alliance-description">{declaration.text}</p>
          <footer>
            {t('alliances.member.declarationSigned', {
              date: day(declaration.signedOn),
              signer: [declaration.signerTitle, declaration.signerName].filter(Boolean).join(' '),
            })}
          </footer>
        </blockquote>
      ) : (
        <p className="empty">{t('alliances.member.noDeclaration')}</p>
      )}
    </Card>
  );
}

function Awards({ page }: { page: TPublicAllianceMemberPage }) {
  const day = useDayLabel();
  return (
    <ul className="alliance-awards">
      {page.awards.map((award) => (
        <li key={award.id}>
          <strong>{award.title}</strong>（{day(award.awardedOn)}）
          {award.note ? <span className="hint"> {award.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function OpeningItem({ opening }: { opening: TMemberOpening }) {
  const { t } = useTranslation();
  const kind = opening.employmentType
    ? t(`alliances.member.employmentTypes.${opening.employmentType}`)
    : t(`alliances.member.openingKinds.${opening.kind}`);
  return (
    <li className="alliance-openings__item">
      <span className="alliance-openings__title">{opening.title}</span>
      <span className="alliance-members__meta">
        {[
          kind,
          t(`alliances.member.workModes.${opening.workMode}`),
          opening.placeLabel,
          t('alliances.member.hours', {
            min: opening.hoursPerWeekMin,
            max: opening.hoursPerWeekMax,
          }),
        ]
          .filter(Boolean)
          .join('・')}
      </span>
      {opening.childcareProvided ? (
        <Badge tone="good">{t('alliances.member.childcare')}</Badge>
      ) : null}
    </li>
  );
}
