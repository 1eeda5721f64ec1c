import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TChildcareFacilityDetail } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useChildcareLabels } from './childcare-labels.ts';
import { childcareSearchPath, vacancyTablePath } from './childcare-paths.ts';
import { VacancyCells } from './VacancyCells.tsx';
import { FacilityMap } from './FacilityMap.tsx';
import { useReloadOnLanguageChange } from './use-reload-on-language-change.ts';
import { FacilityEvents } from './FacilityEvents.tsx';

/** 地理院地図 at the facility: a map that needs no key and no tiles served by us. */
function gsiMapUrl(latitude: number, longitude: number): string {
  return `https://maps.gsi.go.jp/#17/${latitude}/${longitude}/`;
}

/**
 * The facility in the phone's map app (a Maps URL opens the app on Android and iOS, a web map
 * elsewhere): by its coordinates, or by its address when it has none.
 */
function mapAppUrl(facility: TChildcareFacilityDetail): string | null {
  const query =
    facility.latitude !== null && facility.longitude !== null
      ? `${facility.latitude},${facility.longitude}`
      : facility.address;
  return query
    ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`
    : null;
}

/** A link from open data, only when it is a web address (never javascript: and the like). */
function webAddress(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** schema.org ChildCare, so that search engines and assistants read the page as a facility. */
function jsonLdOf(facility: TChildcareFacilityDetail): string {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'ChildCare',
    name: facility.name,
    ...(facility.address ? { address: facility.address } : {}),
    ...(facility.phone ? { telephone: facility.phone } : {}),
    ...(webAddress(facility.url) ? { url: webAddress(facility.url) } : {}),
    ...(facility.latitude !== null && facility.longitude !== null
      ? {
          geo: {
            '@type': 'GeoCoordinates',
            latitude: facility.latitude,
            longitude: facility.longitude,
          },
        }
      : {}),
    openingHoursSpecification: facility.openingHours
      .filter((day) => day.opens && day.closes)
      .map((day) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: `https://schema.org/${
          {
            sun: 'Sunday',
            mon: 'Monday',
            tue: 'Tuesday',
            wed: 'Wednesday',
            thu: 'Thursday',
            fri: 'Friday',
            sat: 'Saturday',
          }[day.weekday]
        }`,
        opens: day.opens,
        closes: day.closes,
      })),
  });
}

/** The JSON-LD in the document head while the page is shown. */
function useJsonLd(json: string | null) {
  useEffect(() => {
    if (!json) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json;
    document.head.append(script);
    return () => script.remove();
  }, [json]);
}

/** Where to go: the phone's map app, and 地理院地図 when the coordinates are known. */
function MapLinks({ facility }: { facility: TChildcareFacilityDetail }) {
  const { t } = useTranslation();
  const app = mapAppUrl(facility);
  return (
    <span className="facility-map-links">
      {app ? (
        <a href={app} target="_blank" rel="noreferrer" className="text-link">
          {t('childcare.facility.openInMapApp')}
        </a>
      ) : null}
      {facility.latitude !== null && facility.longitude !== null ? (
        <a
          href={gsiMapUrl(facility.latitude, facility.longitude)}
          target="_blank"
          rel="noreferrer"
          className="text-link"
        >
          {t('childcare.facility.map')}
        </a>
      ) : null}
    </span>
  );
}

/** One facility for residents: what it is, who it takes, when it is open, where, and room per class. */
export function FacilityPage() {
  const { t } = useTranslation();
  const labels = useChildcareLabels();
  const { code = '', id = '' } = useParams();
  const result = useApiData('getPublicChildcareFacility', { params: { code, id } });
  useReloadOnLanguageChange(result.reload);
  const facility = result.data;
  useJsonLd(facility ? jsonLdOf(facility) : null);

  const back = (
    <Link to={childcareSearchPath(code)} className="back-link">
      {t('childcare.facility.back')}
    </Link>
  );
  if (!facility) {
    return (
      <Page title={t('childcare.searchTitleFallback')} leading={back}>
        <ErrorAlert error={result.error} />
        {result.error ? null : <Loading />}
      </Page>
    );
  }
  const hours = facility.openingHours;
  const website = webAddress(facility.url);
  return (
    <Page title={facility.name} leading={back} lead={<p>{labels.kind(facility.kind)}</p>}>
      <Card title={t('childcare.facility.vacancies')}>
        {facility.vacancy ? (
          <VacancyCells vacancy={facility.vacancy} />
        ) : (
          <p>{t('childcare.noVacancyInfo')}</p>
        )}
        <Link to={vacancyTablePath(code)} className="text-link">
          {t('childcare.vacancyTableLink')}
        </Link>
      </Card>
      <Card>
        <dl className="facility-facts">
          <dt>{t('childcare.facility.acceptanceAge')}</dt>
          <dd>{facility.acceptanceAge.description ?? facility.acceptanceAge.text ?? '—'}</dd>
          <dt>{t('childcare.facility.address')}</dt>
          <dd>
            {[facility.postalCode ? `〒${facility.postalCode}` : null, facility.address]
              .filter(Boolean)
              .join(' ') || '—'}
            {facility.addressExtra ? <> {facility.addressExtra}</> : null}
            <MapLinks facility={facility} />
          </dd>
          {facility.phone ? (
            <>
              <dt>{t('childcare.facility.phone')}</dt>
              <dd>
                <a href={`tel:${facility.phone.replace(/[^\d+]/g, '')}`} className="text-link">
                  {facility.phone}
                </a>
              </dd>
            </>
          ) : null}
          <dt>{t('childcare.facility.hours')}</dt>
          <dd>
            {hours.length === 0 ? (
              (facility.hoursNote ?? '—')
            ) : (
              <ul className="facility-hours">
                {hours.map((day) => (
                  <li key={day.weekday}>
                    <span className="facility-hours__day">
                      {t(`childcare.weekday.${day.weekday}`)}
                    </span>
                    {day.opens && day.closes
                      ? t('childcare.facility.hoursRange', { opens: day.opens, closes: day.closes })
                      : t('childcare.facility.closed')}
                  </li>
                ))}
              </ul>
            )}
            {hours.length > 0 && facility.hoursNote ? <p>{facility.hoursNote}</p> : null}
          </dd>
          <dt>{t('childcare.facility.services')}</dt>
          <dd>
            {facility.services.length === 0
              ? t('childcare.facility.noServices')
              : facility.services
                  .map((service) => labels.service(service))
                  .join(t('childcare.facility.listSeparator'))}
          </dd>
          {facility.capacity !== null ? (
            <>
              <dt>{t('childcare.facility.capacity')}</dt>
              <dd>{t('childcare.facility.capacityValue', { count: facility.capacity })}</dd>
            </>
          ) : null}
          {website ? (
            <>
              <dt>{t('childcare.facility.website')}</dt>
              <dd>
                <a href={website} target="_blank" rel="noreferrer" className="text-link">
                  {website}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </Card>
      {facility.latitude !== null && facility.longitude !== null ? (
        <FacilityMap
          name={facility.name}
          latitude={facility.latitude}
          longitude={facility.longitude}
          tiles={facility.mapTiles}
        />
      ) : null}
      <FacilityEvents code={code} events={facility.events} />
      <details className="facility-record">
        <summary>{t('childcare.facility.record')}</summary>
        <p>{t('childcare.facility.recordLead')}</p>
        <dl className="facility-facts">
          {Object.entries(facility.record).map(([column, value]) => (
            <div key={column} className="facility-facts__pair">
              <dt>{column}</dt>
              <dd>{value || '—'}</dd>
            </div>
          ))}
        </dl>
      </details>
    </Page>
  );
}
