import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import { coordinatorLicences } from '../platform/db/schema/index.ts';
import type { LicenceType, TCaseCoding } from '@yorisoi/shared';
import type { TestClient } from './test-client.ts';
import { expect } from 'vitest';
import {
  addPerson,
  createNetworkAdmin,
  signInAs,
  type FixturePerson,
  type TenantFixture,
} from './fixtures.ts';
import type { TestApp } from './test-app.ts';
import type { LiveSockets } from './use-test-app.ts';

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

/** A consultation the tenant's worker started and its coordinator took, both signed in. */
export async function takenConsultation(t: TestApp, tenant: TenantFixture, body?: string) {
  const worker = await signInAs(t, tenant.people.worker);
  const coordinator = await signInAs(t, tenant.people.coordinator);
  const started = await startConsultationAs(worker, body);
  const id = started.consultation.id;
  await coordinator.ok('claimConsultation', { params: { id } });
  return { worker, coordinator, id, started };
}

/** A taken consultation with the worker and the coordinator both joined live. */
export async function liveConsultation(t: TestApp, tenant: TenantFixture, sockets: LiveSockets) {
  const taken = await takenConsultation(t, tenant);
  const workerSocket = await sockets.connect(taken.worker);
  const coordinatorSocket = await sockets.connect(taken.coordinator);
  for (const socket of [workerSocket, coordinatorSocket]) {
    const joined = await socket.emitWithAck('consultation:join', { consultationId: taken.id });
    expect(joined).toMatchObject({ id: taken.id, status: 'active' });
  }
  return { ...taken, workerSocket, coordinatorSocket };
}

/**
 * Everyone who is no party to a consultation of the tenant's worker taken by its
 * coordinator, by what they are: they may not see it or use it.
 */
export async function strangersToConsultation(
  ctx: AppContext,
  tenant: TenantFixture,
  other: TenantFixture,
): Promise<[string, FixturePerson][]> {
  return [
    ['employer admin', tenant.people.employerAdmin],
    ['city staff', tenant.people.cityStaff],
    ['family member (not the person)', tenant.people.family],
    [
      'another worker',
      await addPerson(ctx, {
        municipalityId: tenant.municipalityId,
        organizationId: tenant.organizations[0]!.id,
        role: 'worker',
        label: 'another-worker',
      }),
    ],
    [
      'an unassigned coordinator',
      await addPerson(ctx, {
        municipalityId: tenant.municipalityId,
        role: 'coordinator',
        label: 'unassigned',
      }),
    ],
    ['another tenant’s supervisor', other.people.supervisor],
    ['another tenant’s worker', other.people.worker],
    ['network admin', await createNetworkAdmin(ctx)],
  ];
}
