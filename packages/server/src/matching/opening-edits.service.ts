/**
 * A posted opening edited or closed by whoever may post it: its company's admin for its
 * own company only, or the programme's staff. Another company's opening is refused, one
 * of another municipality is not found, and bad input changes nothing.
 */
import { japanTimeOf, type TOwnWorkOpening, type TWorkOpeningInput } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findPublicMunicipalityById } from '../municipalities/public-municipalities.repository.ts';
import { findOrganization } from '../organizations/organizations.repository.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import {
  findOpening,
  listOpeningsOfOrganization,
  lockOpening,
  updateOpening,
} from './openings.repository.ts';
import { presentOwnOpening } from './openings.presenter.ts';
import {
  checkedOpeningValues,
  checkOpeningReferences,
  openingScope,
} from './work-profiles.service.ts';

function municipalityOf(actor: Actor): string {
  if (!actor.municipalityId) throw new AppError('FORBIDDEN');
  return actor.municipalityId;
}

/** The opening, locked, once the actor may change it and while it is still offered. */
async function openOpeningFor(
  tx: Db,
  { actor, municipalityId, openingId }: { actor: Actor; municipalityId: string; openingId: string },
) {
  const existing = await lockOpening(tx, { municipalityId, openingId });
  if (!existing) throw new AppError('WORK_OPENING_NOT_FOUND');
  authorize(actor, 'workOpening.post', await openingScope(tx, municipalityId, existing));
  return existing;
}

export async function editWorkOpening(
  ctx: AppContext,
  { actor, openingId, input }: { actor: Actor; openingId: string; input: TWorkOpeningInput },
): Promise<TOwnWorkOpening> {
  const municipalityId = municipalityOf(actor);
  const values = checkedOpeningValues(input);
  authorize(actor, 'workOpening.post', await openingScope(ctx.db, municipalityId, input));
  return ctx.db.transaction(async (tx) => {
    const existing = await openOpeningFor(tx, { actor, municipalityId, openingId });
    if (existing.status !== 'open') throw new AppError('WORK_OPENING_CLOSED');
    await checkOpeningReferences(tx, municipalityId, input);
    const now = ctx.now();
    const row = await updateOpening(
      tx,
      { municipalityId, openingId },
      { ...values, updatedAt: now },
    );
    await recordAudit(
      tx,
      {
        action: 'work.opening_saved',
        municipalityId,
        actor,
        target: { type: 'work_opening', id: openingId },
      },
      now,
    );
    return presentOwnOpening(row);
  });
}

/** An opening as posted, for whoever may edit it: the form starts from what was posted. */
export async function readEditableWorkOpening(
  ctx: AppContext,
  { actor, openingId }: { actor: Actor; openingId: string },
): Promise<TOwnWorkOpening> {
  const municipalityId = municipalityOf(actor);
  const existing = await findOpening(ctx.db, { municipalityId, openingId });
  if (!existing) throw new AppError('WORK_OPENING_NOT_FOUND');
  authorize(actor, 'workOpening.post', await openingScope(ctx.db, municipalityId, existing));
  return presentOwnOpening(existing);
}

/**
 * Stops offering an opening: it leaves the public pages and suggestions, and its last
 * day offered (validThrough) becomes today unless it ended earlier. Closing it again
 * changes nothing.
 */
export async function closeWorkOpening(
  ctx: AppContext,
  { actor, openingId }: { actor: Actor; openingId: string },
): Promise<TOwnWorkOpening> {
  const municipalityId = municipalityOf(actor);
  return ctx.db.transaction(async (tx) => {
    const existing = await openOpeningFor(tx, { actor, municipalityId, openingId });
    if (existing.status !== 'open') return presentOwnOpening(existing);
    const now = ctx.now();
    const today = japanTimeOf(now).date;
    const row = await updateOpening(
      tx,
      { municipalityId, openingId },
      {
        status: 'closed',
        validThrough:
          existing.validThrough !== null && existing.validThrough < today
            ? existing.validThrough
            : today,
        updatedAt: now,
      },
    );
    await recordAudit(
      tx,
      {
        action: 'work.opening_closed',
        municipalityId,
        actor,
        target: { type: 'work_opening', id: openingId },
      },
      now,
    );
    return presentOwnOpening(row);
  });
}

/** A company's admin: the own company's openings, open and closed. */
export async function listCompanyWorkOpenings(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'workOpening.listOwn', {
    ...tenantScope(actor),
    organizationId: actor.organizationId,
  });
  const municipalityId = municipalityOf(actor);
  const organizationId = actor.organizationId ?? '';
  const organization = await findOrganization(ctx.db, municipalityId, organizationId);
  if (!organization) throw new AppError('NOT_FOUND');
  const rows = await listOpeningsOfOrganization(ctx.db, { municipalityId, organizationId });
  const municipality = await findPublicMunicipalityById(ctx.db, municipalityId);
  return {
    municipalityCode: municipality?.code ?? '',
    organizationId,
    organizationName: organization.name,
    items: rows.map(presentOwnOpening),
  };
}
