import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TPublicAllianceMember } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { publicAlliancesPath, publicMemberPath } from './alliance-paths.ts';
import { useDayLabel } from './alliance-labels.ts';
import { GrowthChart } from './GrowthChart.tsx';

/** One alliance for anyone: what it is, its growth by year and its current members. */
export function PublicAlliancePage() {
  const { t } = useTranslation();
  const { code = '', id = '' } = useParams();
  const { data, error, loading } = useApiData('getPublicAlliance', { params: { code, id } });
  const [filter, setFilter] = useState('');
  if (!data) {
    return (
      <Page title={t('alliances.public.listTitleFallback')}>
        <ErrorAlert error={error} />
        {loading ? <Loading /> : null}
      </Page>
    );
  }
  const { alliance } = data;
  const words = filter.trim();
  const shown = words
    ? data.members.filter((m) => m.name.includes(words) || m.area.includes(words))
    : data.members;
  return (
    <Page
      title={alliance.name}
      width="wide"
      lead={
        <p>
          <span className="alliance-kind">{t(`alliances.kinds.${alliance.kind}`)}</span>{' '}
          {t('alliances.public.memberCount', { count: alliance.memberCount })}
        </p>
      }
      leading={
        <Link className="text-link back-link" to={publicAlliancesPath(code)}>
          {t('alliances.public.back', { name: data.municipalityName })}
        </Link>
      }
    >
      {alliance.description ? (
        <Card>
          <p className="alliance-description">{alliance.description}</p>
        </Card>
      ) : null}
      <Card title={t('alliances.public.growthTitle')} testId="alliance-growth">
        <GrowthChart growth={data.growth} />
      </Card>
      <Card title={t('alliances.public.membersTitle')} testId="alliance-members">
        <TextField
          label={t('alliances.public.filterLabel')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          autoComplete="off"
        />
        <p className="alliance-count" aria-live="polite">
          {t('alliances.public.filterCount', { count: shown.length })}
        </p>
        {shown.length === 0 ? <p className="empty">{t('alliances.public.noMatch')}</p> : null}
        <ul className="alliance-members">
          {shown.map((member) => (
            <MemberItem key={member.id} member={member} code={code} allianceId={alliance.id} />
          ))}
        </ul>
      </Card>
    </Page>
  );
}

function MemberItem({
  member,
  code,
  allianceId,
}: {
  member: TPublicAllianceMember;
  code: string;
  allianceId: string;
}) {
  const { t } = useTranslation();
  const day = useDayLabel();
  return (
    <li className="alliance-members__item">
      <Link className="alliance-members__name" to={publicMemberPath(code, allianceId, member.id)}>
        {member.name}
      </Link>
      <span className="alliance-members__meta">
        {[
          t(`industries.${member.industry}`),
          t(`sizeBands.${member.sizeBand}`),
          member.area,
          t('alliances.public.joined', { date: day(member.joinedOn) }),
        ]
          .filter(Boolean)
          .join('・')}
      </span>
      {member.declared || member.awards > 0 ? (
        <span className="alliance-members__badges">
          {member.declared ? (
            <Badge tone="good">{t('alliances.public.declaredBadge')}</Badge>
          ) : null}
          {member.awards > 0 ? (
            <Badge>{t('alliances.public.awardsBadge', { count: member.awards })}</Badge>
          ) : null}
        </span>
      ) : null}
    </li>
  );
}
