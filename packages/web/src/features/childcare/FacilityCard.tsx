import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TChildcareFacilitySummary } from '@yorisoi/shared';
import { Badge } from '../../ui/Badge.tsx';
import { useChildcareLabels } from './childcare-labels.ts';
import { facilityPath } from './childcare-paths.ts';
import { VacancyCells } from './VacancyCells.tsx';

/** One search result: what it is, where, why it matched, and whether the child's class has room. */
export function FacilityCard({
  municipalityCode,
  facility,
  classAge,
}: {
  municipalityCode: string;
  facility: TChildcareFacilitySummary;
  classAge: number | undefined;
}) {
  const { t } = useTranslation();
  const labels = useChildcareLabels();
  const place = [facility.area, facility.address]
    .filter(Boolean)
    .join(t('childcare.facility.listSeparator'));
  return (
    <li className="facility-card" data-testid="facility-card">
      <div className="facility-card__head">
        <h2 className="facility-card__name">
          <Link to={facilityPath(municipalityCode, facility.id)}>{facility.name}</Link>
        </h2>
        <Badge>{labels.kind(facility.kind)}</Badge>
      </div>
      {place ? <p className="facility-card__place">{place}</p> : null}
      {facility.matched.length > 0 ? (
        <ul className="facility-card__reasons" aria-label={t('childcare.matched')}>
          {facility.matched.map((match) => (
            <li key={match.reason + match.text} className="facility-card__reason">
              {match.text}
            </li>
          ))}
        </ul>
      ) : null}
      {facility.vacancy ? (
        <VacancyCells vacancy={facility.vacancy} onlyClass={classAge} />
      ) : (
        <p className="facility-card__no-vacancy">{t('childcare.noVacancyInfo')}</p>
      )}
    </li>
  );
}
