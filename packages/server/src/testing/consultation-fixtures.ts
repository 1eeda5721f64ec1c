import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import { coordinatorLicences } from '../platform/db/schema/index.ts';
import type { TestClient } from './test-client.ts';

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
