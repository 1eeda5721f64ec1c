import { requireMunicipalityByCode } from './municipality-by-code.ts';
import {
  type TPublicContact,
  type TPublicMunicipality,
  type TPublicMunicipalityList,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  findPublicMunicipalityById,
  listPublicMunicipalityNames,
  replacePublicContacts,
  type PublicMunicipalityRow,
} from './public-municipalities.repository.ts';

/** Only what the municipality publishes: never its id, counts or anything about people. */
function presentPublicMunicipality(row: NonNullable<PublicMunicipalityRow>): TPublicMunicipality {
  return {
    code: row.code,
    name: row.name,
    prefecture: row.prefecture,
    consortiumName: row.consortiumName,
    contacts: row.publicContacts,
  };
}

/** Anyone: the municipalities on this server, for the landing page to point residents on. */
export async function listPublicMunicipalities(ctx: AppContext): Promise<TPublicMunicipalityList> {
  return { items: await listPublicMunicipalityNames(ctx.db) };
}

/** Anyone: a municipality by its 全国地方公共団体コード (five digits when the repair is provable). */
export async function getPublicMunicipality(
  ctx: AppContext,
  { code }: { code: string },
): Promise<TPublicMunicipality> {
  return presentPublicMunicipality(await requireMunicipalityByCode(ctx.db, code));
}

/** City staff read their municipality's public page, to edit its numbers. */
export async function getPublicContacts(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TPublicMunicipality> {
  authorize(actor, 'municipality.contacts', tenantScope(actor));
  const row = await findPublicMunicipalityById(ctx.db, actor.municipalityId as string);
  if (!row) throw new AppError('NOT_FOUND');
  return presentPublicMunicipality(row);
}

/** City staff replace the numbers their municipality publishes, audited. */
export async function updatePublicContacts(
  ctx: AppContext,
  { actor, contacts }: { actor: Actor; contacts: TPublicContact[] },
): Promise<TPublicMunicipality> {
  authorize(actor, 'municipality.contacts', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  return ctx.db.transaction(async (tx) => {
    await replacePublicContacts(tx, { municipalityId, contacts });
    await recordAudit(
      tx,
      {
        action: 'municipality.contacts_updated',
        municipalityId,
        actor,
        target: { type: 'municipality', id: municipalityId },
        detail: { contacts: contacts.length },
      },
      ctx.now(),
    );
    const row = await findPublicMunicipalityById(tx, municipalityId);
    if (!row) throw new Error('the actor’s municipality is missing');
    return presentPublicMunicipality(row);
  });
}
