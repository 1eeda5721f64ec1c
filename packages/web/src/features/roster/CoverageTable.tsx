import { useTranslation } from 'react-i18next';
import type { TCoverage } from '@yorisoi/shared';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { japanDayAndHour } from './japan-time.ts';

type Hour = TCoverage['hours'][number];

const hoursOfDay = Array.from({ length: 24 }, (_, hour) => hour);

/** The coverage hours grouped by Japan day, each day indexed by its hour. */
function byDay(
  hours: readonly Hour[],
): { day: string; startsAt: string; cells: Map<number, Hour> }[] {
  const days = new Map<string, { day: string; startsAt: string; cells: Map<number, Hour> }>();
  for (const entry of hours) {
    const { day, hour } = japanDayAndHour(entry.startsAt);
    const row = days.get(day) ?? { day, startsAt: entry.startsAt, cells: new Map<number, Hour>() };
    row.cells.set(hour, entry);
    days.set(day, row);
  }
  return [...days.values()];
}

function CoverageCell({ entry }: { entry: Hour | undefined }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!entry) return <td className="coverage__cell" />;
  const full = t('care.roster.cell', {
    onDuty: formatNumber(entry.onDuty, locale),
    onCall: formatNumber(entry.onCall, locale),
  });
  return (
    <td
      className={`coverage__cell${entry.gap ? ' coverage__cell--gap' : ''}`}
      data-gap={entry.gap ? 'true' : undefined}
    >
      <span aria-hidden="true">
        {entry.onDuty}/{entry.onCall}
      </span>
      <span className="visually-hidden">{full}</span>
      {entry.gap ? <span className="coverage__gap">{t('care.roster.gap')}</span> : null}
    </td>
  );
}

/** Days × 24 hours: people on duty / on call per hour, hours below the minimum marked. */
export function CoverageTable({ coverage }: { coverage: TCoverage }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const caption = t('care.roster.coverageCaption');
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table coverage" data-testid="coverage">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('care.roster.day')}</th>
            {hoursOfDay.map((hour) => (
              <th key={hour} scope="col">
                {t('care.roster.hour', { hour })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {byDay(coverage.hours).map((row) => (
            <tr key={row.day}>
              <th scope="row">{formatDate(row.startsAt, locale)}</th>
              {hoursOfDay.map((hour) => (
                <CoverageCell key={hour} entry={row.cells.get(hour)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
