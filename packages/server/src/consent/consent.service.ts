import { currentConsentText, type TConsentStatusResponse } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  findLatestConsent,
  insertConsentRecord,
  listConsentRecords,
} from './consent.repository.ts';
import { grantedVersionOf } from './consent-state.ts';

function ownScope(actor: Actor) {
  return { municipalityId: actor.municipalityId, ownerId: actor.userId };
}

export async function getConsentStatus(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TConsentStatusResponse> {
  authorize(actor, 'consent.manage', ownScope(actor));
  const municipalityId = actor.municipalityId as string;
  const records = await listConsentRecords(ctx.db, municipalityId, actor.userId);
  const current = currentConsentText();
  return {
    current: {
      version: current.version,
      effectiveFrom: current.effectiveFrom,
      purposes: [...current.purposes],
      ja: { title: current.ja.title, body: [...current.ja.body] },
      en: { title: current.en.title, body: [...current.en.body] },
    },
    grantedVersion: grantedVersionOf(records.at(-1) ?? null),
    history: records.map((r) => ({
      version: r.version,
      action: r.action as 'granted' | 'withdrawn',
      at: r.at.toISOString(),
    })),
  };
}

export async function grantConsent(
  ctx: AppContext,
  { actor, version }: { actor: Actor; version: string },
) {
  authorize(actor, 'consent.manage', ownScope(actor));
  if (version !== currentConsentText().version) throw new AppError('CONSENT_VERSION_STALE');
  const municipalityId = actor.municipalityId as string;
  await ctx.db.transaction(async (tx) => {
    const latest = await findLatestConsent(tx, municipalityId, actor.userId);
    if (grantedVersionOf(latest) === version) return;
    const now = ctx.now();
    await insertConsentRecord(tx, municipalityId, {
      userId: actor.userId,
      version,
      action: 'granted',
      at: now,
    });
    await recordAudit(
      tx,
      { action: 'consent.granted', municipalityId, actor, detail: { version } },
      now,
    );
  });
  return getConsentStatus(ctx, { actor });
}

export async function withdrawConsent(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'consent.manage', ownScope(actor));
  const municipalityId = actor.municipalityId as string;
  await ctx.db.transaction(async (tx) => {
    const latest = await findLatestConsent(tx, municipalityId, actor.userId);
    const granted = grantedVersionOf(latest);
    if (granted === null) return;
    const now = ctx.now();
    await insertConsentRecord(tx, municipalityId, {
      userId: actor.userId,
      version: granted,
      action: 'withdrawn',
      at: now,
    });
    await recordAudit(
      tx,
      { action: 'consent.withdrawn', municipalityId, actor, detail: { version: granted } },
      now,
    );
  });
  return getConsentStatus(ctx, { actor });
}
