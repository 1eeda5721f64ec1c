import type { Role, TLocale } from '@yorisoi/shared';

/** The signed-in person making a request, as the session established it. */
export interface Actor {
  userId: string;
  sessionId: string;
  role: Role;
  municipalityId: string | null;
  organizationId: string | null;
  locale: TLocale;
  /** False for staff who have not yet passed their second factor in this session. */
  mfaSatisfied: boolean;
}
