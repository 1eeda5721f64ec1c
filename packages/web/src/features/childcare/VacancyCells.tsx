import { useTranslation } from 'react-i18next';
import type { TChildcareFacilitySummary } from '@yorisoi/shared';
import { useChildcareLabels } from './childcare-labels.ts';

type Vacancy = NonNullable<TChildcareFacilitySummary['vacancy']>;
type Cell = Vacancy['classes'][number];

/** A class's places as the city publishes them: a count, or its symbol (◎○△×). */
export function vacancyText(cell: Cell, display: Vacancy['display']): string {
  if (display === 'counts' && cell.count !== null) return String(cell.count);
  return cell.symbol ?? '—';
}

/** Whether a class has room: what a parent looks for first. */
export function hasRoom(cell: Cell): boolean {
  return (cell.count ?? 0) > 0 || (cell.symbol !== null && cell.symbol !== '×');
}

/**
 * The places of a facility's classes for one month, in a row of small tiles: the child's
 * class alone when the search knows it, otherwise every class the facility states.
 */
export function VacancyCells({ vacancy, onlyClass }: { vacancy: Vacancy; onlyClass?: number }) {
  const { t } = useTranslation();
  const labels = useChildcareLabels();
  const cells = vacancy.classes.filter(
    (cell) => onlyClass === undefined || cell.classAge === onlyClass,
  );
  return (
    <div className="vacancy">
      <ul className="vacancy__cells">
        {cells.map((cell) => (
          <li
            key={cell.classAge}
            className={`vacancy__cell${hasRoom(cell) ? ' vacancy__cell--room' : ''}`}
          >
            <span className="vacancy__class">
              {t('childcare.classAge', { age: cell.classAge })}
            </span>
            <span className="vacancy__value">{vacancyText(cell, vacancy.display)}</span>
          </li>
        ))}
      </ul>
      <p className="vacancy__as-of">
        {t('childcare.vacancyAsOf', { month: labels.month(vacancy.month) })}
        {vacancy.updatedThisMonth ? null : (
          <span className="vacancy__stale"> ・{t('childcare.vacancyNotUpdated')}</span>
        )}
      </p>
    </div>
  );
}
