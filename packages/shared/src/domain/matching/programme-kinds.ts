/**
 * The two kinds of programme on the one matching engine: return to work (長泉町's
 * わくキャリ: jobs and projects for people raising children or caring for someone) and the
 * childcare-worker job centre (日置市's 保育のおしごと支援センター: 無料職業紹介 of 保育士 and
 * 保育補助者 to nurseries).
 */
export const workProgrammeKinds = ['return_to_work', 'childcare_job_centre'] as const;
export type WorkProgrammeKind = (typeof workProgrammeKinds)[number];

export const workProgrammeKindLabels: Record<WorkProgrammeKind, { ja: string; en: string }> = {
  return_to_work: { ja: '復職・就労支援', en: 'Return to work' },
  childcare_job_centre: { ja: '保育人材の無料職業紹介', en: 'Childcare-worker job centre' },
};

/** A job centre seeker is a 保育士 (holds the qualification) or a 保育補助者 (does not). */
export type JobSeekerKind = 'nursery_teacher' | 'childcare_assistant';
export const jobSeekerKindOf = (qualificationKinds: readonly string[]): JobSeekerKind =>
  qualificationKinds.includes('nursery_teacher') ? 'nursery_teacher' : 'childcare_assistant';

/** The facility kinds the job centre places people in (nurseries, not plazas or centres). */
export const jobCentreNurseryKinds = [
  'licensed_nursery',
  'certified_kodomoen',
  'small_nursery',
  'unlicensed_nursery',
] as const;
