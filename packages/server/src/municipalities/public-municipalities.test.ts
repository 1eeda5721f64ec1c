import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { checkDigitOf, japanTimeOf } from '@yorisoi/shared';
import { startTestApp } from '../testing/test-app.ts';
import { signInAs } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { auditLog, municipalities } from '../platform/db/schema/index.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'public-page');
const other = useTenant(t, 'public-page-other');
let code: string;

const anonymous = () => new TestClient(t.app);
const contacts = [
  { label: '救急・火事', phone: '119', hours: '24時間' },
  {
    label: 'テスト市 保健センター（架空の番号）',
    phone: '099-000-0101',
    hours: '平日 8:30〜17:15',
  },
];

beforeAll(async () => {
  // Fixture codes are random; the public address needs one with a valid check digit.
  const five = String(crypto.randomInt(10000, 48000));
  code = `${five}${checkDigitOf(five)}`;
  await t.ctx.db
    .update(municipalities)
    .set({ code, consortiumName: 'テスト共創コンソーシアム', publicContacts: contacts })
    .where(eq(municipalities.id, tenant.municipalityId));
});

describe('a municipality’s public page', () => {
  it('is found by the same written codes on every public page: six digits, or five', async () => {
    const month = japanTimeOf(t.ctx.now()).date.slice(0, 7);
    for (const written of [code, code.slice(0, 5)]) {
      const page = await anonymous().call('getPublicMunicipality', { params: { code: written } });
      const events = await anonymous().call('listPublicEvents', {
        params: { code: written },
        query: { month },
      });
      const facilities = await anonymous().call('searchChildcareFacilities', {
        params: { code: written },
      });
      expect([page.statusCode, events.statusCode, facilities.statusCode], written).toEqual([
        200, 200, 200,
      ]);
    }
    for (const unknown of ['000000', '99999', 'abc']) {
      for (const name of [
        'getPublicMunicipality',
        'listPublicEvents',
        'searchChildcareFacilities',
      ] as const) {
        const response = await anonymous().call(name, { params: { code: unknown } });
        expect(response.statusCode, `${name} ${unknown}`).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
      }
    }
  });

  it('gives its name, prefecture and published numbers without signing in, and nothing else', async () => {
    const response = await anonymous().call('getPublicMunicipality', { params: { code } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      code,
      name: tenant.municipalityName,
      prefecture: 'テスト県',
      consortiumName: 'テスト共創コンソーシアム',
      contacts,
    });
    // The same municipality by its five digits, as printed in older lists.
    const byFive = await anonymous().ok('getPublicMunicipality', {
      params: { code: code.slice(0, 5) },
    });
    expect(byFive.name).toBe(tenant.municipalityName);
    const list = await anonymous().ok('listPublicMunicipalities');
    const listed = list.items.find((m) => m.code === code);
    expect(listed).toEqual({ code, name: tenant.municipalityName, prefecture: 'テスト県' });
    expect(Object.keys(list.items[0] ?? {}).sort()).toEqual(['code', 'name', 'prefecture']);
  });

  it('answers an unknown or malformed code with the catalog’s errors', async () => {
    const checkDigit = Number(code[5]);
    const wrongCheck = `${code.slice(0, 5)}${(checkDigit + 1) % 10}`;
    for (const unknown of [wrongCheck, '999999']) {
      const response = await anonymous().call('getPublicMunicipality', {
        params: { code: unknown },
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('MUNICIPALITY_CODE_UNKNOWN');
    }
    const malformed = await anonymous().call('getPublicMunicipality', {
      params: { code: 'abc' },
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('is rate-limited per address', async () => {
    const limited = await startTestApp({ PUBLIC_API_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const client = new TestClient(limited.app);
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await client.call('getPublicMunicipality', {
          params: { code: '462187' },
          remoteAddress: '192.0.2.9',
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([404, 404, 429]);
      const elsewhere = await client.call('listPublicMunicipalities', {
        remoteAddress: '192.0.2.10',
      });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('the published numbers', () => {
  it('are replaced by the city staff of that municipality only, audited', async () => {
    const city = await signInAs(t, tenant.people.cityStaff);
    const updated = await city.ok('updatePublicContacts', {
      body: {
        contacts: [{ label: '市役所 代表（架空の番号）', phone: '099-000-0000', hours: null }],
      },
    });
    expect(updated.contacts).toEqual([
      { label: '市役所 代表（架空の番号）', phone: '099-000-0000', hours: null },
    ]);
    const read = await anonymous().ok('getPublicMunicipality', { params: { code } });
    expect(read.contacts).toEqual(updated.contacts);
    expect(await city.ok('getPublicContacts')).toEqual(read);
    const audited = await t.ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.action, 'municipality.contacts_updated'));
    expect(audited.length).toBe(1);

    // Another municipality's city staff change their own page, never this one.
    const foreign = await signInAs(t, other.people.cityStaff);
    await foreign.ok('updatePublicContacts', { body: { contacts: [] } });
    expect((await anonymous().ok('getPublicMunicipality', { params: { code } })).contacts).toEqual(
      updated.contacts,
    );
    for (const person of [tenant.people.worker, tenant.people.supervisor]) {
      const client = await signInAs(t, person);
      const refused = await client.call('updatePublicContacts', { body: { contacts: [] } });
      expect(refused.json().error.code).toBe('FORBIDDEN');
      expect((await client.call('getPublicContacts')).json().error.code).toBe('FORBIDDEN');
    }
    const bad = await city.call('updatePublicContacts', {
      body: { contacts: [{ label: '', phone: 'call me', hours: null }] },
    });
    expect(bad.statusCode).toBe(400);
    expect((await anonymous().ok('getPublicMunicipality', { params: { code } })).contacts).toEqual(
      updated.contacts,
    );
  });
});
