import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { EmployerLine, JsonLd, OpeningConditions } from './OpeningDetails.tsx';
import { joinWorkPath, publicOpeningPath } from './work-paths.ts';

/**
 * A municipality's back-to-work programmes and open jobs and projects, for anyone
 * without signing in, with their JobPostings for search engines.
 */
export function PublicWorkPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const openings = useApiData('listPublicWorkOpenings', { params: { code } });
  const programmes = useApiData('listPublicWorkProgrammes', { params: { code } });
  const data = openings.data;
  const join = (
    <LinkButton to={joinWorkPath(code)} variant="primary" block>
      {t('workOpenings.public.join')}
    </LinkButton>
  );
  return (
    <Page
      title={
        data
          ? t('workOpenings.public.title', { municipality: data.municipalityName })
          : t('workOpenings.public.titleFallback')
      }
      lead={<p>{t('workOpenings.public.lead')}</p>}
    >
      <ErrorAlert error={openings.error ?? programmes.error} />
      {programmes.data && programmes.data.items.length > 0 ? (
        <Card title={t('workOpenings.public.programmes')} tone="highlight">
          <ul className="work-programmes">
            {programmes.data.items.map((programme) => (
              <li key={programme.id}>{programme.name}</li>
            ))}
          </ul>
          {join}
        </Card>
      ) : null}
      {openings.loading && !data ? <Loading /> : null}
      {data ? (
        <section aria-labelledby="work-openings-title" data-testid="public-openings">
          <h2 id="work-openings-title" className="work-section-title">
            {t('workOpenings.public.openings')}
          </h2>
          {data.items.length === 0 ? (
            <p className="empty">{t('workOpenings.public.empty')}</p>
          ) : (
            <ul className="work-openings">
              {data.items.map((opening) => (
                <li key={opening.id} className="work-opening">
                  <EmployerLine opening={opening} />
                  <h3 className="work-opening__title">
                    <Link className="text-link" to={publicOpeningPath(code, opening.id)}>
                      {opening.title}
                    </Link>
                  </h3>
                  <OpeningConditions opening={opening} />
                  {opening.pay ? <p className="work-opening__pay">{opening.pay}</p> : null}
                </li>
              ))}
            </ul>
          )}
          {data.items.length > 0 && programmes.data?.items.length ? (
            <div className="work-join-again">{join}</div>
          ) : null}
          <JsonLd data={data.jsonLd} />
        </section>
      ) : null}
    </Page>
  );
}
