import crypto from 'node:crypto';
import {
  ageBandOf,
  consultationTopics,
  lifeEvents,
  outcomes,
  referralTypes,
  addDays,
  japanInstant,
  japanMonthOf,
  japanTimeOf,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { sealedUserValues } from '../auth/users.repository.ts';
import type { Db } from '../platform/db/database.ts';
import { caseRecords, users } from '../platform/db/schema/index.ts';
import { personPseudonym } from '../insights/pseudonyms.ts';
import { timeBandAt } from '../sla/time-band.ts';

/**
 * Synthetic statistics for the demo, so the dashboards have something to show: enrolled
 * persons who cannot sign in (no password, "架空" names, reserved .example addresses) and
 * a year of anonymous case records for them. A fixed-seed generator makes every demo the
 * same; some groups (harassment, fertility treatment) stay small so that hidden cells show.
 */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    // Mulberry32: small, deterministic, good enough for demo data.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) as number;
  };
}

/** Enrolled persons per demo employer (by name); the rest of the employers get a few. */
const enrolment: Record<string, number> = { '株式会社ゆのもと食品（架空）': 60 };

const commonTopics = consultationTopics.filter(
  (t) => !['harassment', 'fertility_treatment', 'other'].includes(t),
);

export async function seedDemoStatistics(
  ctx: AppContext,
  tx: Db,
  municipalityId: string,
  organizations: { id: string; name: string; industry: string; sizeBand: string }[],
) {
  const random = generator(20260401);
  const now = ctx.now();
  for (const [o, organization] of organizations.entries()) {
    const persons = Array.from({ length: enrolment[organization.name] ?? 12 }, (_, i) => ({
      id: crypto.randomUUID(),
      email: `synthetic-${o}-${i}@demo.yorisoi.example`,
      displayName: `架空 利用者${o}-${i}`,
      // Ages 19 to 63 this year, most having given their year (every seventh has not);
      // not drawn from the generator, so the records stay those of earlier demos.
      birthYear: i % 7 === 6 ? null : japanTimeOf(now).year - 19 - ((o * 11 + i * 17) % 45),
    }));
    await tx.insert(users).values(
      persons.map((p) =>
        sealedUserValues(ctx, {
          ...p,
          municipalityId,
          organizationId: organization.id,
          role: 'worker',
          passwordHash: null,
          status: 'active',
        }),
      ),
    );
    // About half of the enrolled consult, as in a real workforce (and as the complement
    // rule needs: "nearly everyone consulted" is as telling as "nobody did").
    const records = persons.flatMap((person) =>
      Array.from({ length: random(2) === 0 ? 0 : 1 + random(3) }, () => {
        // First contact some day of the past twelve closed months, at a plausible hour.
        const monthsAgo = 1 + random(12);
        const day = new Date(now.getTime() - monthsAgo * 30.4 * 86_400_000)
          .toISOString()
          .slice(0, 10);
        // Office hours (9–16 in Japan) six times in ten, else 18:00 to 08:59 the next day.
        const hour = random(10) < 6 ? 9 + random(8) : 18 + random(15);
        const time24 = `${String(hour % 24).padStart(2, '0')}:${String(random(60)).padStart(2, '0')}`;
        const contact = japanInstant(hour < 24 ? day : addDays(day, 1), time24);
        const rare = random(20) === 0;
        const referred = random(4) === 0;
        const time = japanTimeOf(contact);
        return {
          municipalityId,
          personKey: personPseudonym(ctx, person.id),
          caseKey: crypto.randomUUID(),
          organizationId: organization.id,
          industry: organization.industry,
          sizeBand: organization.sizeBand,
          ageBand: person.birthYear === null ? null : ageBandOf(person.birthYear, time.year),
          month: `${japanMonthOf(contact)}-01`,
          contactWeekday: time.weekday,
          contactHour: Math.floor(time.minutesOfDay / 60),
          timeBand: timeBandAt(contact),
          channel: random(5) === 0 ? 'video' : 'chat',
          topics: [rare ? 'harassment' : commonTopics[random(commonTopics.length)]!],
          lifeEvents: random(3) === 0 ? [lifeEvents[random(8)]!] : [],
          severity: (['low', 'low', 'moderate', 'high'] as const)[random(4)]!,
          outcome: referred ? 'referred' : outcomes[random(2)]!,
          referralTypes: referred ? [referralTypes[random(6)]!] : [],
          satisfaction: random(3) === 0 ? null : 3 + random(3),
          summary: null,
        };
      }),
    );
    await tx.insert(caseRecords).values(records);
  }
}
