/**
 * Qualifications the two programmes ask about. 保育のおしごと支援センター (日置市) introduces
 * 潜在保育士 and 保育補助者; わくキャリ (長泉町) anyone returning to work. Codes are stable;
 * labels live in `match-labels.ts`.
 */
export const qualificationKinds = [
  'nursery_teacher', // 保育士
  'kindergarten_teacher', // 幼稚園教諭
  'nurse', // 看護師
  'assistant_nurse', // 准看護師
  'public_health_nurse', // 保健師
  'childcare_support_worker', // 子育て支援員
  'care_worker', // 介護福祉士
  'nutritionist', // 栄養士
  'bookkeeping', // 簿記
] as const;
export type QualificationKind = (typeof qualificationKinds)[number];

/** Kinds that carry a registration number the person may give (and staff may check). */
export const numberedQualificationKinds: readonly QualificationKind[] = ['nursery_teacher'];

export const prefectures = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const;

/**
 * The 保育士 registration number (登録番号 on the 保育士証). What is certain: since the
 * 2003 amendment of the 児童福祉法 a 保育士 is registered by a prefecture's governor (the
 * 登録事務処理センター keeps the register for all of them), so the number belongs to a
 * prefecture. The exact printed layout (digit count, separator) was NOT found in a
 * primary source, so this accepts what a 保育士証 plausibly shows and no more: the
 * prefecture (with or without 都/道/府/県), an optional separator (-, ー, －, 第, space) and
 * 1–8 digits (full-width digits allowed), optionally 号. It normalises to
 * `<都道府県>-<digits>` so that the same number written twice compares equal.
 */
export function normaliseNurseryTeacherNumber(text: string): string | null {
  const halfWidth = text
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(/[ー−‐―]/g, '-');
  const match = /^(.+?)(?:-|第)?(\d{1,8})号?$/.exec(halfWidth);
  if (!match) return null;
  const written = match[1]!.replace(/-$/, '');
  const prefecture = prefectures.find(
    (p) => p === written || (p !== '北海道' && p.slice(0, -1) === written),
  );
  return prefecture ? `${prefecture}-${match[2]}` : null;
}

export interface HeldQualification {
  kind: QualificationKind;
  /** Only for numbered kinds; normalised. */
  registrationNumber: string | null;
}

export type QualificationProblem =
  | { code: 'unknownKind'; index: number }
  | { code: 'numberFormat'; index: number }
  | { code: 'numberNotUsed'; index: number }
  | { code: 'duplicate'; index: number };

/** Every problem of a person's list of qualifications, and the list normalised when none. */
export function checkQualifications(
  list: readonly { kind: string; registrationNumber?: string | null }[],
): { problems: QualificationProblem[]; qualifications: HeldQualification[] } {
  const problems: QualificationProblem[] = [];
  const qualifications: HeldQualification[] = [];
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const kind = qualificationKinds.find((k) => k === item.kind);
    if (!kind) return problems.push({ code: 'unknownKind', index });
    if (seen.has(kind)) return problems.push({ code: 'duplicate', index });
    seen.add(kind);
    const written = item.registrationNumber?.trim() || null;
    if (written === null) return qualifications.push({ kind, registrationNumber: null });
    if (!numberedQualificationKinds.includes(kind))
      return problems.push({ code: 'numberNotUsed', index });
    const number = normaliseNurseryTeacherNumber(written);
    if (number === null) return problems.push({ code: 'numberFormat', index });
    return qualifications.push({ kind, registrationNumber: number });
  });
  return { problems, qualifications };
}
