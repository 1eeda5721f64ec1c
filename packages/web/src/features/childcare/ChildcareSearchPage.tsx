import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { japanMidnight, ZChildcareSearchQuery, type TChildcareSearchQuery } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { useReloadOnLanguageChange } from './use-reload-on-language-change.ts';
import { formatDate } from '../../i18n/format.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useChildcareLabels } from './childcare-labels.ts';
import { vacancyTablePath } from './childcare-paths.ts';
import { FacilityCard } from './FacilityCard.tsx';
import { FacilitySearchForm, formStateOf } from './FacilitySearchForm.tsx';

/** The URL's search, as far as it is valid: a hand-edited link still shows a page. */
function queryOf(search: URLSearchParams): TChildcareSearchQuery {
  const parsed = ZChildcareSearchQuery.safeParse(Object.fromEntries(search));
  return parsed.success ? parsed.data : {};
}

/**
 * The resident's facility search (no sign-in): by the child's birth date, kind, area,
 * opening day and time, and service. Each result says why it matched and, for the
 * child's class, whether there is room.
 */
export function ChildcareSearchPage() {
  const { t } = useTranslation();
  const labels = useChildcareLabels();
  const { code = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => queryOf(searchParams), [searchParams]);
  const result = useApiData('searchChildcareFacilities', { params: { code }, query });
  useReloadOnLanguageChange(result.reload);
  // Every area of the municipality, whatever the current filter keeps.
  const all = useApiData('searchChildcareFacilities', { params: { code }, query: {} });
  const areas = useMemo(
    () =>
      [...new Set((all.data?.facilities ?? []).flatMap((f) => (f.area ? [f.area] : [])))].sort(
        (a, b) => a.localeCompare(b, 'ja'),
      ),
    [all.data],
  );
  const data = result.data;
  const municipality = data?.municipality.name ?? all.data?.municipality.name;
  const child = data?.child ?? null;

  return (
    <Page
      title={
        municipality
          ? t('childcare.searchTitle', { municipality })
          : t('childcare.searchTitleFallback')
      }
      lead={<p>{t('childcare.searchLead')}</p>}
    >
      <FacilitySearchForm
        key={searchParams.toString()}
        initial={formStateOf(query)}
        areas={areas}
        pending={result.loading}
        onSearch={(params) => setSearchParams(params)}
      />
      <p className="childcare-links">
        <Link to={vacancyTablePath(code)} className="text-link">
          {t('childcare.vacancyTableLink')}
        </Link>
      </p>
      <ErrorAlert error={result.error} />
      {!data && !result.error ? <Loading /> : null}
      {data ? (
        <section aria-live="polite" className="childcare-results">
          {child ? (
            <p className="childcare-results__child" data-testid="child-class">
              {child.months < 12
                ? t('childcare.childInfant', {
                    fiscalYear: labels.fiscalYear(child.fiscalYear),
                    months: child.months,
                    on: formatDate(japanMidnight(data.on), labels.locale),
                  })
                : t('childcare.child', {
                    fiscalYear: labels.fiscalYear(child.fiscalYear),
                    classAge: child.classAge,
                    years: Math.floor(child.months / 12),
                    months: child.months % 12,
                    on: formatDate(japanMidnight(data.on), labels.locale),
                  })}
            </p>
          ) : null}
          <p className="childcare-results__count">
            {t('childcare.resultCount', { count: data.facilities.length })}
          </p>
          {data.facilities.length === 0 ? (
            <p className="empty">{t('childcare.noResults')}</p>
          ) : (
            <ul className="facility-list">
              {data.facilities.map((facility) => (
                <FacilityCard
                  key={facility.id}
                  municipalityCode={code}
                  facility={facility}
                  classAge={child?.classAge}
                />
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </Page>
  );
}
