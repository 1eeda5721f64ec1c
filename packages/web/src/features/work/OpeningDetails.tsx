import { useTranslation } from 'react-i18next';
import type { TPublicWorkOpening } from '@yorisoi/shared';
import { Badge } from '../../ui/Badge.tsx';
import { useDayLabel } from './day-label.ts';
import { openingConditions, openingKindLabel } from './opening-conditions.ts';

/** Who offers it: the company, and where it is when it is outside the town. */
export function EmployerLine({ opening }: { opening: TPublicWorkOpening }) {
  const { t } = useTranslation();
  return (
    <p className="work-opening__employer">
      {opening.employerName}
      {opening.employerLocation ? (
        <span className="work-opening__from">
          {t('workOpenings.conditions.employerFrom', { place: opening.employerLocation })}
        </span>
      ) : null}
    </p>
  );
}

/** The kind of work and its conditions as short chips: 週10時間・火・木の午前・託児あり. */
export function OpeningConditions({ opening }: { opening: TPublicWorkOpening }) {
  const { t } = useTranslation();
  return (
    <ul className="work-opening__conditions">
      <li>
        <Badge>{openingKindLabel(opening, t)}</Badge>
      </li>
      {openingConditions(opening, t).map((condition) => (
        <li key={condition}>
          {condition === t('workOpenings.conditions.childcare') ? (
            <Badge tone="good">{condition}</Badge>
          ) : (
            condition
          )}
        </li>
      ))}
    </ul>
  );
}

/** Dates and pay: the period of a project, the start, and until when it is offered. */
export function OpeningTerms({ opening }: { opening: TPublicWorkOpening }) {
  const { t } = useTranslation();
  const day = useDayLabel();
  const rows = [
    opening.pay ? [t('workOpenings.conditions.pay'), opening.pay] : null,
    opening.periodStart && opening.periodEnd
      ? [
          null,
          t('workOpenings.conditions.period', {
            from: day(opening.periodStart),
            to: day(opening.periodEnd),
          }),
        ]
      : null,
    opening.startsOn
      ? [null, t('workOpenings.conditions.startsOn', { date: day(opening.startsOn) })]
      : null,
    opening.validThrough
      ? [null, t('workOpenings.conditions.validThrough', { date: day(opening.validThrough) })]
      : null,
  ].filter((row): row is [string | null, string] => row !== null);
  if (rows.length === 0) return null;
  return (
    <dl className="work-opening__terms">
      {rows.map(([label, value]) => (
        <div key={value} className="work-opening__term">
          {label ? <dt>{label}</dt> : null}
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * schema.org JobPosting for search engines, as a data block: the browser never runs it,
 * so the page's script policy does not apply to it.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json">{JSON.stringify(data)}</script>;
}
