import { lifeEvents, outcomes, referralTypes, severities } from './case-coding.ts';
import {
  consultationPreferences,
  consultationTopics,
  type ConsultationTopic,
} from './consultation.ts';
import { industries, sizeBands } from './organization.ts';
import { addMonths } from './japan-time.ts';

/**
 * What anonymous statistics can be broken down by. Every dimension has a fixed list of
 * categories (months: those of the period), so a table always has the same shape whatever
 * the data: an empty category is a 0, never a missing row that would tell something.
 * For a person's lists (topics, life events, referrals) a person with none is counted in
 * `none`, so every table of one period counts the same persons in total.
 */
export const statisticsDimensions = [
  'topic',
  'lifeEvent',
  'month',
  'quarter',
  'halfYear',
  'topicGroup',
  'weekday',
  'hour',
  'timeBand',
  'referralType',
  'outcome',
  'severity',
  'satisfaction',
  'channel',
  'industry',
  'sizeBand',
  'ageBand',
] as const;
export type StatisticsDimension = (typeof statisticsDimensions)[number];

export const noneCategory = 'none';
export const unknownCategory = 'unknown';
export const unratedCategory = 'unrated';
export const contactTimeBands = ['day', 'night', 'holiday'] as const;
export const ageBands = ['-19', '20-29', '30-39', '40-49', '50-59', '60+'] as const;
export const satisfactionScores = ['1', '2', '3', '4', '5'] as const;

/**
 * Coarser views of the same records, for when a month or a single topic is too small to
 * publish: blocks of three or six months counted from the period's first month (a
 * block's code is its first month), and topics grouped by the part of life they touch.
 */
export const periodBlockMonths = { quarter: 3, halfYear: 6 } as const;
export type PeriodBlock = keyof typeof periodBlockMonths;

export const topicGroups = {
  health: ['physical_mental_health', 'mental_health'],
  lifeStage: ['pregnancy_birth', 'fertility_treatment', 'menopause'],
  care: ['childcare', 'elder_care'],
  work: ['career', 'work_style', 'harassment'],
  other: ['other'],
} as const satisfies Record<string, readonly ConsultationTopic[]>;
export type TopicGroup = keyof typeof topicGroups;

/** Months since year 0, so that blocks are integer arithmetic here and in SQL. */
export const monthIndexOf = (month: string) =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** The first months of the blocks of a period (the last block may be shorter). */
export function blocksOf(from: string, to: string, block: PeriodBlock): string[] {
  const size = periodBlockMonths[block];
  return monthsOf(from, to).filter((_, i) => i % size === 0);
}

/** The last month a block covers: `size` months on, or the period's end. */
export function blockEnd(start: string, block: PeriodBlock, periodTo?: string): string {
  const end = addMonths(start, periodBlockMonths[block] - 1);
  return periodTo !== undefined && periodTo < end ? periodTo : end;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => String(i));

/** The longest period one table may cover. */
export const maxStatisticsMonths = 36;

/** YYYY-MM of every month from `from` to `to`, both included. */
export function monthsOf(from: string, to: string): string[] {
  const count = monthIndexOf(to) - monthIndexOf(from) + 1;
  // A malformed month (NaN) gives no months rather than a loop that never ends.
  return Number.isFinite(count) && count > 0
    ? Array.from({ length: count }, (_, i) => addMonths(from, i))
    : [];
}

/** The categories of a dimension, in display order. */
export function categoriesOf(
  dimension: StatisticsDimension,
  period: { from: string; to: string },
): string[] {
  switch (dimension) {
    case 'topic':
      return [...consultationTopics];
    case 'lifeEvent':
      return [...lifeEvents, noneCategory];
    case 'month':
      return monthsOf(period.from, period.to);
    case 'quarter':
    case 'halfYear':
      return blocksOf(period.from, period.to, dimension);
    case 'topicGroup':
      return Object.keys(topicGroups);
    case 'weekday':
      return range(7);
    case 'hour':
      return range(24);
    case 'timeBand':
      return [...contactTimeBands];
    case 'referralType':
      return [...referralTypes, noneCategory];
    case 'outcome':
      return [...outcomes];
    case 'severity':
      return [...severities];
    case 'satisfaction':
      return [...satisfactionScores, unratedCategory];
    case 'channel':
      return [...consultationPreferences];
    case 'industry':
      return [...industries, unknownCategory];
    case 'sizeBand':
      return [...sizeBands, unknownCategory];
    case 'ageBand':
      return [...ageBands, unknownCategory];
  }
}

/** Japan's stress-check group-analysis rule: results of groups under 10 people are not shown. */
export const defaultMinimumGroupSize = 10;
/** Survey tools leak below 5 even with suppression; no municipality may configure less. */
export const minimumGroupSizeFloor = 5;
/** Above this nearly every cell of a municipality's tables would be hidden. */
export const minimumGroupSizeCeiling = 50;
