/**
 * The structured case record a coordinator writes when closing a consultation. These
 * codes, never free text, are what anonymous statistics are later built from, so they
 * are stored as stable codes and never change meaning; the labels are what people see.
 */
type Labels<K extends string> = Record<K, { ja: string; en: string }>;

export const lifeEvents = [
  'pregnancy',
  'birth',
  'parental_leave_return',
  'childcare_start',
  'child_school_entry',
  'care_start',
  'care_intensified',
  'own_illness',
  'return_to_work',
  'job_change_considered',
  'leaving_considered',
  'marriage',
  'divorce_separation',
  'bereavement',
  'relocation',
  'fertility_treatment_start',
  'menopause_symptoms',
] as const;
export type LifeEvent = (typeof lifeEvents)[number];

export const lifeEventLabels: Labels<LifeEvent> = {
  pregnancy: { ja: '妊娠', en: 'Pregnancy' },
  birth: { ja: '出産', en: 'Birth' },
  parental_leave_return: { ja: '育休復帰', en: 'Return from parental leave' },
  childcare_start: { ja: '保育の開始', en: 'Start of childcare' },
  child_school_entry: { ja: '子の入園・入学', en: 'Child starting nursery or school' },
  care_start: { ja: '介護開始', en: 'Start of caring for a family member' },
  care_intensified: { ja: '介護の負担増', en: 'Caring becoming heavier' },
  own_illness: { ja: '本人の病気・治療', en: 'Own illness or treatment' },
  return_to_work: { ja: '復職', en: 'Return to work' },
  job_change_considered: { ja: '転職検討', en: 'Considering a job change' },
  leaving_considered: { ja: '離職・転出の検討', en: 'Considering leaving the job or the region' },
  marriage: { ja: '結婚', en: 'Marriage' },
  divorce_separation: { ja: '離婚・別居', en: 'Divorce or separation' },
  bereavement: { ja: '死別', en: 'Bereavement' },
  relocation: { ja: '転居', en: 'Moving home' },
  fertility_treatment_start: { ja: '不妊治療の開始', en: 'Start of fertility treatment' },
  menopause_symptoms: { ja: '更年期症状', en: 'Menopause symptoms' },
};

/** How serious the situation was, as the coordinator judged it. */
export const severities = ['low', 'moderate', 'high', 'crisis'] as const;
export type Severity = (typeof severities)[number];
export const severityLabels: Labels<Severity> = {
  low: { ja: '軽度', en: 'Low' },
  moderate: { ja: '中等度', en: 'Moderate' },
  high: { ja: '重度', en: 'High' },
  crisis: { ja: '危機対応', en: 'Crisis' },
};

export const outcomes = [
  'information_given',
  'advice_given',
  'referred',
  'follow_up_planned',
  'emergency_response',
  'ended_by_person',
] as const;
export type Outcome = (typeof outcomes)[number];
export const outcomeLabels: Labels<Outcome> = {
  information_given: { ja: '情報提供', en: 'Information given' },
  advice_given: { ja: '助言・傾聴', en: 'Advice and listening' },
  referred: { ja: '関係機関へつないだ', en: 'Referred to a service' },
  follow_up_planned: { ja: '継続支援', en: 'Follow-up planned' },
  emergency_response: { ja: '緊急対応', en: 'Emergency response' },
  ended_by_person: { ja: '相談者が終了', en: 'Ended by the person' },
};

/** Kinds of local resources a person can be referred to. */
export const referralTypes = [
  'community_comprehensive_support_center',
  'children_family_center',
  'regional_occupational_health_center',
  'hello_work',
  'medical_institution',
  'city_childcare_support',
  'mental_health_welfare_center',
  'child_guidance_center',
  'spousal_violence_support_center',
  'labour_standards_office',
  'other',
] as const;
export type ReferralType = (typeof referralTypes)[number];
export const referralTypeLabels: Labels<ReferralType> = {
  community_comprehensive_support_center: {
    ja: '地域包括支援センター',
    en: 'Community comprehensive support center',
  },
  children_family_center: { ja: 'こども家庭センター', en: 'Children and family center' },
  regional_occupational_health_center: {
    ja: '地域産業保健センター',
    en: 'Regional occupational health center',
  },
  hello_work: { ja: 'ハローワーク', en: 'Hello Work (public employment office)' },
  medical_institution: { ja: '医療機関', en: 'Medical institution' },
  city_childcare_support: { ja: '市の子育て支援', en: 'City childcare support' },
  mental_health_welfare_center: {
    ja: '精神保健福祉センター',
    en: 'Mental health and welfare center',
  },
  child_guidance_center: { ja: '児童相談所', en: 'Child guidance center' },
  spousal_violence_support_center: {
    ja: '配偶者暴力相談支援センター',
    en: 'Spousal violence support center',
  },
  labour_standards_office: { ja: '労働基準監督署', en: 'Labour standards office' },
  other: { ja: 'その他', en: 'Other' },
};
