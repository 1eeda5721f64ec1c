/**
 * National figures a report may print next to the municipality's own, each with the survey,
 * year and page it comes from. Only figures whose published source was checked are listed
 * (research: next-wave.md §3); a figure without a citable source is left out, never guessed.
 */
export const nationalFigureIds = ['k6_10_2019', 'k6_10_2010'] as const;
export type NationalFigureId = (typeof nationalFigureIds)[number];

export interface NationalFigure {
  id: NationalFigureId;
  label: { ja: string; en: string };
  value: number;
  unit: '%';
  /** The year the survey was carried out. */
  year: number;
  source: { ja: string; en: string };
  url: string;
}

const k6Label = {
  ja: 'こころの状態（K6）が10点以上の人の割合（気分障害・不安障害に相当する心理的苦痛）',
  en: 'Share of people scoring 10 or more on the K6 (distress equivalent to a mood or anxiety disorder)',
};
const k6Source = {
  ja: '厚生労働省「国民生活基礎調査」（健康日本21の指標）',
  en: 'MHLW, Comprehensive Survey of Living Conditions (a Health Japan 21 indicator)',
};
const k6Url = 'https://www.mhlw.go.jp/stf/newpage_24115.html';

export const nationalFigures: readonly NationalFigure[] = [
  {
    id: 'k6_10_2019',
    label: k6Label,
    value: 10.3,
    unit: '%',
    year: 2019,
    source: k6Source,
    url: k6Url,
  },
  {
    id: 'k6_10_2010',
    label: k6Label,
    value: 10.4,
    unit: '%',
    year: 2010,
    source: k6Source,
    url: k6Url,
  },
];

/** The figures a report chose, in the catalogue's order. */
export const nationalFiguresOf = (ids: readonly string[]): NationalFigure[] =>
  nationalFigures.filter((f) => ids.includes(f.id));
