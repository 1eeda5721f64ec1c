import type { Role } from './roles.ts';

/** Each role's name as staff and people read it (the app's i18n and the server's exports). */
export const roleLabels: Record<Role, { ja: string; en: string }> = {
  worker: { ja: '従業員', en: 'Employee' },
  family: { ja: 'ご家族', en: 'Family member' },
  coordinator: { ja: 'ウェルネスコーディネーター', en: 'Wellness coordinator' },
  supervisor: { ja: '統括コーディネーター', en: 'Lead coordinator' },
  employer_admin: { ja: '企業担当者', en: 'Employer administrator' },
  city_staff: { ja: '市職員（事務局）', en: 'City staff (secretariat)' },
  network_admin: { ja: 'ネットワーク事務局', en: 'Network secretariat' },
  childcare_staff: { ja: '市職員（保育・子育て担当）', en: 'City staff (childcare section)' },
  facility_staff: { ja: '保育施設・子育て施設の職員', en: 'Childcare facility staff' },
  programme_staff: { ja: '就労支援事業スタッフ', en: 'Back-to-work programme staff' },
  participant: { ja: '復職・就労希望者', en: 'Back-to-work participant' },
};

/** The labels of one language, by role. */
export const roleLabelsIn = (language: 'ja' | 'en'): Record<Role, string> =>
  Object.fromEntries(
    Object.entries(roleLabels).map(([role, label]) => [role, label[language]]),
  ) as Record<Role, string>;
