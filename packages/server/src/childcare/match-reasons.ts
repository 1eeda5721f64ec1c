import {
  childcareKindLabels,
  childcareServiceLabels,
  describeAcceptanceAge,
  isClassBasedKind,
  parseAcceptanceAge,
  reiwaFiscalYearLabel,
  type ChildAge,
  type ChildcareKind,
  type TLocale,
} from '@yorisoi/shared';
import type { FacilityRow } from './childcare-facilities.repository.ts';
import type { SearchFilters } from './childcare-facilities.repository.ts';

export type MatchReason = {
  reason: 'classAge' | 'age' | 'ageUnreadable' | 'kind' | 'area' | 'openAt' | 'service';
  text: string;
};

const weekdayNames = {
  ja: ['日曜', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function ageReason(row: FacilityRow, child: ChildAge, locale: TLocale): MatchReason {
  const kind = row.kind as ChildcareKind;
  if (!row.acceptanceAgeText) {
    return {
      reason: 'ageUnreadable',
      text:
        locale === 'ja'
          ? '受入年齢の記載がないため、施設にご確認ください'
          : 'No ages are stated: please ask the facility',
    };
  }
  if (!row.ageReadable) {
    return {
      reason: 'ageUnreadable',
      text:
        locale === 'ja'
          ? `受入年齢「${row.acceptanceAgeText}」を読み取れないため、施設にご確認ください`
          : `The ages taken (“${row.acceptanceAgeText}”) could not be read: please ask the facility`,
    };
  }
  if (isClassBasedKind(kind) && child.classAge >= 0 && child.classAge <= 5) {
    const year = reiwaFiscalYearLabel(child.fiscalYear);
    return {
      reason: 'classAge',
      text:
        locale === 'ja'
          ? `${child.classAge}歳児クラス（${year.ja}）を受け入れ`
          : `Takes the ${child.classAge}-year-old class (${year.en})`,
    };
  }
  const range = describeAcceptanceAge(
    parseAcceptanceAge(row.acceptanceAgeText),
    isClassBasedKind(kind),
  );
  return {
    reason: 'age',
    text: locale === 'ja' ? `受入年齢（${range.ja}）に該当` : `Within the ages taken (${range.en})`,
  };
}

/** Why a facility is in the results, one reason per filter given, in the reader's language. */
export function matchReasons(
  row: FacilityRow,
  filters: SearchFilters,
  locale: TLocale,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (filters.child) reasons.push(ageReason(row, filters.child, locale));
  if (filters.kind)
    reasons.push({ reason: 'kind', text: childcareKindLabels[filters.kind][locale] });
  if (filters.area && row.area) {
    reasons.push({
      reason: 'area',
      text: locale === 'ja' ? `地区：${row.area}` : `Area: ${row.area}`,
    });
  }
  if (filters.openAt) {
    const { weekday, minutes } = filters.openAt;
    reasons.push({
      reason: 'openAt',
      text:
        locale === 'ja'
          ? `${weekdayNames.ja[weekday]} ${clock(minutes)} に開所`
          : `Open on ${weekdayNames.en[weekday]} at ${clock(minutes)}`,
    });
  }
  if (filters.service) {
    const label = childcareServiceLabels[filters.service][locale];
    reasons.push({
      reason: 'service',
      text: locale === 'ja' ? `${label}あり` : `${label} available`,
    });
  }
  return reasons;
}
