import {
  firstBelowMinimum,
  retentionKinds,
  retentionRules,
  type RetentionKind,
  type TRetentionSettings,
  type TUpdateRetentionSettingsRequest,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { configuredRetention, saveRetention } from './retention-settings.repository.ts';
import { monthsFor } from './retention-period.ts';

function present(configured: ReadonlyMap<string, number>): TRetentionSettings {
  return {
    settings: retentionKinds.map((kind) => ({
      kind,
      months: monthsFor(configured, kind),
      defaultMonths: retentionRules[kind].defaultMonths,
      minimumMonths: retentionRules[kind].minimumMonths,
      configured: configured.has(kind),
    })),
  };
}

export async function getRetentionSettings(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TRetentionSettings> {
  authorize(actor, 'retention.read', tenantScope(actor));
  return present(await configuredRetention(ctx.db, actor.municipalityId as string));
}

/**
 * Changes the periods given. A value below its kind's minimum refuses the whole request
 * before anything is written. Audited with each kind's old and new months.
 */
export async function updateRetentionSettings(
  ctx: AppContext,
  { actor, months }: { actor: Actor; months: TUpdateRetentionSettingsRequest['months'] },
): Promise<TRetentionSettings> {
  authorize(actor, 'retention.configure', tenantScope(actor));
  if (firstBelowMinimum(months) !== null) throw new AppError('RETENTION_BELOW_MINIMUM');
  const municipalityId = actor.municipalityId as string;
  const now = ctx.now();
  const changes = Object.entries(months) as [RetentionKind, number][];
  return ctx.db.transaction(async (tx) => {
    const before = await configuredRetention(tx, municipalityId);
    const detail: Record<string, number> = {};
    for (const [kind, value] of changes) {
      const from = monthsFor(before, kind);
      if (from === value && before.has(kind)) continue;
      await saveRetention(tx, municipalityId, {
        kind,
        months: value,
        updatedBy: actor.userId,
        now,
      });
      detail[`${kind}_from`] = from;
      detail[`${kind}_to`] = value;
    }
    if (Object.keys(detail).length > 0) {
      await recordAudit(
        tx,
        {
          action: 'retention.settings_changed',
          municipalityId,
          actor,
          target: { type: 'municipality', id: municipalityId },
          detail,
        },
        now,
      );
    }
    return present(await configuredRetention(tx, municipalityId));
  });
}
