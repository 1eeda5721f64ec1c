import type { KnownPerson } from '@yorisoi/deidentify';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { openIdentity, type IdentityCrypto } from '../auth/identity-seal.ts';
import type { ConsultationRow } from '../consultations/consultations.repository.ts';
import { listFamilyLinksOf } from '../invites/invites.repository.ts';
import { findEmployerName, findSealedIdentities } from './case-records.repository.ts';

/** "山田 花子" → family and given name; a name without a space is matched whole. */
function knownPerson(displayName: string, nickname: string | null): KnownPerson {
  const [familyName, ...given] = displayName.trim().split(/[\s\u3000]+/);
  return {
    familyName: familyName ?? displayName,
    ...(given.length > 0 ? { givenName: given.join('') } : {}),
    ...(nickname ? { nicknames: [nickname] } : {}),
  };
}

/**
 * Names the platform knows around a consultation: the person, their family links (both
 * ways), the coordinators involved and the employer. They are removed wherever they occur,
 * in any script or spacing, before the summary is kept.
 */
async function knownIdentifiers(
  db: Db,
  ctx: IdentityCrypto,
  consultation: ConsultationRow,
  staffIds: string[],
) {
  const { municipalityId } = consultation;
  const links = await listFamilyLinksOf(db, municipalityId, consultation.personUserId);
  const ids = new Set([
    consultation.personUserId,
    ...staffIds,
    ...links.flatMap((l) => [l.familyUserId, l.workerUserId]),
  ]);
  const people = await findSealedIdentities(db, municipalityId, [...ids]);
  const employer = consultation.organizationId
    ? await findEmployerName(db, municipalityId, consultation.organizationId)
    : [];
  return {
    // The known-names layer gets the names opened in memory, never from a plaintext column.
    persons: people.map((p) => {
      const { displayName, nickname } = openIdentity(ctx, p);
      return knownPerson(displayName, nickname);
    }),
    organizations: employer.map((o) => o.name),
  };
}

/** The coordinator's summary with every identifier replaced; null when there is none. */
export async function deidentifySummary(
  db: Db,
  ctx: IdentityCrypto & Pick<AppContext, 'deidentifier'>,
  consultation: ConsultationRow,
  summary: string | undefined,
  staffIds: string[],
): Promise<string | null> {
  if (!summary || summary.trim() === '') return null;
  const known = await knownIdentifiers(db, ctx, consultation, staffIds);
  return (await ctx.deidentifier()).deidentify(summary, known).text;
}
