/**
 * 日置市 grows its care team (issue 22): licensed residents found through the public page
 * at every step of the path, from a first registration of interest to the roster. People
 * are fictional and say so (（架空）); the municipality also accepts 准看護師.
 */
import crypto from 'node:crypto';
import {
  recruitPath,
  weekMaskOf,
  weekMaskToBits,
  type RecruitStage,
  type WeeklyRange,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import {
  insertRecruit,
  insertRecruitStep,
  upsertExtraLicenceTypes,
} from '../care-recruits/care-recruits.repository.ts';
import { sealRecruitContact } from '../care-recruits/recruit-contact.ts';

const day = 86_400_000;
const nights = (days: number[]): WeeklyRange[] =>
  days.map((weekday) => ({ weekday, from: '20:00', to: '24:00' }));
const mornings = (days: number[]): WeeklyRange[] =>
  days.map((weekday) => ({ weekday, from: '09:00', to: '12:00' }));

export const demoRecruits: {
  name: string;
  licenceType: string;
  years: number;
  availability: WeeklyRange[];
  hours: [number, number];
  remoteOk: boolean;
  onsiteOk: boolean;
  childcareNeed: 'none' | 'preferred' | 'required';
  stage: RecruitStage;
  daysAgo: number;
}[] = [
  {
    name: '伊集院 真由（架空）',
    licenceType: 'nurse',
    years: 6,
    availability: nights([5, 6]),
    hours: [4, 8],
    remoteOk: true,
    onsiteOk: false,
    childcareNeed: 'none',
    stage: 'interest',
    daysAgo: 3,
  },
  {
    name: '吹上 美咲（架空）',
    licenceType: 'midwife',
    years: 2,
    availability: mornings([1, 3, 5]),
    hours: [6, 9],
    remoteOk: true,
    onsiteOk: true,
    childcareNeed: 'preferred',
    stage: 'interest',
    daysAgo: 5,
  },
  {
    name: '東市来 里奈（架空）',
    licenceType: 'assistant_nurse',
    years: 9,
    availability: nights([0, 6]),
    hours: [4, 8],
    remoteOk: true,
    onsiteOk: false,
    childcareNeed: 'none',
    stage: 'interest',
    daysAgo: 8,
  },
  {
    name: '日吉 香織（架空）',
    licenceType: 'public_health_nurse',
    years: 4,
    availability: mornings([2, 4]),
    hours: [4, 6],
    remoteOk: true,
    onsiteOk: false,
    childcareNeed: 'required',
    stage: 'interview',
    daysAgo: 20,
  },
  {
    name: '湯田 沙織（架空）',
    licenceType: 'nurse',
    years: 1,
    availability: nights([1, 2, 3]),
    hours: [8, 12],
    remoteOk: true,
    onsiteOk: true,
    childcareNeed: 'none',
    stage: 'training',
    daysAgo: 45,
  },
  {
    name: '妙円寺 陽子（架空）',
    licenceType: 'nurse',
    years: 3,
    availability: [...nights([6]), ...mornings([0])],
    hours: [6, 10],
    remoteOk: true,
    onsiteOk: false,
    childcareNeed: 'none',
    stage: 'training',
    daysAgo: 60,
  },
  {
    name: '江口 恵（架空）',
    licenceType: 'public_health_nurse',
    years: 5,
    availability: nights([4, 5]),
    hours: [6, 8],
    remoteOk: true,
    onsiteOk: false,
    childcareNeed: 'none',
    stage: 'certified',
    daysAgo: 95,
  },
  {
    name: '永吉 千尋（架空）',
    licenceType: 'nurse',
    years: 7,
    availability: nights([0, 3, 6]),
    hours: [8, 12],
    remoteOk: true,
    onsiteOk: false,
    childcareNeed: 'none',
    stage: 'rostered',
    daysAgo: 140,
  },
  {
    name: '入来 明美（架空）',
    licenceType: 'nurse',
    years: 12,
    availability: mornings([1]),
    hours: [2, 3],
    remoteOk: false,
    onsiteOk: true,
    childcareNeed: 'none',
    stage: 'withdrawn',
    daysAgo: 70,
  },
];

export async function seedDemoCareRecruits(ctx: AppContext): Promise<void> {
  const city = await findMunicipalityByWrittenCode(ctx.db, '462187');
  if (!city) return;
  const municipalityId = city.id;
  const now = ctx.now().getTime();
  await ctx.db.transaction(async (tx) => {
    await upsertExtraLicenceTypes(tx, municipalityId, ['assistant_nurse']);
    for (const [i, r] of demoRecruits.entries()) {
      const id = crypto.randomUUID();
      const at = (d: number) => new Date(now - d * day);
      const stages: RecruitStage[] =
        r.stage === 'withdrawn'
          ? ['interest', 'interview', 'withdrawn']
          : recruitPath.slice(0, recruitPath.indexOf(r.stage) + 1);
      // Each step about two weeks after the last, the last one `daysAgo` ago at the latest.
      const stepDays = stages.map(
        (_, n) => r.daysAgo - n * Math.floor(r.daysAgo / (stages.length + 1)),
      );
      const verified = recruitPath.indexOf(r.stage) >= recruitPath.indexOf('certified');
      await insertRecruit(tx, {
        id,
        municipalityId,
        ...sealRecruitContact(ctx.keyring, id, {
          name: r.name,
          email: `recruit${i + 1}@example.test`,
          phone: `099-000-10${String(i + 1).padStart(2, '0')}`,
        }),
        licenceType: r.licenceType,
        licenceNumber: String(300100 + i * 137),
        licenceVerifiedAt: verified ? at(stepDays.at(-2)!) : null,
        yearsSincePractice: r.years,
        availability: weekMaskToBits(weekMaskOf(r.availability)),
        hoursPerWeekMin: r.hours[0],
        hoursPerWeekMax: r.hours[1],
        remoteOk: r.remoteOk,
        onsiteOk: r.onsiteOk,
        childcareNeed: r.childcareNeed,
        contactConsentedAt: at(r.daysAgo),
        stage: r.stage,
        stageChangedAt: at(stepDays.at(-1)!),
        clientRequestId: crypto.randomUUID(),
        createdAt: at(r.daysAgo),
      });
      for (const [n, stage] of stages.entries())
        await insertRecruitStep(tx, {
          municipalityId,
          recruitId: id,
          stage,
          recordedBy: null,
          recordedAt: at(stepDays[n]!),
        });
    }
  });
}
