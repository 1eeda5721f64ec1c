/**
 * Industry groups follow the major divisions of 日本標準産業分類 (JSIC), so that statistics
 * can pool small employers by industry later.
 */
export const industries = [
  'agriculture_forestry',
  'fisheries',
  'construction',
  'manufacturing',
  'utilities',
  'information_communications',
  'transport_postal',
  'wholesale_retail',
  'finance_insurance',
  'real_estate',
  'professional_services',
  'accommodation_food',
  'lifestyle_entertainment',
  'education',
  'medical_welfare',
  'compound_services',
  'other_services',
  'public_service',
] as const;
export type Industry = (typeof industries)[number];

/** Employee-count bands; exact headcounts are never published. */
export const sizeBands = ['1-9', '10-29', '30-99', '100-299', '300+'] as const;
export type SizeBand = (typeof sizeBands)[number];
