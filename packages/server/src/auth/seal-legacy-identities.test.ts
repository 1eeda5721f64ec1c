import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixturePassword } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { queryRows } from '../platform/db/database.ts';
import { hashPassword } from './password.ts';
import { sealLegacyIdentities } from './seal-legacy-identities.ts';
import { findUserByEmail } from './users.repository.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'legacy');

describe('the post-step of migration 0039', () => {
  it('seals rows written before it, empties their plaintext, and they sign in as before', async () => {
    const email = 'written.before@example.com';
    const passwordHash = await hashPassword(fixturePassword);
    // A row as the schema before 0039 wrote it: plaintext, no seal, no index.
    await t.ctx.db.execute(sql`
      insert into users (municipality_id, organization_id, role, email, password_hash,
                         display_name, nickname, birth_year, status)
      values (${tenant.municipalityId}, ${tenant.organizations[0]!.id}, 'worker', ${email},
              ${passwordHash}, '旧形式 太郎', 'たろう', 1980, 'active')`);

    expect(await sealLegacyIdentities(t.ctx)).toBe(1);
    expect(await sealLegacyIdentities(t.ctx)).toBe(0);

    const [row] = await queryRows<Record<string, unknown>>(
      t.ctx.db,
      sql`select * from users where identity_sealed is not null and nickname is null
          and email is null and display_name is null and birth_year is null
          and id = (select id from users order by created_at desc limit 1)`,
    );
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain('旧形式');
    expect(JSON.stringify(row)).not.toContain(email);
    const [left] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from users
          where email is not null or display_name is not null or identity_sealed is null`,
    );
    expect(left?.n).toBe(0);

    const found = await findUserByEmail(t.ctx.db, t.ctx, ' Written.Before@example.com ');
    expect(found).toMatchObject({
      email,
      displayName: '旧形式 太郎',
      nickname: 'たろう',
      birthYear: 1980,
    });
    const session = await new TestClient(t.app).ok('signIn', {
      body: { email, password: fixturePassword },
    });
    expect(session.user?.displayName).toBe('旧形式 太郎');
  });
});
