import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { changeOf, type ConsultationEvents } from '../consultations/consultation-events.ts';
import {
  addReferral,
  agreeToReferral,
  createReferralResource,
  listOpenReferrals,
  listReferralResources,
  listReferrals,
  searchReferralTargets,
  targetOfBody,
  updateReferral,
} from './referrals.service.ts';
import { presentResource } from './referrals.presenter.ts';

export function registerReferralRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  events: ConsultationEvents,
) {
  registerEndpoint(app, 'listReferralResources', async ({ actor }) => ({
    items: (await listReferralResources(ctx, { actor })).map(presentResource),
  }));
  registerEndpoint(app, 'createReferralResource', async ({ actor, body }) =>
    presentResource(await createReferralResource(ctx, { actor, input: body })),
  );
  registerEndpoint(app, 'searchReferralTargets', async ({ actor, query }) => ({
    items: await searchReferralTargets(ctx, { actor, text: query.q ?? '' }),
  }));
  registerEndpoint(app, 'listReferrals', async ({ actor, params }) => ({
    items: await listReferrals(ctx, { actor, consultationId: params.id }),
  }));
  // The person's chat and the console re-read the referrals on the change notice.
  registerEndpoint(app, 'addReferral', async ({ actor, params, body }) => {
    const added = await addReferral(ctx, {
      actor,
      consultationId: params.id,
      target: targetOfBody(body),
    });
    events.consultationChanged(changeOf(added.consultation, { queue: false }));
    return added.referral;
  });
  registerEndpoint(app, 'updateReferral', async ({ actor, params, body }) => {
    const updated = await updateReferral(ctx, {
      actor,
      referralId: params.id,
      status: body.status,
    });
    events.consultationChanged(changeOf(updated.consultation, { queue: false }));
    return updated.referral;
  });
  registerEndpoint(app, 'agreeToReferral', async ({ actor, params }) => {
    const agreed = await agreeToReferral(ctx, { actor, referralId: params.id });
    events.consultationChanged(changeOf(agreed.consultation, { queue: false }));
    return agreed.referral;
  });
  registerEndpoint(app, 'listOpenReferrals', async ({ actor }) => ({
    items: await listOpenReferrals(ctx, { actor }),
  }));
}
