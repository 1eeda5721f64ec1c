/**
 * Matching reasons, what is missing and exclusions in words, Japanese and English, for
 * the staff screens (one source; a missing label is a type error). Skill names come from
 * the programme's own taxonomy, so the caller passes the lookup.
 */
import type { DayPart } from './weekly-availability.ts';
import type { QualificationKind } from './qualifications.ts';
import type { MatchExclusion, MatchMissing, MatchReason, WorkPath } from './match-score.ts';

export type MatchLocale = 'ja' | 'en';
export type SkillLabel = (skillId: string) => string;

interface Label {
  ja: string;
  en: string;
}

export const qualificationLabels: Record<QualificationKind, Label> = {
  nursery_teacher: { ja: '保育士', en: 'nursery teacher (保育士)' },
  kindergarten_teacher: { ja: '幼稚園教諭', en: 'kindergarten teacher' },
  nurse: { ja: '看護師', en: 'nurse' },
  assistant_nurse: { ja: '准看護師', en: 'assistant nurse' },
  public_health_nurse: { ja: '保健師', en: 'public-health nurse' },
  childcare_support_worker: { ja: '子育て支援員', en: 'childcare support worker' },
  care_worker: { ja: '介護福祉士', en: 'certified care worker' },
  nutritionist: { ja: '栄養士', en: 'nutritionist' },
  bookkeeping: { ja: '簿記', en: 'bookkeeping' },
};

export const workPathLabels: Record<WorkPath, Label> = {
  own_pace: { ja: '自分のペースで働く', en: 'work at own pace' },
  full_return: { ja: '仕事に完全復帰', en: 'full return to work' },
  start_business: { ja: '起業', en: 'start a business' },
};

const weekdayLabels: Label[] = [
  { ja: '日', en: 'Sun' },
  { ja: '月', en: 'Mon' },
  { ja: '火', en: 'Tue' },
  { ja: '水', en: 'Wed' },
  { ja: '木', en: 'Thu' },
  { ja: '金', en: 'Fri' },
  { ja: '土', en: 'Sat' },
];

const dayPartLabels: Record<DayPart, Label> = {
  morning: { ja: '午前', en: 'mornings' },
  afternoon: { ja: '午後', en: 'afternoons' },
  evening: { ja: '夕方以降', en: 'evenings' },
};

function list(items: string[], locale: MatchLocale): string {
  return items.join(locale === 'ja' ? '・' : ', ');
}

const hours = (n: number, locale: MatchLocale) =>
  locale === 'ja' ? `週${n}時間` : `${n} h a week`;

export function renderMatchReason(r: MatchReason, locale: MatchLocale, skill: SkillLabel): string {
  const ja = locale === 'ja';
  switch (r.code) {
    case 'hoursAndDays': {
      const days = r.weekdays.map((d) => weekdayLabels[d]![locale]).join(ja ? '' : '/');
      const part = r.dayPart ? dayPartLabels[r.dayPart][locale] : null;
      if (ja) return `${hours(r.hours, locale)}・${days}${part ? `の${part}` : ''}が合います`;
      return `${hours(r.hours, locale)}, ${days}${part ? ` ${part}` : ''} fit`;
    }
    case 'requiredSkillsHeld':
      return ja
        ? `必須のスキルあり（${list(r.skillIds.map(skill), locale)}）`
        : `Has the required skills (${list(r.skillIds.map(skill), locale)})`;
    case 'niceSkillsHeld':
      return ja
        ? `歓迎スキルあり（${list(r.skillIds.map(skill), locale)}）`
        : `Has welcome skills (${list(r.skillIds.map(skill), locale)})`;
    case 'keywordsShared':
      return ja
        ? `共通のキーワード：${list(r.words, locale)}`
        : `Shared keywords: ${list(r.words, locale)}`;
    case 'qualificationHeld':
      return ja
        ? `${qualificationLabels[r.kind].ja}資格あり`
        : `Holds ${qualificationLabels[r.kind].en}`;
    case 'remote':
      return ja ? '在宅でできます' : 'Can be done from home';
    case 'nearby':
      // Rounded distances under one kilometre read as "about 0 km": say "within 1 km".
      if (r.km < 1) return ja ? '自宅から1km以内' : 'Within 1 km of home';
      return ja ? `自宅から約${r.km}km` : `About ${r.km} km from home`;
    case 'startsInTime':
      return ja ? '開始日に間に合います' : 'Can start in time';
    case 'childcareProvided':
      return ja ? '託児あり' : 'Childcare provided';
    case 'pathFits':
      return ja
        ? `希望の働き方（${workPathLabels[r.path].ja}）に合います`
        : `Fits the path wanted (${workPathLabels[r.path].en})`;
    case 'nurseryShortOfStaff':
      return ja
        ? `保育士不足で受け入れを制限している園です（あと${r.staffShort}人）`
        : `This nursery limits its intake for want of staff (${r.staffShort} short)`;
  }
}

export function renderMatchMissing(
  m: MatchMissing,
  locale: MatchLocale,
  skill: SkillLabel,
): string {
  const ja = locale === 'ja';
  switch (m.code) {
    case 'niceSkillsMissing':
      return ja
        ? `歓迎スキルなし（${list(m.skillIds.map(skill), locale)}）`
        : `Lacks welcome skills (${list(m.skillIds.map(skill), locale)})`;
    case 'niceQualificationsMissing': {
      const names = list(
        m.kinds.map((k) => qualificationLabels[k][locale]),
        locale,
      );
      return ja ? `歓迎資格なし（${names}）` : `Lacks welcome qualifications (${names})`;
    }
    case 'fewerHoursThanWanted':
      return ja
        ? `希望（${hours(m.wanted, locale)}以上）より短い${hours(m.offered, locale)}まで`
        : `At most ${hours(m.offered, locale)}, fewer than the ${m.wanted} wanted`;
    case 'availabilityShort':
      return ja
        ? `合う時間が${hours(m.overlapHours, locale)}（${hours(m.wanted, locale)}に足りません）`
        : `Only ${hours(m.overlapHours, locale)} in common (of ${m.wanted} h)`;
    case 'distanceUnknown':
      return ja ? '距離がわかりません' : 'Distance unknown';
    case 'startsLater':
      return ja ? `開始が${m.days}日遅れます` : `Starts ${m.days} days late`;
    case 'noChildcare':
      return ja ? '託児なし' : 'No childcare';
  }
}

export function renderMatchExclusion(
  e: MatchExclusion,
  locale: MatchLocale,
  skill: SkillLabel,
): string {
  const ja = locale === 'ja';
  switch (e.code) {
    case 'requiredSkillMissing':
      return ja
        ? `必須のスキルがありません（${list(e.skillIds.map(skill), locale)}）`
        : `Lacks required skills (${list(e.skillIds.map(skill), locale)})`;
    case 'requiredQualificationMissing': {
      const names = list(
        e.kinds.map((k) => qualificationLabels[k][locale]),
        locale,
      );
      return ja ? `必須の資格がありません（${names}）` : `Lacks required qualifications (${names})`;
    }
    case 'hoursTooFew':
      return ja
        ? `働ける時間（${hours(e.canWork, locale)}）が必要な${hours(e.needed, locale)}に足りません`
        : `Can work ${hours(e.canWork, locale)}; ${e.needed} needed`;
    case 'availabilityTooShort':
      return ja
        ? `合う曜日・時間が${hours(e.overlapHours, locale)}で、${hours(e.needed, locale)}に足りません`
        : `Only ${hours(e.overlapHours, locale)} of the week fits; ${e.needed} needed`;
    case 'remoteNotWanted':
      return ja ? '在宅の仕事を希望していません' : 'Does not want remote work';
    case 'onsiteNotWanted':
      return ja ? '通いの仕事を希望していません' : 'Does not want on-site work';
    case 'tooFar':
      return ja
        ? `自宅から約${e.km}km（希望は${e.maxKm}kmまで）`
        : `About ${e.km} km from home (at most ${e.maxKm} wanted)`;
    case 'childcareRequired':
      return ja ? '託児が必要ですが、託児がありません' : 'Needs childcare, none provided';
  }
}
