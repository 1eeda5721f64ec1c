import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { Stats } from '../../ui/Stats.tsx';
import { PublicContactsCard } from '../landing/PublicContactsCard.tsx';

export function CityHome() {
  const { t } = useTranslation();
  const user = useUser();
  const organizations = useApiData('listOrganizations');
  const locale = currentLocale();
  const items = organizations.data?.items ?? [];
  const count = (n: number) => t('common.companies', { count: formatNumber(n, locale) });

  return (
    <Page
      title={t('home.greeting', { name: user.displayName })}
      width="wide"
      lead={<p>{t('home.city.lead', { municipality: user.municipality?.name ?? '' })}</p>}
    >
      <Card
        title={t('home.city.organizationsTitle')}
        actions={<LinkButton to={paths.organizations}>{t('home.city.toOrganizations')}</LinkButton>}
      >
        <ErrorAlert error={organizations.error} />
        {organizations.loading && !organizations.data ? <Loading /> : null}
        {organizations.data ? (
          <Stats
            items={[
              { label: t('home.city.total'), value: count(items.length), testId: 'org-count' },
              {
                label: t('home.city.consortium'),
                value: count(items.filter((o) => o.consortiumMember).length),
                testId: 'consortium-count',
              },
              {
                label: t('home.city.ikuboss'),
                value: count(items.filter((o) => o.ikubossDeclared).length),
              },
            ]}
          />
        ) : null}
      </Card>
      <PublicContactsCard />
    </Page>
  );
}
