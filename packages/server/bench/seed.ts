import crypto from 'node:crypto';
import { currentConsentText } from '@yorisoi/shared';
import type { Db } from '../src/platform/db/database.ts';
import type { Keyring } from '../src/platform/crypto/keyring.ts';
import { sealField } from '../src/platform/crypto/sealed-field.ts';
import { hashPassword } from '../src/auth/password.ts';
import { newTotpSecret } from '../src/auth/totp.ts';
import { sealedUserValues } from '../src/auth/users.repository.ts';
import {
  consentRecords,
  coordinatorLicences,
  municipalities,
  organizations,
  users,
} from '../src/platform/db/schema/index.ts';

export const benchPassword = 'bench password for the chat benchmark';

export interface BenchPerson {
  id: string;
  email: string;
  totpSecret: string | null;
}

export interface BenchTenant {
  municipalityId: string;
  workers: BenchPerson[];
  coordinators: BenchPerson[];
}

const chunkSize = 200;

export async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize));
}

/**
 * One municipality, one employer, `workers` workers who consented, and `coordinators`
 * coordinators with verified licences and TOTP enabled, written directly (as the test
 * fixtures do) because signing up 1,000 people through the API would dominate the run.
 * One argon2 hash serves every account: hashing is deliberately slow.
 */
export async function seedTenant(
  db: Db,
  keyring: Keyring,
  counts: { workers: number; coordinators: number },
  /** The server's IDENTITY_INDEX_KEY: sign-in finds an address by this key's index. */
  identityIndexKey: Buffer<ArrayBuffer> | null = null,
  /** Tells apart the addresses of several tenants seeded into one database. */
  emailPrefix = '',
): Promise<BenchTenant> {
  const passwordHash = await hashPassword(benchPassword);
  const [municipality] = await db
    .insert(municipalities)
    .values({
      code: String(crypto.randomInt(100000, 999999)),
      name: 'ベンチ市',
      prefecture: 'テスト県',
    })
    .returning();
  if (!municipality) throw new Error('seed: municipality');
  const [employer] = await db
    .insert(organizations)
    .values({
      municipalityId: municipality.id,
      name: 'ベンチ商事',
      industry: 'manufacturing',
      sizeBand: '300+',
    })
    .returning();
  if (!employer) throw new Error('seed: employer');

  const person = (role: 'worker' | 'coordinator', index: number) => {
    const id = crypto.randomUUID();
    const totpSecret = role === 'coordinator' ? newTotpSecret() : null;
    const email = `${emailPrefix}${role}-${index}@bench.yorisoi.example`;
    const row = {
      id,
      municipalityId: municipality.id,
      organizationId: role === 'worker' ? employer.id : null,
      role,
      email,
      displayName: `${role} ${index}`,
      passwordHash,
      status: 'active',
      totpSecretSealed: totpSecret
        ? sealField(keyring, totpSecret, `users.totp_secret:${id}`)
        : null,
      totpEnabledAt: totpSecret ? new Date() : null,
    };
    return { row, person: { id, email, totpSecret } };
  };
  const workers = Array.from({ length: counts.workers }, (_, i) => person('worker', i));
  const coordinators = Array.from({ length: counts.coordinators }, (_, i) =>
    person('coordinator', i),
  );
  await insertChunked([...workers, ...coordinators], (chunk) =>
    db
      .insert(users)
      .values(chunk.map((p) => sealedUserValues({ config: { identityIndexKey }, keyring }, p.row))),
  );
  await insertChunked(coordinators, (chunk) =>
    db.insert(coordinatorLicences).values(
      chunk.map((c, i) => ({
        userId: c.person.id,
        municipalityId: municipality.id,
        licenceType: 'nurse',
        licenceNumber: String(1_000_000 + i),
        verification: 'verified',
      })),
    ),
  );
  const version = currentConsentText().version;
  await insertChunked(workers, (chunk) =>
    db.insert(consentRecords).values(
      chunk.map((w) => ({
        municipalityId: municipality.id,
        userId: w.person.id,
        version,
        action: 'granted',
      })),
    ),
  );
  return {
    municipalityId: municipality.id,
    workers: workers.map((w) => w.person),
    coordinators: coordinators.map((c) => c.person),
  };
}
