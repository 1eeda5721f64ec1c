/**
 * How long each kind of record is kept (issue 21), in months, per municipality. The
 * defaults and the floors below are stated with their reasons in the README's operations
 * section; a setting below a kind's floor is refused (RETENTION_BELOW_MINIMUM).
 */
export const retentionKinds = [
  'consultations',
  'attachments',
  'audit_log',
  'case_records',
  'survey_answers',
  'event_registrations',
  'work_records',
] as const;
export type RetentionKind = (typeof retentionKinds)[number];

export interface RetentionRule {
  defaultMonths: number;
  minimumMonths: number;
}

/**
 * consultations: 5 years after closing, as 医師法 24条 (診療録) and 保健師助産師看護師法 42条
 * (助産録) keep clinical records, and 労働安全衛生規則 keeps stress-check and 面接指導 records;
 * attachments are part of that record but may go sooner; audit_log: never shorter than the
 * records it is the access history of; case_records (anonymous): long enough to compare a
 * decade of policy; work_records: 職業安定法施行規則 keeps 職業紹介 books for 2 years.
 */
export const retentionRules: Record<RetentionKind, RetentionRule> = {
  consultations: { defaultMonths: 60, minimumMonths: 60 },
  attachments: { defaultMonths: 60, minimumMonths: 12 },
  audit_log: { defaultMonths: 84, minimumMonths: 60 },
  case_records: { defaultMonths: 120, minimumMonths: 36 },
  survey_answers: { defaultMonths: 60, minimumMonths: 12 },
  event_registrations: { defaultMonths: 12, minimumMonths: 3 },
  work_records: { defaultMonths: 36, minimumMonths: 24 },
};

/** No kind is kept longer than this by a setting: 50 years is a typo, not a policy. */
export const retentionCeilingMonths = 600;

/** The first kind whose months are below its floor, or null when all are allowed. */
export function firstBelowMinimum(
  months: Partial<Record<RetentionKind, number>>,
): RetentionKind | null {
  for (const kind of retentionKinds) {
    const value = months[kind];
    if (value !== undefined && value < retentionRules[kind].minimumMonths) return kind;
  }
  return null;
}
