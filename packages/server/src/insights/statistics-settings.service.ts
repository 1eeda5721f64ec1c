import { defaultMinimumGroupSize, type TStatisticsSettings } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  configuredMinimumGroupSize,
  saveMinimumGroupSize,
} from './statistics-settings.repository.ts';

const present = (k: number | null): TStatisticsSettings => ({
  minimumGroupSize: k ?? defaultMinimumGroupSize,
  configured: k !== null,
  defaultMinimumGroupSize,
});

export async function getStatisticsSettings(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TStatisticsSettings> {
  authorize(actor, 'statistics.configure', tenantScope(actor));
  return present(await configuredMinimumGroupSize(ctx.db, actor.municipalityId as string));
}

/**
 * Sets the municipality's k (the contract keeps it within 5–50). Tables released from now
 * on use it; a cached release was keyed by the old k, so none is shown again. Audited with
 * the old and new value.
 */
export async function setMinimumGroupSize(
  ctx: AppContext,
  { actor, minimumGroupSize }: { actor: Actor; minimumGroupSize: number },
): Promise<TStatisticsSettings> {
  authorize(actor, 'statistics.configure', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const before = await configuredMinimumGroupSize(tx, municipalityId);
    await saveMinimumGroupSize(tx, municipalityId, minimumGroupSize, now);
    await recordAudit(
      tx,
      {
        action: 'statistics.settings_changed',
        municipalityId,
        actor,
        target: { type: 'municipality', id: municipalityId },
        detail: { from: before ?? defaultMinimumGroupSize, to: minimumGroupSize },
      },
      now,
    );
  });
  return present(minimumGroupSize);
}
