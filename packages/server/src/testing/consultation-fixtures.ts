import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import { coordinatorLicences } from '../platform/db/schema/index.ts';
import type { LicenceType, TCaseCoding } from '@yorisoi/shared';
import type { TestClient } from './test-client.ts';
import { addPerson, type FixturePerson } from './fixtures.ts';

export const newClientMsgId = () => crypto.randomUUID();

/** A worker or family member starts a consultation about childcare with one message. */
export async function startConsultationAs(client: TestClient, body = 'こどもが夜に熱を出しました') {
  return client.ok('startConsultation', {
    body: {
      topics: ['childcare', 'physical_mental_health'],
      firstMessage: { clientMsgId: newClientMsgId(), body },
    },
  });
}

export async function setLicenceState(
  ctx: AppContext,
  userId: string,
  verification: 'pending' | 'verified' | 'rejected',
) {
  await ctx.db
    .update(coordinatorLicences)
    .set({ verification })
    .where(eq(coordinatorLicences.userId, userId));
}

/** A complete case coding for a childcare consultation that was referred on. */
export const childcareCoding: TCaseCoding = {
  topics: ['childcare'],
  lifeEvents: ['parental_leave_return'],
  severity: 'moderate',
  outcome: 'referred',
  referrals: ['city_childcare_support'],
};

/** One more coordinator of the municipality, with a verified licence. */
export async function addLicensedCoordinator(
  ctx: AppContext,
  {
    municipalityId,
    label,
    licenceType,
    licenceNumber,
  }: { municipalityId: string; label: string; licenceType: LicenceType; licenceNumber: string },
): Promise<FixturePerson> {
  const person = await addPerson(ctx, { municipalityId, role: 'coordinator', label });
  await ctx.db.insert(coordinatorLicences).values({
    userId: person.id,
    municipalityId,
    licenceType,
    licenceNumber,
    verification: 'verified',
  });
  return person;
}
