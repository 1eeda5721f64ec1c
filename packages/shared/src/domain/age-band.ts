import { ageBands } from './statistics.ts';

export type TAgeBand = (typeof ageBands)[number];

/** The earliest birth year the profile accepts. */
export const earliestBirthYear = 1900;

/**
 * The age band of a person born in `birthYear`, by the age they reach in `year` (a
 * birthday later in the year does not move anyone across ten years' bands for long, and
 * the platform never asks for the date of birth itself: the year is enough for a band).
 */
export function ageBandOf(birthYear: number, year: number): TAgeBand {
  const age = year - birthYear;
  if (age < 20) return '-19';
  if (age >= 60) return '60+';
  const decade = Math.floor(age / 10) * 10;
  return `${decade}-${decade + 9}` as TAgeBand;
}
