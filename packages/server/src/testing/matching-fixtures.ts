/**
 * A synthetic back-to-work programme from a seed: skills, participants and openings
 * shaped like 長泉町's (weekday mornings around nursery hours, some evenings, 保育士 among
 * the qualifications, remote and on-site work, employers inside and outside the town).
 * Rows go straight into the tables: the service tests compare the engine with the pure
 * rule over them, and bench:matching times the engine over 10,000 × 2,000 of them.
 */
import {
  childcareNeeds,
  employmentTypes,
  qualificationKinds,
  weekMaskOf,
  weekMaskToBits,
  fullWeek,
  workPaths,
  type QualificationKind,
  type WeeklyRange,
} from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import { workOpenings, workProfiles } from '../platform/db/schema/index.ts';
import {
  insertProgramme,
  insertSkills,
  type NewWorkOpeningRow,
  type NewWorkProfileRow,
} from '../matching/matching.repository.ts';

/** A small deterministic generator (LCG), so every run builds the same programme. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0)
      chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return chosen;
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof seededRandom>;

export const syntheticSkillLabels = [
  '広報',
  'SNS運用',
  'デザイン',
  'イラスト',
  '写真',
  '動画編集',
  'ライティング',
  '編集',
  '経理',
  '簿記',
  '事務',
  'データ入力',
  'Excel',
  '営業',
  '接客',
  'マーケティング調査',
  'ヒアリング',
  'イベント企画',
  '翻訳（英語）',
  '通訳',
  'Webサイト制作',
  'プログラミング',
  '保育補助',
  '読み聞かせ',
  '調理',
  '栄養指導',
  '介護',
  '看護',
  '企画書作成',
  '人事・採用',
  '総務',
  '電話対応',
  'ハンドメイド',
  '着付け',
  '商品開発',
  'EC運営',
  'コールセンター',
  'キャリア相談',
  'ファシリテーション',
  '地域活動',
];
const freeWords = ['PTA役員', 'ブログ', 'Canva', '子育てサークル', '手芸', 'ヨガ', '英検2級'];
/** 長泉町 役場 (approximately): people live around it; employers are near or far. */
const centre = { lat: 35.1375, lng: 138.8967 };

function stretchesAroundPickUp(random: Random): WeeklyRange[] {
  const days = random.some([1, 2, 3, 4, 5], random.int(2, 5));
  const from = random.pick(['08:30', '09:00', '09:30', '10:00']);
  const to = random.pick(['13:00', '14:00', '15:00', '16:00']);
  const ranges = days.map((weekday) => ({ weekday, from, to }));
  if (random.chance(0.15))
    ranges.push({ weekday: random.pick([1, 3, 5]), from: '20:00', to: '22:30' });
  if (random.chance(0.1)) ranges.push({ weekday: 6, from: '09:00', to: '12:00' });
  return ranges;
}

function qualificationsOf(
  random: Random,
): { kind: QualificationKind; registrationNumber: string | null }[] {
  const held: { kind: QualificationKind; registrationNumber: string | null }[] = [];
  if (random.chance(0.2))
    held.push({
      kind: 'nursery_teacher',
      registrationNumber: `静岡県-${String(random.int(1, 99999)).padStart(6, '0')}`,
    });
  for (const [kind, p] of [
    ['kindergarten_teacher', 0.1],
    ['nurse', 0.06],
    ['bookkeeping', 0.15],
    ['care_worker', 0.05],
    ['childcare_support_worker', 0.05],
  ] as const)
    if (random.chance(p)) held.push({ kind, registrationNumber: null });
  return held;
}

export function syntheticProfile(
  random: Random,
  ids: { municipalityId: string; programmeId: string; skillIds: readonly string[] },
  n: number,
): NewWorkProfileRow {
  const min = random.int(0, 10);
  return {
    municipalityId: ids.municipalityId,
    programmeId: ids.programmeId,
    userId: null,
    referenceLabel: `WK-${String(n).padStart(5, '0')}`,
    skillIds: random.some(ids.skillIds, random.int(1, 6)),
    freeWords: random.some(freeWords, random.int(0, 2)),
    experience: '',
    qualifications: qualificationsOf(random),
    hoursPerWeekMin: min,
    hoursPerWeekMax: min + random.int(4, 30),
    availability: weekMaskToBits(weekMaskOf(stretchesAroundPickUp(random))),
    remoteOk: random.chance(0.7),
    onsiteOk: random.chance(0.8),
    homeLat: Math.round((centre.lat + (random.next() - 0.5) * 0.16) * 100) / 100,
    homeLng: Math.round((centre.lng + (random.next() - 0.5) * 0.16) * 100) / 100,
    maxTravelKm: random.pick([3, 5, 10, 15, 20, 30]),
    availableFrom: random.chance(0.5) ? `2027-0${random.int(1, 6)}-01` : null,
    childcareNeed: random.pick([...childcareNeeds, 'none', 'none']),
    path: random.pick(workPaths),
    shownToCompanies: ['skills', 'hours'],
  };
}

export function syntheticOpening(
  random: Random,
  ids: { municipalityId: string; programmeId: string; skillIds: readonly string[] },
  n: number,
): NewWorkOpeningRow {
  const project = random.chance(0.3);
  const min = random.int(2, 16);
  const named = random.some(ids.skillIds, random.int(1, 5));
  const required = named.slice(0, random.int(0, Math.min(2, named.length)));
  const mode = random.pick(['remote', 'onsite', 'onsite', 'hybrid'] as const);
  const far = random.chance(0.2);
  return {
    municipalityId: ids.municipalityId,
    programmeId: ids.programmeId,
    employerOrganizationId: null,
    employerName: `合同会社サンプル${n}`,
    employerLocation: far ? '東京都渋谷区' : '静岡県駿東郡長泉町',
    kind: project ? 'project' : 'job',
    employmentType: project ? null : random.pick(employmentTypes),
    title: project ? `プロジェクト${n}` : `求人${n}`,
    description: '',
    deliverable: project ? '調査報告書' : null,
    teamSize: project ? random.int(3, 8) : null,
    periodStart: project ? '2027-04-01' : null,
    periodEnd: project ? '2027-06-30' : null,
    hoursPerWeekMin: min,
    hoursPerWeekMax: min + random.int(0, 20),
    schedule: weekMaskToBits(
      project && random.chance(0.6) ? fullWeek : weekMaskOf(stretchesAroundPickUp(random)),
    ),
    workMode: mode,
    placeLabel: null,
    placeLat: mode === 'remote' ? null : centre.lat + (random.next() - 0.5) * (far ? 2 : 0.2),
    placeLng: mode === 'remote' ? null : centre.lng + (random.next() - 0.5) * (far ? 2 : 0.2),
    startsOn: `2027-0${random.int(1, 6)}-01`,
    childcareProvided: random.chance(0.4),
    pay: null,
    requiredSkillIds: required,
    niceSkillIds: named.slice(required.length),
    keywords: random.some(freeWords, random.int(0, 1)),
    requiredQualifications: random.chance(0.2) ? ['nursery_teacher'] : [],
    niceQualifications: random.some(qualificationKinds, random.int(0, 1)),
  };
}

/** A programme with the synthetic skills, `people` profiles and `openings` openings. */
export async function seedSyntheticProgramme(
  db: Db,
  {
    municipalityId,
    people,
    openings,
    seed,
  }: { municipalityId: string; people: number; openings: number; seed: number },
) {
  const random = seededRandom(seed);
  const programme = await insertProgramme(db, { municipalityId, name: `合成プログラム${seed}` });
  const skills = await insertSkills(db, {
    municipalityId,
    programmeId: programme.id,
    labels: syntheticSkillLabels,
  });
  const ids = { municipalityId, programmeId: programme.id, skillIds: skills.map((s) => s.id) };
  const batch = 1000;
  for (let start = 0; start < people; start += batch) {
    const rows = Array.from({ length: Math.min(batch, people - start) }, (_, i) =>
      syntheticProfile(random, ids, start + i),
    );
    await db.insert(workProfiles).values(rows);
  }
  for (let start = 0; start < openings; start += batch) {
    const rows = Array.from({ length: Math.min(batch, openings - start) }, (_, i) =>
      syntheticOpening(random, ids, start + i),
    );
    await db.insert(workOpenings).values(rows);
  }
  return { programmeId: programme.id, skills };
}
