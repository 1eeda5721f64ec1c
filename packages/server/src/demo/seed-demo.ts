import { count, sql } from 'drizzle-orm';
import { currentConsentText } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { sealedUserValues } from '../auth/users.repository.ts';
import {
  cannedReplies,
  consentRecords,
  coordinatorLicences,
  familyLinks,
  inviteCodes,
  municipalities,
  organizations,
  referralResources,
  shifts,
  users,
} from '../platform/db/schema/index.ts';
import { hashPassword } from '../auth/password.ts';
import { replaceWeeklyWindows } from '../appointments/availability.repository.ts';
import { demoAvailability } from './demo-availability.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  demoCannedReplies,
  demoMunicipalities,
  demoOrganizations,
  demoPassword,
  demoPeople,
  demoReferralResources,
  demoShifts,
} from './demo-data.ts';
import { seedDemoStatistics } from './demo-statistics.ts';
import { seedDemoHistory } from './demo-history.ts';
import { seedDemoChildcare } from './demo-childcare.ts';

import { seedDemoVoice } from './seed-demo-voice.ts';
import { seedDemoWork } from './demo-work.ts';
import { seedDemoJobCentre } from './demo-job-centre.ts';
import { seedDemoStressCheck } from './demo-stress-check.ts';
import { seedDemoCareRecruits } from './demo-care-recruits.ts';
import { seedDemoEvents } from './demo-events.ts';
import { seedDemoAlliances } from './demo-alliances.ts';
import { seedDemoMeasures } from './demo-measures.ts';
import { seedDemoPool } from './demo-pool.ts';
import { seedDemoLine } from './demo-line.ts';

const demoSeedLockKey = 5_020_117_346;

/** Seeds the demo network into an empty database. Returns false if there was data already. */
export async function seedDemo(ctx: AppContext): Promise<boolean> {
  const passwordHash = await hashPassword(demoPassword);
  const seeded = await ctx.db.transaction(async (tx) => {
    // Instances starting together on one server: one seeds, the others find it done.
    await tx.execute(sql`select pg_advisory_xact_lock(${demoSeedLockKey})`);
    const [existing] = await tx.select({ n: count() }).from(municipalities);
    if ((existing?.n ?? 0) > 0) return false;
    const municipalityIds = new Map<string, string>();
    for (const m of demoMunicipalities) {
      const [row] = await tx
        .insert(municipalities)
        .values({ ...m, publicContacts: m.publicContacts.map((c) => ({ ...c })) })
        .returning();
      if (row) municipalityIds.set(m.code, row.id);
    }
    const organizationIds = new Map<string, { id: string; municipalityId: string }>();
    for (const o of demoOrganizations) {
      const municipalityId = municipalityIds.get(o.municipalityCode)!;
      const { municipalityCode: _code, inviteCode, ...values } = o;
      const [row] = await tx
        .insert(organizations)
        .values({ ...values, municipalityId })
        .returning();
      if (!row) continue;
      organizationIds.set(o.name, { id: row.id, municipalityId });
      if (inviteCode) {
        await tx.insert(inviteCodes).values({
          municipalityId,
          organizationId: row.id,
          kind: 'worker',
          code: inviteCode,
          label: '全社員向け（デモ）',
        });
      }
    }
    const userIds = new Map<string, string>();
    for (const p of demoPeople) {
      const municipalityId = p.municipalityCode ? municipalityIds.get(p.municipalityCode)! : null;
      const organizationId = p.organizationName
        ? (organizationIds.get(p.organizationName)?.id ?? null)
        : null;
      const [user] = await tx
        .insert(users)
        .values(
          sealedUserValues(ctx, {
            municipalityId,
            organizationId,
            role: p.role,
            email: p.email,
            passwordHash,
            displayName: p.displayName,
            nickname: p.nickname ?? null,
            birthYear: p.birthYear ?? null,
            status: 'active',
          }),
        )
        .returning();
      if (!user) continue;
      userIds.set(p.email, user.id);
      if (p.licence && municipalityId) {
        await tx.insert(coordinatorLicences).values({
          userId: user.id,
          municipalityId,
          licenceType: p.licence.type,
          licenceNumber: p.licence.number,
          verification: p.licence.verified ? 'verified' : 'pending',
          verifiedAt: p.licence.verified ? ctx.now() : null,
        });
      }
      if (p.consented && municipalityId) {
        await tx.insert(consentRecords).values({
          municipalityId,
          userId: user.id,
          version: currentConsentText().version,
          action: 'granted',
        });
      }
      await recordAudit(tx, {
        action: 'role.assigned',
        municipalityId,
        target: { type: 'user', id: user.id },
        detail: { role: p.role, source: 'demo-seed' },
      });
    }
    const supervisorId = userIds.get(demoPeople.find((p) => p.role === 'supervisor')!.email)!;
    await tx.insert(cannedReplies).values(
      demoCannedReplies.map((reply) => ({
        ...reply,
        municipalityId: municipalityIds.get('462187')!,
        createdBy: supervisorId,
      })),
    );
    await tx.insert(referralResources).values(
      demoReferralResources.map((resource) => ({
        ...resource,
        municipalityId: municipalityIds.get('462187')!,
      })),
    );
    await tx.insert(shifts).values(
      demoShifts(ctx.now()).map((shift) => ({
        municipalityId: municipalityIds.get('462187')!,
        userId: userIds.get(shift.email)!,
        kind: shift.kind,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
        createdBy: userIds.get(shift.email)!,
      })),
    );
    for (const { email, windows } of demoAvailability) {
      await replaceWeeklyWindows(tx, municipalityIds.get('462187')!, userIds.get(email)!, windows);
    }
    const family = demoPeople.find((p) => p.role === 'family');
    const worker = demoPeople.find(
      (p) => p.role === 'worker' && p.organizationName === family?.organizationName,
    );
    if (family && worker) {
      await tx.insert(familyLinks).values({
        familyUserId: userIds.get(family.email)!,
        workerUserId: userIds.get(worker.email)!,
        municipalityId: municipalityIds.get(family.municipalityCode!)!,
      });
    }
    const hioki = municipalityIds.get('462187')!;
    await seedDemoStatistics(
      ctx,
      tx,
      hioki,
      demoOrganizations
        .filter((o) => o.municipalityCode === '462187')
        .map((o) => ({ ...o, id: organizationIds.get(o.name)!.id })),
    );
    await seedDemoHistory(ctx, tx, hioki);
    await seedDemoChildcare(ctx, tx, {
      hioki,
      kagoshima: municipalityIds.get('462012')!,
      facilityStaffUserId:
        userIds.get(demoPeople.find((p) => p.role === 'facility_staff')!.email) ?? null,
    });
    return true;
  });
  if (seeded) {
    await seedDemoVoice(ctx);
    await seedDemoEvents(ctx);
    await seedDemoAlliances(ctx);
    await seedDemoMeasures(ctx);
    await seedDemoWork(ctx);
    await seedDemoJobCentre(ctx);
    await seedDemoPool(ctx);
    await seedDemoStressCheck(ctx);
    await seedDemoLine(ctx);
    await seedDemoCareRecruits(ctx);
  }
  return seeded;
}
