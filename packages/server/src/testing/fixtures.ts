import crypto from 'node:crypto';
import { checkDigitOf, currentConsentText, isStaffRole, type Role } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { sealedUserValues } from '../auth/users.repository.ts';
import {
  consentRecords,
  coordinatorLicences,
  inviteCodes,
  municipalities,
  organizations,
  users,
} from '../platform/db/schema/index.ts';
import { sealField } from '../platform/crypto/sealed-field.ts';
import { hashPassword } from '../auth/password.ts';
import { currentTotp, newTotpSecret } from '../auth/totp.ts';
import type { TestApp } from './test-app.ts';
import { TestClient } from './test-client.ts';

export const fixturePassword = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

export interface FixturePerson {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  totpSecret: string | null;
}

export interface TenantFixture {
  municipalityId: string;
  municipalityName: string;
  organizations: { id: string; name: string }[];
  inviteCode: string;
  people: Record<
    'worker' | 'family' | 'coordinator' | 'supervisor' | 'employerAdmin' | 'cityStaff',
    FixturePerson
  >;
}

const uniq = () => crypto.randomBytes(4).toString('hex');

export async function addPerson(
  ctx: AppContext,
  values: {
    municipalityId: string | null;
    organizationId?: string | null;
    role: Role;
    label: string;
  },
): Promise<FixturePerson> {
  passwordHash ??= hashPassword(fixturePassword);
  const staff = isStaffRole(values.role);
  const secret = staff ? newTotpSecret() : null;
  const email = `${values.label}-${uniq()}@test.yorisoi.example`;
  const displayName = `${values.label} ${uniq()}`;
  const id = crypto.randomUUID();
  await ctx.db.insert(users).values(
    sealedUserValues(ctx, {
      id,
      municipalityId: values.municipalityId,
      organizationId: values.organizationId ?? null,
      role: values.role,
      email,
      displayName,
      passwordHash: await passwordHash,
      status: 'active',
      totpSecretSealed: secret ? sealField(ctx.keyring, secret, `users.totp_secret:${id}`) : null,
      totpEnabledAt: secret ? new Date() : null,
    }),
  );
  return { id, email, role: values.role, displayName, totpSecret: secret };
}

/** A code with a valid check digit, so public pages find the municipality under it. */
function randomLocalGovernmentCode(): string {
  const five = String(crypto.randomInt(10000, 48000)).padStart(5, '0');
  return `${five}${checkDigitOf(five)}`;
}

/** A municipality with two employers and one person of every tenant role, ready to sign in. */
export async function createTenant(ctx: AppContext, label = 'tenant'): Promise<TenantFixture> {
  const suffix = uniq();
  const [municipality] = await ctx.db
    .insert(municipalities)
    .values({
      code: randomLocalGovernmentCode(),
      name: `${label}市${suffix}`,
      prefecture: 'テスト県',
    })
    .returning();
  if (!municipality) throw new Error('fixture municipality');
  const orgs = await ctx.db
    .insert(organizations)
    .values(
      [1, 2].map((n) => ({
        municipalityId: municipality.id,
        name: `${label}商事${n}-${suffix}`,
        industry: 'manufacturing',
        sizeBand: '10-29',
      })),
    )
    .returning();
  const [first] = orgs;
  if (!first) throw new Error('fixture organizations');
  const inviteCode = Array.from(
    { length: 8 },
    () => '34679ACDEFGHJKMNPQRTUVWXY'[crypto.randomInt(25)],
  ).join('');
  await ctx.db.insert(inviteCodes).values({
    municipalityId: municipality.id,
    organizationId: first.id,
    kind: 'worker',
    code: inviteCode,
  });
  const m = municipality.id;
  const people = {
    worker: await addPerson(ctx, {
      municipalityId: m,
      organizationId: first.id,
      role: 'worker',
      label: `${label}-worker`,
    }),
    family: await addPerson(ctx, {
      municipalityId: m,
      organizationId: first.id,
      role: 'family',
      label: `${label}-family`,
    }),
    coordinator: await addPerson(ctx, {
      municipalityId: m,
      role: 'coordinator',
      label: `${label}-coordinator`,
    }),
    supervisor: await addPerson(ctx, {
      municipalityId: m,
      role: 'supervisor',
      label: `${label}-supervisor`,
    }),
    employerAdmin: await addPerson(ctx, {
      municipalityId: m,
      organizationId: first.id,
      role: 'employer_admin',
      label: `${label}-employer`,
    }),
    cityStaff: await addPerson(ctx, {
      municipalityId: m,
      role: 'city_staff',
      label: `${label}-city`,
    }),
  };
  await ctx.db.insert(coordinatorLicences).values([
    {
      userId: people.coordinator.id,
      municipalityId: m,
      licenceType: 'nurse',
      licenceNumber: '1234567',
      verification: 'verified',
    },
    {
      userId: people.supervisor.id,
      municipalityId: m,
      licenceType: 'public_health_nurse',
      licenceNumber: '7654321',
      verification: 'verified',
    },
  ]);
  for (const person of [people.worker, people.family]) {
    await ctx.db.insert(consentRecords).values({
      municipalityId: m,
      userId: person.id,
      version: currentConsentText().version,
      action: 'granted',
    });
  }
  return {
    municipalityId: m,
    municipalityName: municipality.name,
    organizations: orgs.map((o) => ({ id: o.id, name: o.name })),
    inviteCode,
    people,
  };
}

export async function createNetworkAdmin(ctx: AppContext): Promise<FixturePerson> {
  return addPerson(ctx, { municipalityId: null, role: 'network_admin', label: 'network' });
}

/** Signs in through the API, passing the second factor for staff. */
export async function signInAs(testApp: TestApp, person: FixturePerson): Promise<TestClient> {
  const client = new TestClient(testApp.app);
  await client.ok('signIn', { body: { email: person.email, password: fixturePassword } });
  if (person.totpSecret) {
    // Each sign-in needs a fresh TOTP step: a code is never accepted twice.
    testApp.clock.advance(31_000);
    await client.ok('verifyTotp', {
      body: { code: currentTotp(person.totpSecret, testApp.ctx.now()) },
    });
  }
  return client;
}
