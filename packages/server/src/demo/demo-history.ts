import crypto from 'node:crypto';
import {
  addMonths,
  japanInstant,
  japanTimeOf,
  ageBands,
  lifeEvents,
  monthsOf,
  outcomes,
  referralTypes,
  type ConsultationTopic,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { caseRecords } from '../platform/db/schema/index.ts';
import { personPseudonym } from '../insights/pseudonyms.ts';
import { lastClosedMonth } from '../insights/statistics.service.ts';
import { timeBandAt } from '../sla/time-band.ts';

/**
 * Two years of anonymous case records of 日置市 (about 50,000 people): residents who
 * reached the city's window from employers that are not members, or on their own. Case
 * records only: no account, no conversation, a pseudonym of a random id, no organisation.
 * Enough that a year shows real trends at k = 10: use grows as the programme becomes
 * known, mental health rises in spring (new staff, transfers), physical health in winter,
 * childcare around April and the summer holidays, elder care keeps growing; the rare
 * topics stay small month by month and show only by quarter or grouped.
 */
const historyMonths = 24;

/** Monthly weight of each topic: base share, times a season and a trend. */
const topicWeights: Record<ConsultationTopic, (month: number, step: number) => number> = {
  mental_health: (m) => 24 * ([4, 5, 6].includes(m) ? 1.8 : 1),
  physical_mental_health: (m) => 18 * ([12, 1, 2].includes(m) ? 1.4 : 1),
  career: (m) => 10 * ([3, 4].includes(m) ? 1.5 : 1),
  childcare: (m) => 9 * ([3, 4].includes(m) ? 1.6 : [7, 8].includes(m) ? 1.3 : 1),
  elder_care: (_m, step) => 5 * (1 + step / historyMonths),
  work_style: () => 9,
  pregnancy_birth: () => 4,
  menopause: () => 4,
  harassment: () => 3,
  fertility_treatment: () => 2,
  other: () => 8,
};

const industriesOfResidents = [
  'medical_welfare',
  'manufacturing',
  'wholesale_retail',
  'construction',
  'agriculture_forestry',
  'public_service',
  'transport_postal',
  'lifestyle_entertainment',
] as const;
const sizeBandsOfResidents = ['1-9', '10-29', '30-99', '100-299', '300+'] as const;

function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    // Mulberry32, as for the rest of the demo: the same history in every demo.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    below: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    weighted<T extends string>(weights: readonly (readonly [T, number])[]): T {
      const total = weights.reduce((sum, [, w]) => sum + w, 0);
      let x = next() * total;
      for (const [value, w] of weights) if ((x -= w) < 0) return value;
      return weights[weights.length - 1]![0];
    },
  };
}

/** A contact instant in a month: mostly office hours, a third in the evening or at weekends. */
function contactIn(month: string, random: ReturnType<typeof generator>): Date {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const hour = random.chance(0.65)
    ? 9 + random.below(8)
    : [6, 7, 18, 19, 20, 21, 22][random.below(7)]!;
  const day = `${month}-${String(1 + random.below(days)).padStart(2, '0')}`;
  const time = `${String(hour).padStart(2, '0')}:${String(random.below(60)).padStart(2, '0')}`;
  return japanInstant(day, time);
}

export async function seedDemoHistory(ctx: AppContext, tx: Db, municipalityId: string) {
  const random = generator(20241201);
  const last = lastClosedMonth(ctx.now());
  const months = monthsOf(addMonths(last, 1 - historyMonths), last);
  const records: (typeof caseRecords.$inferInsert)[] = [];
  for (const [step, month] of months.entries()) {
    const calendarMonth = Number(month.slice(5, 7));
    const weights = Object.entries(topicWeights).map(
      ([topic, weight]) => [topic as ConsultationTopic, weight(calendarMonth, step)] as const,
    );
    // From about 110 new persons a month to about 170 as the programme becomes known.
    const newPersons = Math.round(110 + (60 * step) / (historyMonths - 1)) + random.below(15);
    for (let p = 0; p < newPersons; p++) {
      const personKey = personPseudonym(ctx, crypto.randomUUID());
      const topic = random.weighted(weights);
      const industry = industriesOfResidents[random.below(industriesOfResidents.length)]!;
      const sizeBand = sizeBandsOfResidents[random.below(sizeBandsOfResidents.length)]!;
      const ageBand = random.chance(0.1) ? null : ageBands[1 + random.below(ageBands.length - 1)]!;
      // A third come back a month or two later, mostly about the same thing.
      const visits = random.chance(0.33) ? 2 : 1;
      for (let v = 0; v < visits; v++) {
        const visitMonth = months[step + v * (1 + random.below(2))];
        if (!visitMonth) break;
        const contact = contactIn(visitMonth, random);
        const time = japanTimeOf(contact);
        const referred = random.chance(0.2);
        records.push({
          municipalityId,
          personKey,
          caseKey: crypto.randomUUID(),
          organizationId: null,
          industry,
          sizeBand,
          ageBand,
          month: `${visitMonth}-01`,
          contactWeekday: time.weekday,
          contactHour: Math.floor(time.minutesOfDay / 60),
          timeBand: timeBandAt(contact),
          channel: random.chance(0.2) ? 'video' : 'chat',
          topics: [v > 0 && random.chance(0.3) ? random.weighted(weights) : topic],
          lifeEvents: random.chance(0.3) ? [lifeEvents[random.below(lifeEvents.length)]!] : [],
          severity: random.weighted([
            ['low', 5],
            ['moderate', 3],
            ['high', 1],
          ]),
          outcome: referred ? 'referred' : outcomes[random.below(2)]!,
          referralTypes: referred ? [referralTypes[random.below(7)]!] : [],
          satisfaction: random.chance(0.4) ? null : 3 + random.below(3),
          summary: null,
        });
      }
    }
  }
  // Inserted in slices: one statement with every row would exceed the parameter limit.
  for (let i = 0; i < records.length; i += 500) {
    await tx.insert(caseRecords).values(records.slice(i, i + 500));
  }
}
