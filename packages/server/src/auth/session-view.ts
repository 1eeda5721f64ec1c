import {
  currentConsentText,
  isConsultingRole,
  isStaffRole,
  type Role,
  type TSessionResponse,
  type TSessionUser,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findLatestConsent } from '../consent/consent.repository.ts';
import { grantedVersionOf, isConsentRequired } from '../consent/consent-state.ts';
import { programmesOfStaffMember } from '../matching/programme-staff.repository.ts';
import type { Actor } from '../policy/actor.ts';
import { csrfTokenFor } from './csrf.ts';
import { openIdentity } from './identity-seal.ts';
import { findSessionUser } from './users.repository.ts';

/** The signed-in person as the API presents them (ZSessionUser). */
export async function loadSessionUser(
  ctx: AppContext,
  userId: string,
): Promise<TSessionUser | null> {
  const { db } = ctx;
  const row = await findSessionUser(db, userId);
  if (!row) return null;
  const role = row.user.role as Role;
  const latest =
    row.user.municipalityId && isConsultingRole(role)
      ? await findLatestConsent(db, row.user.municipalityId, row.user.id)
      : null;
  return {
    id: row.user.id,
    role,
    ...openIdentity(ctx, row.user),
    locale: row.user.locale === 'en' ? 'en' : 'ja',
    municipality: row.municipality
      ? { id: row.municipality.id, name: row.municipality.name }
      : null,
    organization: row.organization
      ? { id: row.organization.id, name: row.organization.name }
      : null,
    licence: row.licence
      ? {
          type: row.licence.licenceType as NonNullable<TSessionUser['licence']>['type'],
          verification: row.licence.verification as NonNullable<
            TSessionUser['licence']
          >['verification'],
        }
      : null,
    consent: {
      required: isConsultingRole(role) && isConsentRequired(latest),
      currentVersion: currentConsentText().version,
      grantedVersion: grantedVersionOf(latest),
    },
    programme:
      role === 'programme_staff' && row.user.municipalityId
        ? ((
            await programmesOfStaffMember(db, {
              municipalityId: row.user.municipalityId,
              userId: row.user.id,
            })
          )[0] ?? null)
        : null,
  };
}

export function mfaStateOf(
  role: Role,
  totpEnrolled: boolean,
  sessionVerified: boolean,
): TSessionResponse['mfa'] {
  if (!isStaffRole(role)) return 'not_required';
  if (!totpEnrolled) return 'enrol';
  return sessionVerified ? 'ok' : 'verify';
}

export async function presentSession(
  ctx: AppContext,
  session: { actor: Actor; token: string; totpEnrolled: boolean; mfaVerified: boolean } | null,
): Promise<TSessionResponse> {
  if (!session) return { user: null, mfa: 'not_required', csrfToken: null };
  const user = await loadSessionUser(ctx, session.actor.userId);
  if (!user) return { user: null, mfa: 'not_required', csrfToken: null };
  return {
    user,
    mfa: mfaStateOf(user.role, session.totpEnrolled, session.mfaVerified),
    csrfToken: csrfTokenFor(session.token),
  };
}
