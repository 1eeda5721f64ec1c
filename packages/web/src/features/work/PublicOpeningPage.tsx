import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { EmployerLine, JsonLd, OpeningConditions, OpeningTerms } from './OpeningDetails.tsx';
import { joinWorkPath, publicWorkPath } from './work-paths.ts';

/** One open job or project for anyone, with how to take part and its JobPosting. */
export function PublicOpeningPage() {
  const { t } = useTranslation();
  const { code = '', id = '' } = useParams();
  const { data, error, loading } = useApiData('getPublicWorkOpening', { params: { code, id } });
  const back = (
    <Link className="text-link back-link" to={publicWorkPath(code)}>
      {t('workOpenings.public.back')}
    </Link>
  );
  if (!data) {
    return (
      <Page title={t('workOpenings.public.openingFallback')} leading={back}>
        <ErrorAlert error={error} />
        {loading ? <Loading /> : null}
      </Page>
    );
  }
  const { opening } = data;
  return (
    <Page title={opening.title} lead={<EmployerLine opening={opening} />} leading={back}>
      <Card title={t('workOpenings.conditions.description')}>
        <OpeningConditions opening={opening} />
        {opening.description ? <p className="work-opening__text">{opening.description}</p> : null}
        {opening.deliverable ? (
          <>
            <h3 className="work-subtitle">{t('workOpenings.conditions.deliverable')}</h3>
            <p className="work-opening__text">{opening.deliverable}</p>
          </>
        ) : null}
        <OpeningTerms opening={opening} />
      </Card>
      <Card title={t('workOpenings.public.howTo')} tone="highlight">
        <p>{t('workOpenings.public.howToBody')}</p>
        <LinkButton to={joinWorkPath(code)} variant="primary" block>
          {t('workOpenings.public.join')}
        </LinkButton>
      </Card>
      <JsonLd data={data.jsonLd} />
    </Page>
  );
}
