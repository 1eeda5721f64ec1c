import {
  currentConsentText,
  type LicenceType,
  type TWeeklyWindow,
  japanMidnight,
  japanTimeOf,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { consentRecords, coordinatorLicences } from '../platform/db/schema/index.ts';
import { addPerson, type FixturePerson } from '../testing/fixtures.ts';

/** Every day of the week, 10:00–12:00 Japan time, 30-minute slots, chat and video. */
export const everyMorning: TWeeklyWindow[] = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
  weekday,
  startMinute: 10 * 60,
  endMinute: 12 * 60,
  slotMinutes: 30,
  channels: ['chat', 'video'],
}));

/** The start of the Japanese day `days` days after `now`. */
export const japanDayAfter = (now: Date, days: number) =>
  japanMidnight(japanTimeOf(new Date(now.getTime() + days * 86_400_000)).date);

export async function addLicensedCoordinator(
  ctx: AppContext,
  municipalityId: string,
  licenceType: LicenceType,
): Promise<FixturePerson> {
  const person = await addPerson(ctx, { municipalityId, role: 'coordinator', label: licenceType });
  await ctx.db.insert(coordinatorLicences).values({
    userId: person.id,
    municipalityId,
    licenceType,
    licenceNumber: '1111111',
    verification: 'verified',
  });
  return person;
}

export async function addConsentingWorker(
  ctx: AppContext,
  municipalityId: string,
  organizationId: string,
  label: string,
): Promise<FixturePerson> {
  const person = await addPerson(ctx, { municipalityId, organizationId, role: 'worker', label });
  await ctx.db.insert(consentRecords).values({
    municipalityId,
    userId: person.id,
    version: currentConsentText().version,
    action: 'granted',
  });
  return person;
}
