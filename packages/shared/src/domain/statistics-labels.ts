import {
  lifeEventLabels,
  outcomeLabels,
  referralTypeLabels,
  severityLabels,
} from './case-coding.ts';
import { consultationTopicLabels } from './consultation.ts';
import { blockEnd, type StatisticsDimension, type TopicGroup } from './statistics.ts';

type Locale = 'ja' | 'en';
type Label = { ja: string; en: string };

export const statisticsDimensionLabels: Record<StatisticsDimension, Label> = {
  topic: { ja: '相談テーマ', en: 'Topic' },
  lifeEvent: { ja: 'ライフイベント', en: 'Life event' },
  month: { ja: '月', en: 'Month' },
  quarter: { ja: '3か月ごと', en: 'Quarter' },
  halfYear: { ja: '半年ごと', en: 'Half-year' },
  topicGroup: { ja: '相談テーマ（分野）', en: 'Topic area' },
  weekday: { ja: '曜日', en: 'Weekday' },
  hour: { ja: '時間帯（時）', en: 'Hour' },
  timeBand: { ja: '開庁時間との関係', en: 'Office hours' },
  referralType: { ja: 'つないだ先', en: 'Referred to' },
  outcome: { ja: '対応結果', en: 'Outcome' },
  severity: { ja: '深刻度', en: 'Severity' },
  satisfaction: { ja: '満足度', en: 'Satisfaction' },
  channel: { ja: '相談方法', en: 'Channel' },
  industry: { ja: '業種', en: 'Industry' },
  sizeBand: { ja: '従業員規模', en: 'Employer size' },
  ageBand: { ja: '年代', en: 'Age band' },
};

const weekdays: Label[] = [
  { ja: '日', en: 'Sun' },
  { ja: '月', en: 'Mon' },
  { ja: '火', en: 'Tue' },
  { ja: '水', en: 'Wed' },
  { ja: '木', en: 'Thu' },
  { ja: '金', en: 'Fri' },
  { ja: '土', en: 'Sat' },
];

const common: Record<string, Label> = {
  none: { ja: 'なし', en: 'None' },
  unknown: { ja: '不明', en: 'Unknown' },
  unrated: { ja: '未回答', en: 'Not rated' },
  day: { ja: '開庁時間内', en: 'Office hours' },
  night: { ja: '平日の時間外', en: 'Weekday, outside office hours' },
  holiday: { ja: '土日祝・年末年始', en: 'Weekend or holiday' },
  chat: { ja: 'チャット', en: 'Chat' },
  video: { ja: 'ビデオ', en: 'Video' },
  booking: { ja: '予約', en: 'Booked appointment' },
};

/** Topic areas: the topics each covers are listed with the table where it is shown. */
export const topicGroupLabels: Record<TopicGroup, Label> = {
  health: { ja: '心身の健康・メンタル', en: 'Physical and mental health' },
  lifeStage: { ja: '妊娠・出産・不妊治療・更年期', en: 'Pregnancy, fertility and menopause' },
  care: { ja: '育児・介護', en: 'Childcare and elder care' },
  work: { ja: 'キャリア・働き方・ハラスメント', en: 'Career, ways of working, harassment' },
  other: { ja: 'その他', en: 'Other' },
};

const byDimension: Partial<Record<StatisticsDimension, Record<string, Label>>> = {
  topic: consultationTopicLabels,
  topicGroup: topicGroupLabels,
  lifeEvent: lifeEventLabels,
  outcome: outcomeLabels,
  severity: severityLabels,
  referralType: referralTypeLabels,
};

/**
 * A category as people read it. Months stay YYYY-MM here; screens format them (和暦 when
 * chosen). Industries are labelled by the web app's catalogue, so exports show the code.
 */
export function statisticsCategoryLabel(
  dimension: StatisticsDimension,
  code: string,
  locale: Locale,
): string {
  const label = byDimension[dimension]?.[code] ?? common[code];
  if (label) return label[locale];
  if (dimension === 'quarter' || dimension === 'halfYear') {
    return `${code}〜${blockEnd(code, dimension)}`;
  }
  if (dimension === 'weekday') return weekdays[Number(code)]?.[locale] ?? code;
  if (dimension === 'hour') return locale === 'ja' ? `${code}時台` : `${code}:00`;
  if (dimension === 'satisfaction') return locale === 'ja' ? `${code}点` : `${code} / 5`;
  if (dimension === 'sizeBand') return locale === 'ja' ? `${code}人` : `${code} people`;
  return code;
}

/** How a hidden count reads, with the minimum group size k of the municipality. */
export function hiddenCountLabel(k: number, locale: Locale): string {
  return locale === 'ja' ? `—（非公表：${k}人未満）` : `— (not published: fewer than ${k})`;
}
