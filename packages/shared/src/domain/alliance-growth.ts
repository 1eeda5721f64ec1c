/** One membership's span: the day it joined and, once it left, the day it left (YYYY-MM-DD). */
export interface MembershipSpan {
  joinedOn: string;
  leftOn: string | null;
}

export interface AllianceGrowthYear {
  /** The fiscal year (年度), named by the year it starts on 1 April. */
  fiscalYear: number;
  /** Members on the year's last day (31 March), or on `today` for the year still running. */
  members: number;
  joined: number;
  left: number;
}

/** The fiscal year (年度) a calendar day (YYYY-MM-DD) falls in. */
export function fiscalYearOfDate(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

const isMemberOn = (span: MembershipSpan, day: string) =>
  span.joinedOn <= day && (span.leftOn === null || span.leftOn > day);

/**
 * Members by fiscal year, as a city reports an alliance's growth (設立当初32社 → 令和2年度81社):
 * every year from the first (the founding year, or an earlier join) to the current one,
 * counted on the year's last day. A member who left on a day is no longer counted on it.
 */
export function allianceGrowth(
  spans: readonly MembershipSpan[],
  { foundedOn, today }: { foundedOn: string; today: string },
): AllianceGrowthYear[] {
  const first = Math.min(
    fiscalYearOfDate(foundedOn),
    ...spans.map((s) => fiscalYearOfDate(s.joinedOn)),
  );
  const last = fiscalYearOfDate(today);
  const years: AllianceGrowthYear[] = [];
  for (let fiscalYear = first; fiscalYear <= last; fiscalYear += 1) {
    const yearEnd = fiscalYear === last ? today : `${fiscalYear + 1}-03-31`;
    const yearStart = `${fiscalYear}-04-01`;
    years.push({
      fiscalYear,
      members: spans.filter((s) => isMemberOn(s, yearEnd)).length,
      joined: spans.filter((s) => s.joinedOn >= yearStart && s.joinedOn <= yearEnd).length,
      left: spans.filter((s) => s.leftOn !== null && s.leftOn >= yearStart && s.leftOn <= yearEnd)
        .length,
    });
  }
  return years;
}
