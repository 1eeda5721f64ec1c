/**
 * What a childcare facility is (種別). The national 子育て施設一覧 writes 種別 freely
 * (「認可私立保育所」「認定こども園（幼保連携型）」…), so a reader maps it onto these; what it
 * cannot place is `other`, its wording kept in the record.
 */
export const childcareKinds = [
  'licensed_nursery',
  'certified_kodomoen',
  'small_nursery',
  'kindergarten',
  'support_center',
  'parent_child_plaza',
  'children_center',
  'temporary_care',
  'sick_child_care',
  'unlicensed_nursery',
  'other',
] as const;
export type ChildcareKind = (typeof childcareKinds)[number];

export const childcareKindLabels: Record<ChildcareKind, { ja: string; en: string }> = {
  licensed_nursery: { ja: '認可保育所', en: 'Licensed nursery' },
  certified_kodomoen: {
    ja: '認定こども園',
    en: 'Certified centre for early childhood (kodomo-en)',
  },
  small_nursery: { ja: '小規模保育', en: 'Small-scale nursery' },
  kindergarten: { ja: '幼稚園', en: 'Kindergarten' },
  support_center: { ja: '地域子育て支援センター', en: 'Community childcare support centre' },
  parent_child_plaza: { ja: '親子つどいの広場', en: 'Parent and child plaza' },
  children_center: { ja: '児童センター・児童館', en: 'Children’s centre' },
  temporary_care: { ja: '一時預かり', en: 'Temporary childcare' },
  sick_child_care: { ja: '病児保育', en: 'Sick-child care' },
  unlicensed_nursery: { ja: '認可外保育所', en: 'Unlicensed nursery' },
  other: { ja: 'その他', en: 'Other' },
};

/**
 * Kinds organised in nursery classes (クラス年齢): a bound in years written for them
 * (「0歳～2歳」) is a class, the child's age on 1 April of the fiscal year.
 */
export const classBasedKinds = [
  'licensed_nursery',
  'certified_kodomoen',
  'small_nursery',
  'kindergarten',
  'unlicensed_nursery',
] as const satisfies readonly ChildcareKind[];

export function isClassBasedKind(kind: ChildcareKind): boolean {
  return (classBasedKinds as readonly ChildcareKind[]).includes(kind);
}

/** The kind a 種別 as written in open data names; the order matters (認可外 before 認可). */
const kindPatterns: [RegExp, ChildcareKind][] = [
  [/認可外|届出|企業主導型|ベビーホテル|事業所内保育/, 'unlicensed_nursery'],
  [/こども園/, 'certified_kodomoen'],
  [/小規模|家庭的保育|居宅訪問|地域型保育/, 'small_nursery'],
  [/幼稚園/, 'kindergarten'],
  [/病児|病後児/, 'sick_child_care'],
  [/一時預か/, 'temporary_care'],
  [/子育て支援センター|子育て支援拠点|支援センター/, 'support_center'],
  [/つどいの広場|つどい|ひろば|広場|子育て交流館/, 'parent_child_plaza'],
  [/児童センター|児童館|児童厚生/, 'children_center'],
  [/保育所|保育園/, 'licensed_nursery'],
];

export function childcareKindOf(written: string): ChildcareKind {
  const normalized = written.normalize('NFKC').trim();
  if ((childcareKinds as readonly string[]).includes(normalized))
    return normalized as ChildcareKind;
  return kindPatterns.find(([pattern]) => pattern.test(normalized))?.[1] ?? 'other';
}

/** Services a family searches by. */
export const childcareServices = [
  'temporaryCare',
  'sickChildCare',
  'nursingRoom',
  'diaperChanging',
  'parking',
] as const;
export type ChildcareService = (typeof childcareServices)[number];

export const childcareServiceLabels: Record<ChildcareService, { ja: string; en: string }> = {
  temporaryCare: { ja: '一時預かり', en: 'Temporary childcare' },
  sickChildCare: { ja: '病児保育', en: 'Sick-child care' },
  nursingRoom: { ja: '授乳室', en: 'Nursing room' },
  diaperChanging: { ja: 'おむつ替え', en: 'Diaper changing' },
  parking: { ja: '駐車場', en: 'Parking' },
};
