import {
  addMonths,
  japanMonthOf,
  japanMonthStart,
  retentionRules,
  type RetentionKind,
} from '@yorisoi/shared';

/**
 * Where a kind's period ends, read from `now`: a record from before the first day (in
 * Japan) of the month `months` before this one has expired. So every record is kept at
 * least the whole period and is erased within the month after it ends.
 */
export function retentionCutoff(now: Date, months: number) {
  const month = addMonths(japanMonthOf(now), -months);
  return { before: japanMonthStart(month), beforeDay: `${month}-01`, beforeMonth: `${month}-01` };
}

/** The months a municipality keeps a kind: its setting, or the stated default. */
export function monthsFor(configured: ReadonlyMap<string, number>, kind: RetentionKind): number {
  return configured.get(kind) ?? retentionRules[kind].defaultMonths;
}
