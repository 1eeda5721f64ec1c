/**
 * 長泉わくキャリ in the demo (issue 17): the programme with its skills list, about thirty
 * participants met at hearings, fifteen companies (some outside the town, as the
 * programme allows) with their jobs and projects, and a completed team project like the
 * seed's 15th-anniversary novelty. Every person and company is fictional and marked
 * （架空）; participants are known by reference numbers, as staff record them.
 */
import {
  addDays,
  fullWeek,
  japanTimeOf,
  weekMaskOf,
  weekMaskToBits,
  workPaths,
  type TMyWorkProfileInput,
  type WeeklyRange,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import { insertIntroduction } from '../matching/introductions.repository.ts';
import {
  insertProgramme,
  insertSkills,
  insertWorkOpening,
  insertWorkProfile,
} from '../matching/matching.repository.ts';
import { bindProgrammeStaff } from '../matching/programme-staff.repository.ts';
import { checkedProfileValues } from '../matching/work-profiles.service.ts';
import { demoRegisteredAt, seedDemoWorkHistory } from './demo-work-history.ts';

const skillLabels = [
  'デザイン',
  '企画',
  '着付け',
  '保育補助',
  '事務',
  'SNS発信',
  '写真撮影',
  '接客',
  '経理',
  '英語',
] as const;

const companies: { name: string; location: string | null }[] = [
  { name: '株式会社わくわく商店（架空）', location: null },
  { name: '長泉山荘（架空）', location: null },
  { name: '東海ペーパー株式会社（架空）', location: null },
  { name: 'ながいずみ保育園（架空）', location: null },
  { name: '桃沢クリニック（架空）', location: null },
  { name: '下土狩ベーカリー（架空）', location: null },
  { name: '長泉まちづくり協議会（架空）', location: null },
  { name: '株式会社すそのデザイン（架空）', location: '静岡県裾野市' },
  { name: '沼津みなと観光株式会社（架空）', location: '静岡県沼津市' },
  { name: '三島あおば会計事務所（架空）', location: '静岡県三島市' },
  { name: '株式会社しずおかITラボ（架空）', location: '静岡県静岡市' },
  { name: '株式会社リモートワークス（架空）', location: '東京都渋谷区' },
  { name: '横浜ことり出版（架空）', location: '神奈川県横浜市' },
  { name: '大阪なにわ雑貨株式会社（架空）', location: '大阪府大阪市' },
  { name: 'Kyoto Craft Studio（架空）', location: '京都府京都市' },
];

const mornings = (days: number[]): WeeklyRange[] =>
  days.map((weekday) => ({ weekday, from: '09:00', to: '13:00' }));

/** Thirty participants: skills, weeks around nursery hours, paths, what they let be shown. */
function participant(
  n: number,
  skill: (label: string) => string,
): Omit<TMyWorkProfileInput, 'programmeId'> {
  const a = skillLabels[n % skillLabels.length]!;
  const b = skillLabels[(n * 3 + 1) % skillLabels.length]!;
  const days = [
    [2, 4],
    [1, 3, 5],
    [2, 3],
    [1, 4],
    [3, 5],
  ][n % 5]!;
  return {
    skillIds: [...new Set([skill(a), skill(b)])],
    freeWords: n % 4 === 0 ? ['Canva'] : [],
    experience: `（架空）${['事務職', '販売職', '保育士', '営業職', 'デザイナー'][n % 5]}として${3 + (n % 8)}年`,
    qualifications:
      n % 6 === 2
        ? [
            {
              kind: 'nursery_teacher',
              registrationNumber: `静岡県-${String(10_000 + n).padStart(6, '0')}`,
            },
          ]
        : n % 7 === 3
          ? [{ kind: 'bookkeeping', registrationNumber: null }]
          : [],
    hoursPerWeekMin: 4 + (n % 3) * 2,
    hoursPerWeekMax: 10 + (n % 4) * 5,
    availability:
      n % 3 === 0
        ? days.map((weekday) => ({ weekday, from: '09:00', to: '15:00' }))
        : mornings(days),
    remoteOk: n % 5 !== 1,
    onsiteOk: n % 4 !== 3,
    home: { lat: 35.137 + (n % 7) * 0.004, lng: 138.898 + (n % 5) * 0.004 },
    maxTravelKm: 5 + (n % 4) * 5,
    availableFrom: null,
    childcareNeed: (['preferred', 'none', 'required'] as const)[n % 3]!,
    path: workPaths[n % 3]!,
    shownToCompanies:
      n % 2 === 0 ? ['skills', 'hours', 'qualifications'] : ['skills', 'availability'],
  };
}

export async function seedDemoWork(ctx: AppContext): Promise<void> {
  const town = await findMunicipalityByWrittenCode(ctx.db, '223417');
  if (!town) return;
  const municipalityId = town.id;
  const today = japanTimeOf(ctx.now()).date;
  await ctx.db.transaction(async (tx) => {
    const programme = await insertProgramme(tx, { municipalityId, name: '長泉わくキャリ' });
    const skills = await insertSkills(tx, {
      municipalityId,
      programmeId: programme.id,
      labels: skillLabels,
    });
    const skill = (label: string) => skills.find((s) => s.label === label)!.id;
    const programmeId = programme.id;
    const staff = await findUserByEmail(tx, ctx, 'waku-staff@demo.yorisoi.example');
    if (staff) await bindProgrammeStaff(tx, { municipalityId, programmeId, userId: staff.id });

    const profileIds: string[] = [];
    for (let n = 1; n <= 30; n++) {
      const row = await insertWorkProfile(tx, {
        municipalityId,
        programmeId,
        userId: null,
        referenceLabel: `WK-${String(n).padStart(3, '0')}`,
        ...checkedProfileValues(participant(n, skill)),
        createdAt: demoRegisteredAt(n, today),
      });
      profileIds.push(row.id);
    }
    const mama = await findUserByEmail(tx, ctx, 'waku-mama@demo.yorisoi.example');
    const mamaProfile = mama
      ? await insertWorkProfile(tx, {
          municipalityId,
          programmeId,
          userId: mama.id,
          referenceLabel: 'WK-031',
          ...checkedProfileValues({
            ...participant(0, skill),
            skillIds: [skill('デザイン'), skill('企画'), skill('SNS発信')],
            availability: mornings([2, 4]),
            hoursPerWeekMin: 5,
            hoursPerWeekMax: 10,
            shownToCompanies: ['skills', 'hours', 'availability'],
          }),
        })
      : null;

    const base = {
      municipalityId,
      programmeId,
      employerOrganizationId: null,
      description: '',
      deliverable: null,
      teamSize: null,
      periodStart: null,
      periodEnd: null,
      placeLat: 35.14,
      placeLng: 138.9,
      startsOn: null,
      validThrough: addDays(today, 60),
      niceSkillIds: [],
      keywords: [],
      requiredQualifications: [],
      niceQualifications: [],
    };
    // わくわく商店's admin keeps its own openings and sees who was introduced (/company/work).
    const companyAdmin = await findUserByEmail(tx, ctx, 'waku-company@demo.yorisoi.example');
    const openingIds: string[] = [];
    const jobIds: string[] = [];
    for (const [i, company] of companies.entries()) {
      const project = i % 3 !== 0;
      const remote = company.location !== null && i % 2 === 1;
      const opening = await insertWorkOpening(tx, {
        ...base,
        employerOrganizationId: i === 0 ? (companyAdmin?.organizationId ?? null) : null,
        employerName: company.name,
        employerLocation: company.location,
        kind: project ? 'project' : 'job',
        employmentType: project
          ? null
          : (['part_time', 'short_hours_regular', 'full_time'] as const)[i % 3],
        title: project
          ? `${['商品企画', 'SNS発信', 'パンフレット制作', '写真撮影', 'イベント運営'][i % 5]}のプロジェクト`
          : `${['事務', '保育補助', '接客'][i % 3]}スタッフ（${i % 2 === 0 ? '午前のみ' : '短時間'}）`,
        description: '子育てや介護と両立しながら参加できる仕事です。（架空の募集）',
        deliverable: project ? '成果物は打ち合わせで決めます' : null,
        teamSize: project ? 3 + (i % 4) : null,
        periodStart: project ? addDays(today, 14) : null,
        periodEnd: project ? addDays(today, 74) : null,
        hoursPerWeekMin: project ? 5 : 10,
        hoursPerWeekMax: project ? 10 : 25,
        schedule: weekMaskToBits(remote ? fullWeek : weekMaskOf(mornings([1, 2, 3, 4, 5]))),
        workMode: remote ? 'remote' : i % 4 === 0 ? 'hybrid' : 'onsite',
        placeLabel: remote ? null : (company.location ?? '長泉町'),
        placeLat: remote ? null : 35.14,
        placeLng: remote ? null : 138.9,
        childcareProvided: i % 2 === 0,
        pay: project ? '報酬：1人あたり30,000円' : '時給1,050円',
        requiredSkillIds: [skill(skillLabels[i % skillLabels.length]!)],
      });
      openingIds.push(opening.id);
      if (!project) jobIds.push(opening.id);
    }
    // The demo participant has one proposal waiting for her answer on her phone.
    if (mamaProfile)
      await insertIntroduction(tx, {
        municipalityId,
        programmeId,
        profileId: mamaProfile.id,
        openingId: openingIds[1]!,
        proposedBy: staff?.id ?? null,
      });

    // One participant agreed to be introduced to わくわく商店: the company reads what she shows.
    await insertIntroduction(tx, {
      municipalityId,
      programmeId,
      profileId: profileIds[1]!,
      openingId: openingIds[0]!,
      status: 'accepted',
      proposedBy: staff?.id ?? null,
      answeredAt: new Date(`${addDays(today, -3)}T10:00:00+09:00`),
    });
    await seedDemoWorkHistory(ctx, tx, {
      municipalityId,
      programmeId,
      profileIds,
      heardProfileIds: [mamaProfile?.id ?? profileIds[0]!, profileIds[1]!],
      // わくわく商店's job keeps the one agreed introduction its admin reads in the demo.
      jobIds: jobIds.slice(1),
      staffId: staff?.id ?? null,
      today,
    });

    // The seed's model project: a team of mothers made a company's 15th-anniversary novelty.
    const novelty = await insertWorkOpening(tx, {
      ...base,
      employerName: '東海ペーパー株式会社（架空）',
      employerLocation: null,
      kind: 'project',
      employmentType: null,
      title: '創立15周年記念ノベルティの企画・制作',
      description:
        '廃版になった紙を使い、子育て中のチームで来場者向けノベルティを企画・制作しました。',
      deliverable: '王冠型ノベルティ2種の企画・試作・300個の制作',
      teamSize: 5,
      periodStart: addDays(today, -240),
      periodEnd: addDays(today, -180),
      hoursPerWeekMin: 5,
      hoursPerWeekMax: 10,
      schedule: weekMaskToBits(weekMaskOf(mornings([2, 4]))),
      workMode: 'hybrid',
      placeLabel: '長泉町コミュニティ会館（架空）',
      childcareProvided: true,
      pay: '報酬：1人あたり30,000円',
      validThrough: addDays(today, -250),
      requiredSkillIds: [skill('デザイン')],
      niceSkillIds: [skill('企画')],
      status: 'closed',
    });
    const started = addDays(today, -240);
    for (const profileId of profileIds.slice(0, 5)) {
      await insertIntroduction(tx, {
        municipalityId,
        programmeId,
        profileId,
        openingId: novelty.id,
        status: 'completed',
        proposedBy: staff?.id ?? null,
        answeredAt: new Date(`${addDays(started, -10)}T10:00:00+09:00`),
        startedOn: started,
        endedOn: addDays(today, -180),
        followUp1mAt: new Date(`${addDays(started, 30)}T10:00:00+09:00`),
        followUp1mWorking: true,
        followUp6mAt: new Date(`${addDays(started, 182)}T10:00:00+09:00`),
        followUp6mWorking: true,
      });
    }
  });
}
