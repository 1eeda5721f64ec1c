import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApiData } from '../../api/use-api.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { areaNumber, IndicatorList, StatusBadge, StatusCounts } from './measure-parts.tsx';

/** The mayor's measures and how far each has got, for any resident without signing in. */
export function PublicMeasuresPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { data, error, loading } = useApiData('getPublicMeasures', { params: { code } });
  return (
    <Page
      title={
        data
          ? t('measures.public.title', { municipality: data.municipalityName })
          : t('measures.public.titleFallback')
      }
      lead={<p>{t('measures.public.lead')}</p>}
    >
      <ErrorAlert error={error} />
      {loading && !data ? <Loading /> : null}
      {data && data.areas.length === 0 ? (
        <p className="empty">{t('measures.public.empty')}</p>
      ) : null}
      {data && data.areas.length > 0 ? <StatusCounts counts={data.counts} /> : null}
      {data?.areas.map((area) => (
        <section key={area.areaNo} className="measure-area" aria-labelledby={`area-${area.areaNo}`}>
          <h2 id={`area-${area.areaNo}`}>
            {areaNumber(area.areaNo)}
            {area.title}
          </h2>
          <ul className="measure-list">
            {area.measures.map((m) => (
              <li key={m.id} className="measure-card">
                <StatusBadge status={m.status} />
                <h3 className="measure-card__title">{m.title}</h3>
                {m.text ? <p className="measure-card__text">{m.text}</p> : null}
                <IndicatorList indicators={m.indicators} />
                <p className="measure-card__owner">
                  {t('measures.ownerSection', { section: m.ownerSection })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
