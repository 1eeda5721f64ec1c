import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { publicAlliancePath } from './alliance-paths.ts';
import { useDayLabel } from './alliance-labels.ts';

/** A municipality's employers' alliances for anyone, without signing in. */
export function PublicAlliancesPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { data, error, loading } = useApiData('listPublicAlliances', { params: { code } });
  const day = useDayLabel();
  return (
    <Page
      title={
        data
          ? t('alliances.public.listTitle', { municipality: data.municipalityName })
          : t('alliances.public.listTitleFallback')
      }
      lead={<p>{t('alliances.public.listLead')}</p>}
    >
      <ErrorAlert error={error} />
      {loading && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? (
        <p className="empty">{t('alliances.public.empty')}</p>
      ) : null}
      {data ? (
        <ul className="alliance-list">
          {data.items.map((alliance) => (
            <li key={alliance.id}>
              <Link className="alliance-list__link" to={publicAlliancePath(code, alliance.id)}>
                <span className="alliance-list__kind">{t(`alliances.kinds.${alliance.kind}`)}</span>
                <span className="alliance-list__name">{alliance.name}</span>
                <span className="alliance-list__meta">
                  {t('alliances.public.memberCount', { count: alliance.memberCount })}・
                  {t('alliances.public.founded', { date: day(alliance.foundedOn) })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
