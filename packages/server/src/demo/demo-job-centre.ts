/**
 * 日置市's 保育のおしごと支援センター in the demo (issue 17): the city's free job placement
 * (無料職業紹介) for 保育士 and 保育補助者, run on the same engine as わくキャリ. Twenty-four
 * seekers registered over the past year and ten placed (the seed: 登録24人、就職10人), the
 * nurseries' openings, and a few nurseries short of staff this month. Every person is
 * fictional, known by a reference number as the centre records them; nurseries are the
 * demo's own fictional ones (demo-childcare.ts).
 */
import {
  addDays,
  japanMonthOf,
  japanTimeOf,
  weekMaskOf,
  weekMaskToBits,
  type TMyWorkProfileInput,
  type WeeklyRange,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import { listFacilities } from '../childcare/childcare-facilities.repository.ts';
import { firstDayOf } from '../childcare/childcare-months.ts';
import { saveStaffShortage } from '../job-centre/job-centre.repository.ts';
import { insertIntroduction } from '../matching/introductions.repository.ts';
import {
  insertProgramme,
  insertWorkOpening,
  insertWorkProfile,
  type NewWorkOpeningRow,
} from '../matching/matching.repository.ts';
import { bindProgrammeStaff } from '../matching/programme-staff.repository.ts';
import { checkedProfileValues } from '../matching/work-profiles.service.ts';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';

export const demoJobCentreName = '日置市保育のおしごと支援センター（架空）';
/** Nurseries that limit their intake for want of staff this month, and how many they lack. */
export const demoShortNurseries = [
  ['さくら保育園（架空）', 2],
  ['すみれ保育園（架空）', 1],
  ['ゆのもと保育園（架空）', 1],
] as const;

const weekdays = (from: string, to: string, days = [1, 2, 3, 4, 5]): WeeklyRange[] =>
  days.map((weekday) => ({ weekday, from, to }));

/** A seeker as the centre's hearing records them: 保育士 or 保育補助者, hours, weekdays. */
function seeker(n: number): Omit<TMyWorkProfileInput, 'programmeId'> {
  const qualified = n % 3 !== 2;
  return {
    skillIds: [],
    freeWords: [],
    experience: qualified
      ? `（架空）認可保育所で${2 + (n % 9)}年、${['0歳児', '1歳児', '2歳児', '3歳児'][n % 4]}クラス担任`
      : `（架空）子育て支援センターのボランティア${1 + (n % 4)}年`,
    qualifications: qualified
      ? [
          {
            kind: 'nursery_teacher',
            registrationNumber: `鹿児島県-${String(20_000 + n * 37).padStart(6, '0')}`,
          },
        ]
      : n % 2 === 0
        ? [{ kind: 'childcare_support_worker', registrationNumber: null }]
        : [],
    hoursPerWeekMin: 10 + (n % 3) * 5,
    hoursPerWeekMax: 20 + (n % 4) * 5,
    availability: n % 4 === 0 ? weekdays('08:00', '17:00') : weekdays('08:30', '13:00'),
    remoteOk: false,
    onsiteOk: true,
    home: { lat: 31.6 + (n % 5) * 0.01, lng: 130.35 + (n % 4) * 0.01 },
    maxTravelKm: 10 + (n % 3) * 5,
    availableFrom: null,
    childcareNeed: 'none',
    path: n % 4 === 0 ? 'full_return' : 'own_pace',
    shownToCompanies: ['qualifications', 'hours', 'availability', 'area'],
  };
}

export async function seedDemoJobCentre(ctx: AppContext): Promise<void> {
  const city = await findMunicipalityByWrittenCode(ctx.db, '462187');
  if (!city) return;
  const municipalityId = city.id;
  const now = ctx.now();
  const today = japanTimeOf(now).date;
  await ctx.db.transaction(async (tx) => {
    const programme = await insertProgramme(tx, {
      municipalityId,
      name: demoJobCentreName,
      kind: 'childcare_job_centre',
    });
    const programmeId = programme.id;
    const staff = await findUserByEmail(tx, ctx, 'hioki-centre@demo.yorisoi.example');
    if (staff) await bindProgrammeStaff(tx, { municipalityId, programmeId, userId: staff.id });
    const nurseries = (await listFacilities(tx, { municipalityId })).filter((f) =>
      f.name.endsWith('保育園（架空）'),
    );
    const nursery = (name: string) => nurseries.find((f) => f.name === name) ?? nurseries[0]!;

    // Twenty-three met at the centre's desk over the year, the demo's own account the 24th.
    const profileIds: string[] = [];
    for (let n = 1; n <= 23; n++) {
      const row = await insertWorkProfile(tx, {
        municipalityId,
        programmeId,
        userId: null,
        referenceLabel: `HJ-${String(n).padStart(3, '0')}`,
        ...checkedProfileValues(seeker(n)),
        createdAt: new Date(`${addDays(today, -350 + n * 14)}T10:00:00+09:00`),
      });
      profileIds.push(row.id);
    }
    const person = await findUserByEmail(tx, ctx, 'hioki-hoikushi@demo.yorisoi.example');
    if (person)
      await insertWorkProfile(tx, {
        municipalityId,
        programmeId,
        userId: person.id,
        referenceLabel: 'HJ-024',
        ...checkedProfileValues({
          ...seeker(0),
          experience: '（架空）認可保育所で6年、1歳児クラス担任。出産で退職し4年',
          qualifications: [{ kind: 'nursery_teacher', registrationNumber: '鹿児島県-024680' }],
          hoursPerWeekMin: 15,
          hoursPerWeekMax: 25,
          availability: weekdays('08:30', '13:00'),
          path: 'own_pace',
        }),
        createdAt: new Date(`${addDays(today, -6)}T10:00:00+09:00`),
      });

    const job: Omit<
      NewWorkOpeningRow,
      'employerName' | 'title' | 'hoursPerWeekMin' | 'hoursPerWeekMax' | 'schedule'
    > = {
      municipalityId,
      programmeId,
      employerOrganizationId: null,
      kind: 'job',
      deliverable: null,
      teamSize: null,
      periodStart: null,
      periodEnd: null,
      workMode: 'onsite',
      startsOn: null,
      childcareProvided: false,
      niceSkillIds: [],
      requiredSkillIds: [],
      keywords: [],
      niceQualifications: [],
      postedBy: staff?.id ?? null,
    };
    const openingAt = (name: string, assistant: boolean, extra: { status?: string } = {}) => {
      const at = nursery(name);
      return insertWorkOpening(tx, {
        ...job,
        employerName: at.name,
        employerLocation: at.address,
        placeLabel: at.address,
        placeLat: at.latitude,
        placeLng: at.longitude,
        facilityId: at.id,
        employmentType: 'part_time',
        title: assistant ? '保育補助（パート・午前）' : '保育士（パート・午前）',
        description: assistant
          ? '保育士の補助として、食事・着替え・午睡の見守りを手伝います。資格は要りません。（架空の募集）'
          : '1・2歳児クラスの保育です。ブランクのある方も、慣れるまで複数担任で入ります。（架空の募集）',
        hoursPerWeekMin: 10,
        hoursPerWeekMax: 25,
        schedule: weekMaskToBits(weekMaskOf(weekdays('08:30', '12:30'))),
        pay: assistant ? '時給950円' : '時給1,150円',
        validThrough: addDays(today, 90),
        requiredQualifications: assistant ? [] : ['nursery_teacher'],
        ...extra,
      });
    };
    const open = [
      await openingAt('さくら保育園（架空）', false),
      await openingAt('すみれ保育園（架空）', false),
      await openingAt('ゆのもと保育園（架空）', true),
      await openingAt('ひまわり保育園（架空）', false),
      await openingAt('あおぞら保育園（架空）', true),
      await openingAt('つくし保育園（架空）', false),
    ];
    const month = firstDayOf(japanMonthOf(now));
    for (const [name, staffShort] of demoShortNurseries)
      await saveStaffShortage(tx, {
        municipalityId,
        facilityId: nursery(name).id,
        month,
        staffShort,
        recordedBy: staff?.id ?? null,
        now,
      });

    // Ten placed over the year, each in a post since filled (closed), and three under way.
    for (let i = 0; i < 10; i++) {
      const filled = await openingAt(nurseries[(i * 2 + 1) % nurseries.length]!.name, i % 4 === 3, {
        status: 'closed',
      });
      const startedOn = addDays(today, -320 + i * 30);
      await insertIntroduction(tx, {
        municipalityId,
        programmeId,
        profileId: profileIds[i]!,
        openingId: filled.id,
        status: 'started',
        proposedBy: staff?.id ?? null,
        answeredAt: new Date(`${addDays(startedOn, -14)}T10:00:00+09:00`),
        startedOn,
        followUp1mAt: i < 9 ? new Date(`${addDays(startedOn, 30)}T10:00:00+09:00`) : null,
        followUp1mWorking: i < 9 ? true : null,
        createdAt: new Date(`${addDays(startedOn, -21)}T10:00:00+09:00`),
      });
    }
    for (const [k, status] of (['interview', 'accepted', 'proposed'] as const).entries())
      await insertIntroduction(tx, {
        municipalityId,
        programmeId,
        profileId: profileIds[12 + k]!,
        openingId: open[3 + k]!.id,
        status,
        proposedBy: staff?.id ?? null,
        answeredAt: status === 'proposed' ? null : new Date(`${addDays(today, -5)}T10:00:00+09:00`),
        createdAt: new Date(`${addDays(today, -8)}T10:00:00+09:00`),
      });
  });
}
