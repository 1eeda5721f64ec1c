import { japanTimeOf } from '@yorisoi/shared';
import type { TLocale, TMyDataExport } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listConsentRecords } from '../consent/consent.repository.ts';
import { listFamilyCodesOf, listFamilyLinksOf } from '../invites/invites.repository.ts';
import { findEntriesAboutUser } from '../audit/audit.repository.ts';
import { presentFamilyCode } from '../invites/invites.presenter.ts';
import { loadSessionUser } from '../auth/session-view.ts';
import {
  deleteAccountDueForPurge,
  findAccountsDueForPurge,
  findUserById,
  markDeletionRequested,
  setLocale,
  updateIdentity,
} from '../auth/users.repository.ts';
import { listLiveSessionsOfUser, revokeAllSessionsOfUser } from '../auth/sessions.repository.ts';
import { listConsultationsOfPerson } from '../consultations/consultations.repository.ts';
import { listMessagesAfter } from '../consultations/messages.repository.ts';
import { openMessageBody } from '../consultations/message-body.ts';

export async function updateProfile(
  ctx: AppContext,
  {
    actor,
    changes,
  }: {
    actor: Actor;
    changes: {
      displayName?: string | undefined;
      nickname?: string | null | undefined;
      birthYear?: number | null | undefined;
      locale?: TLocale | undefined;
    };
  },
) {
  const thisYear = japanTimeOf(ctx.now()).year;
  if (changes.birthYear != null && changes.birthYear > thisYear) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'birthYear', message: 'in the future' }],
    });
  }
  const { locale, ...identityChanges } = changes;
  const changed = Object.keys(changes).filter(
    (key) => changes[key as keyof typeof changes] !== undefined,
  );
  await ctx.db.transaction(async (tx) => {
    const user = await findUserById(tx, ctx, actor.userId);
    if (!user) throw new AppError('NOT_FOUND');
    // Names and birth year are sealed together: the identity is opened, changed, sealed again.
    await updateIdentity(tx, ctx, {
      id: user.id,
      email: user.email,
      displayName: identityChanges.displayName ?? user.displayName,
      nickname: identityChanges.nickname !== undefined ? identityChanges.nickname : user.nickname,
      birthYear:
        identityChanges.birthYear !== undefined ? identityChanges.birthYear : user.birthYear,
    });
    if (locale !== undefined) {
      await setLocale(tx, actor.userId, locale);
    }
    await recordAudit(tx, {
      action: 'account.profile_updated',
      municipalityId: actor.municipalityId,
      actor,
      detail: { fields: changed.sort().join(',') },
    });
  });
}

export async function listMySessions(ctx: AppContext, { actor }: { actor: Actor }) {
  const rows = await listLiveSessionsOfUser(ctx.db, actor.userId, ctx.now());
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    userAgent: s.userAgent,
    current: s.id === actor.sessionId,
  }));
}

export async function signOutEverywhere(ctx: AppContext, { actor }: { actor: Actor }) {
  await ctx.db.transaction(async (tx) => {
    const revoked = await revokeAllSessionsOfUser(tx, actor.userId, ctx.now());
    await recordAudit(tx, {
      action: 'auth.sign_out_everywhere',
      municipalityId: actor.municipalityId,
      actor,
      detail: { sessions: revoked },
    });
  });
}

/** Everything held about the person (APPI art. 33), in one JSON document. */
export async function exportMyData(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TMyDataExport> {
  const profile = await loadSessionUser(ctx, actor.userId);
  const user = await findUserById(ctx.db, ctx, actor.userId);
  if (!profile || !user) throw new AppError('NOT_FOUND');
  const municipalityId = actor.municipalityId;
  const consents = municipalityId
    ? await listConsentRecords(ctx.db, municipalityId, actor.userId)
    : [];
  const familyCodes = municipalityId
    ? await listFamilyCodesOf(ctx.db, municipalityId, actor.userId)
    : [];
  // A family link belongs to one municipality; an account without one has none.
  const links = municipalityId ? await listFamilyLinksOf(ctx.db, municipalityId, actor.userId) : [];
  const sessionRows = await listLiveSessionsOfUser(ctx.db, actor.userId, ctx.now());
  const accessLog = await findEntriesAboutUser(ctx.db, actor.userId, 1000);
  const consultations = municipalityId
    ? await exportConsultations(ctx, municipalityId, actor.userId)
    : [];
  const exportedAt = ctx.now();
  await ctx.db.transaction((tx) =>
    recordAudit(tx, { action: 'account.exported', municipalityId, actor }, exportedAt),
  );
  return {
    exportedAt: exportedAt.toISOString(),
    format: 'yorisoi-personal-data/1',
    profile: {
      id: profile.id,
      role: profile.role,
      email: profile.email,
      displayName: profile.displayName,
      nickname: profile.nickname,
      birthYear: profile.birthYear,
      locale: profile.locale,
      municipality: profile.municipality?.name ?? null,
      organization: profile.organization?.name ?? null,
      createdAt: user.createdAt.toISOString(),
    },
    consents: consents.map((c) => ({
      version: c.version,
      action: c.action,
      at: c.at.toISOString(),
    })),
    familyCodes: familyCodes.map(presentFamilyCode),
    consultations,
    familyLinks: links.map((l) => ({
      relation: l.familyUserId === actor.userId ? ('family_of' as const) : ('sponsor_of' as const),
      since: l.createdAt.toISOString(),
    })),
    sessions: sessionRows.map((s) => ({
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      userAgent: s.userAgent,
    })),
    accessLog: accessLog.map((e) => ({
      at: new Date(e.at).toISOString(),
      action: e.action,
      byRole: e.actorId === actor.userId ? profile.role : e.actorRole,
    })),
  };
}

/**
 * The person's consultations with every message. Private notes, risk flags and case
 * coding are the care team's working records and are not part of this export.
 */
async function exportConsultations(ctx: AppContext, municipalityId: string, userId: string) {
  const rows = await listConsultationsOfPerson(ctx.db, municipalityId, userId);
  const out: TMyDataExport['consultations'] = [];
  for (const consultation of rows) {
    const messages = await listMessagesAfter(ctx.db, municipalityId, consultation.id, 0, 100_000);
    out.push({
      id: consultation.id,
      status: consultation.status,
      topics: consultation.topics,
      createdAt: consultation.createdAt.toISOString(),
      closedAt: consultation.closedAt?.toISOString() ?? null,
      messages: messages.map((m) => ({
        seq: m.seq,
        from: m.senderUserId === userId ? ('me' as const) : ('care_team' as const),
        body: openMessageBody(ctx.keyring, m),
        attachments: m.attachments,
        at: m.createdAt.toISOString(),
      })),
    });
  }
  return out;
}

/**
 * The account is closed at once (every session revoked, sign-in refused) and erased after
 * DELETION_GRACE_DAYS, which leaves time to undo a mistaken or coerced request by contacting
 * the municipality.
 */
export async function requestDeletion(
  ctx: AppContext,
  { actor, reason }: { actor: Actor; reason?: string | undefined },
) {
  const now = ctx.now();
  const due = new Date(now.getTime() + ctx.config.deletionGraceDays * 86_400_000);
  await ctx.db.transaction(async (tx) => {
    await markDeletionRequested(tx, actor.userId, now, due);
    await revokeAllSessionsOfUser(tx, actor.userId, now);
    await recordAudit(
      tx,
      {
        action: 'account.deletion_requested',
        municipalityId: actor.municipalityId,
        actor,
        detail: { reasonGiven: Boolean(reason) },
      },
      now,
    );
  });
  return { scheduledFor: due.toISOString() };
}

/** Erases accounts whose grace period is over. Safe to run on every instance at once. */
export async function purgeDueAccounts(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const due = await findAccountsDueForPurge(ctx.db, now, 100);
  let purged = 0;
  for (const user of due) {
    await ctx.db.transaction(async (tx) => {
      if (!(await deleteAccountDueForPurge(tx, user.id))) return;
      purged++;
      await recordAudit(
        tx,
        {
          action: 'account.purged',
          municipalityId: user.municipalityId,
          target: { type: 'user', id: user.id },
          detail: { role: user.role },
        },
        now,
      );
    });
  }
  return purged;
}
