/**
 * An opening as a schema.org JobPosting (the JSON-LD that search engines read on the
 * public page). Google requires title, description, datePosted, hiringOrganization and
 * jobLocation — or jobLocationType TELECOMMUTE with applicantLocationRequirements for work
 * done from home — and recommends validThrough, employmentType and baseSalary.
 */
import type { EmploymentType, OpeningKind, WorkMode } from './match-score.ts';

export interface JobPostingSource {
  id: string;
  kind: OpeningKind;
  employmentType: EmploymentType | null;
  title: string;
  description: string;
  deliverable: string | null;
  workMode: WorkMode;
  placeLabel: string | null;
  employerName: string;
  employerLocation: string | null;
  pay: string | null;
  datePosted: string;
  validThrough: string | null;
}

export interface JobPostingPlace {
  /** Where the municipality is: the locality of an on-site opening without its own place. */
  municipalityName: string;
  prefecture: string;
  /** The public page of the opening, for the JSON-LD `url` and `identifier`. */
  url: string;
}

type SalaryUnit = 'HOUR' | 'DAY' | 'MONTH' | 'YEAR';

const salaryUnits: readonly [RegExp, SalaryUnit][] = [
  [/時給/, 'HOUR'],
  [/日給|日当/, 'DAY'],
  [/月給|月額/, 'MONTH'],
  [/年収|年俸/, 'YEAR'],
];

/**
 * The pay written as Japanese job ads do (「時給1,100円」「月給20万円」), as a number and a
 * unit; null when it names no unit or no amount (「報酬：応相談」), which is then left out
 * rather than guessed.
 */
export function baseSalaryOf(pay: string | null): { value: number; unit: SalaryUnit } | null {
  if (pay === null) return null;
  const text = pay.normalize('NFKC');
  const unit = salaryUnits.find(([pattern]) => pattern.test(text))?.[1];
  const amount = /([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万)?\s*円/.exec(text);
  if (!unit || !amount) return null;
  const value = Number(amount[1]!.replaceAll(',', '')) * (amount[2] ? 10_000 : 1);
  return Number.isFinite(value) && value > 0 ? { value, unit } : null;
}

const employmentTypeOf = (source: JobPostingSource): string | string[] => {
  if (source.kind === 'project') return 'CONTRACTOR';
  if (source.employmentType === 'full_time') return 'FULL_TIME';
  // 短時間正社員: a regular (permanent) post on shorter hours.
  if (source.employmentType === 'short_hours_regular') return ['FULL_TIME', 'PART_TIME'];
  return 'PART_TIME';
};

/** One JobPosting object, ready for `<script type="application/ld+json">`. */
export function jobPostingOf(
  source: JobPostingSource,
  where: JobPostingPlace,
): Record<string, unknown> {
  const salary = baseSalaryOf(source.pay);
  const onSite = source.workMode !== 'remote';
  const fromHome = source.workMode !== 'onsite';
  const description = source.deliverable
    ? `${source.description}\n\n成果物: ${source.deliverable}`.trim()
    : source.description;
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: source.title,
    description: description === '' ? source.title : description,
    identifier: { '@type': 'PropertyValue', name: source.employerName, value: source.id },
    url: where.url,
    datePosted: source.datePosted,
    ...(source.validThrough ? { validThrough: source.validThrough } : {}),
    employmentType: employmentTypeOf(source),
    hiringOrganization: {
      '@type': 'Organization',
      name: source.employerName,
      ...(source.employerLocation ? { address: source.employerLocation } : {}),
    },
    ...(onSite
      ? {
          jobLocation: {
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              addressLocality: source.placeLabel ?? where.municipalityName,
              addressRegion: where.prefecture,
              addressCountry: 'JP',
            },
          },
        }
      : {}),
    ...(fromHome
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: { '@type': 'Country', name: 'JP' },
        }
      : {}),
    ...(salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'JPY',
            value: { '@type': 'QuantitativeValue', value: salary.value, unitText: salary.unit },
          },
        }
      : {}),
  };
}
