/**
 * The demo's shared night pool (issue 18): 日置市 and 鹿児島市 agree that from 22:00 to
 * 08:00 (Japan time) a consultation nobody of its own municipality takes within its target
 * goes to the pool. 鹿児島市's night nurse and night supervisor are on pool duty every
 * night of the four weeks the rota covers, so a 日置市 worker who writes at 3 a.m. is
 * answered by the network's night team; one night has one person, so coverage shows a gap.
 */
import { addDays, japanInstant, japanTimeOf } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import { insertAgreement, insertDuty } from '../pool/pool.repository.ts';

export const demoPoolName = '日置市・鹿児島市 夜間共同対応（デモ）';
const nights = 28;

export async function seedDemoPool(ctx: AppContext) {
  const hioki = await findMunicipalityByWrittenCode(ctx.db, '462187');
  const kagoshima = await findMunicipalityByWrittenCode(ctx.db, '462012');
  const secretariat = await findUserByEmail(ctx.db, ctx, 'network@demo.yorisoi.example');
  const nurse = await findUserByEmail(ctx.db, ctx, 'kagoshima-night@demo.yorisoi.example');
  const lead = await findUserByEmail(ctx.db, ctx, 'kagoshima-night-lead@demo.yorisoi.example');
  if (!hioki || !kagoshima || !secretariat || !nurse || !lead) return;
  // Last night's pool is still open this morning: the agreement starts the night before.
  const today = japanTimeOf(ctx.now()).date;
  const first = addDays(today, -1);
  await ctx.db.transaction(async (tx) => {
    await insertAgreement(
      tx,
      {
        name: demoPoolName,
        startsMinute: 22 * 60,
        endsMinute: 8 * 60,
        licences: ['nurse', 'public_health_nurse', 'midwife'],
        startDate: first,
        endDate: addDays(today, 364),
        createdBy: secretariat.id,
      },
      [hioki.id, kagoshima.id],
    );
    for (let night = 0; night < nights; night++) {
      const date = addDays(first, night);
      const startsAt = japanInstant(date, '22:00');
      const endsAt = japanInstant(addDays(date, 1), '08:00');
      // The supervisor is off on the third night of each week: one person, flagged.
      const people = night % 7 === 2 ? [nurse] : [nurse, lead];
      for (const person of people) {
        await insertDuty(tx, {
          municipalityId: kagoshima.id,
          userId: person.id,
          startsAt,
          endsAt,
          createdBy: lead.id,
        });
      }
    }
  });
}
