import crypto from 'node:crypto';
import type { AppContext } from '../app/context.ts';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import { sealAccessToken, sealChannelSecret } from '../line/line-channel.ts';
import { saveLineChannel } from '../line/line.repository.ts';

/** Marks the demo channel's token so no one mistakes it for a real one. */
export const demoLineAccessTokenPrefix = 'DEMO-NOT-A-REAL-LINE-TOKEN-';

/**
 * 日置市's LINE official account in the demo: configured against nothing real (a made-up
 * channel, a random secret, a token LINE would refuse) and flagged as a demo, so the city's
 * settings screen and the person's link screen have something to show. A push tried with
 * it fails at LINE and the bell falls back to web push or e-mail, as it should.
 */
export async function seedDemoLine(ctx: AppContext): Promise<void> {
  const hioki = await findMunicipalityByWrittenCode(ctx.db, '462187');
  if (!hioki) return;
  await saveLineChannel(ctx.db, hioki.id, {
    channelId: '2000000000',
    channelSecretSealed: sealChannelSecret(ctx, hioki.id, crypto.randomBytes(16).toString('hex')),
    accessTokenSealed: sealAccessToken(
      ctx,
      hioki.id,
      `${demoLineAccessTokenPrefix}${crypto.randomBytes(8).toString('hex')}`,
    ),
    // LINE's free コミュニケーションプラン: 200 messages a month.
    monthlyPushBudget: 200,
    demo: true,
    updatedBy: null,
    updatedAt: ctx.now(),
  });
}
