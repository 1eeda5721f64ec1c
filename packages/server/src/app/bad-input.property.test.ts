import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, errorCodes, type EndpointName } from '@yorisoi/shared';
import { createNetworkAdmin, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { TestClient, pathFor } from '../testing/test-client.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

/**
 * Bad input never causes a 500 and never a partial write: whatever is sent to a public or
 * authenticated endpoint, a refusal is a 4xx with a catalog code and the database is
 * exactly as before.
 */
const t = useTestApp();
const tenant = useTenant(t, 'fuzz');
const clientFor = new Map<EndpointName, TestClient>();

/** Who may legitimately call each endpoint, so that validation, not authorization, is exercised. */
const callerRole: Partial<Record<EndpointName, keyof TenantFixture['people'] | 'network'>> = {
  grantConsent: 'worker',
  updateProfile: 'worker',
  requestDeletion: 'family',
  createOrganization: 'cityStaff',
  updateOrganization: 'cityStaff',
  createEmployerAdmin: 'cityStaff',
  createInviteCode: 'employerAdmin',
  createCareTeamMember: 'supervisor',
  setLicenceVerification: 'supervisor',
  changeCareTeamRole: 'supervisor',
  createMunicipality: 'network',
  listAuditLog: 'supervisor',
  exportAuditLog: 'supervisor',
  enableTotp: 'supervisor',
  verifyTotp: 'supervisor',
  startConsultation: 'worker',
  listMessages: 'worker',
  sendMessage: 'worker',
  closeConsultation: 'coordinator',
  createShift: 'supervisor',
  addNote: 'coordinator',
  transferConsultation: 'supervisor',
  createCannedReply: 'supervisor',
  requestDisclosure: 'supervisor',
  rateConsultation: 'worker',
  chooseNextTimeCoordinator: 'worker',
  updatePublicContacts: 'cityStaff',
  createReferralResource: 'supervisor',
  addReferral: 'coordinator',
  updateReferral: 'coordinator',
  searchReferralTargets: 'coordinator',
  decideDisclosure: 'supervisor',
  listShifts: 'supervisor',
  getCoverage: 'supervisor',
  markRead: 'worker',
  listAvailability: 'coordinator',
  setWeeklyAvailability: 'coordinator',
  addAvailabilityException: 'coordinator',
  listFreeSlots: 'worker',
  bookAppointment: 'worker',
  listAppointments: 'worker',
  cancelAppointment: 'worker',
  rescheduleAppointment: 'worker',
  getIceConfig: 'worker',
  getCurrentCall: 'worker',
  registerPushSubscription: 'worker',
  removePushSubscription: 'family',
  uploadAttachment: 'worker',
  getStatisticsTable: 'cityStaff',
  exportStatisticsTable: 'cityStaff',
  updateStatisticsSettings: 'cityStaff',
  createSurvey: 'cityStaff',
  answerSurvey: 'worker',
  createPractice: 'cityStaff',
  updatePractice: 'cityStaff',
  createReport: 'cityStaff',
};

const withBody = (Object.keys(api) as EndpointName[]).filter(
  (name) => 'body' in api[name] || 'query' in api[name],
);

const arbitraryBody = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.string(), fc.jsonValue()),
  fc.record(
    {
      email: fc.oneof(fc.string(), fc.emailAddress(), fc.integer()),
      password: fc.oneof(fc.string(), fc.constant(null)),
      inviteCode: fc.oneof(fc.string(), fc.constant('AAAA-AAAA'), fc.integer()),
      displayName: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('\u0000bad')),
      name: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()),
      code: fc.oneof(fc.string(), fc.stringMatching(/^\d{1,8}$/)),
      token: fc.string(),
      version: fc.string(),
      confirm: fc.oneof(fc.boolean(), fc.string()),
      role: fc.oneof(fc.constantFrom('network_admin', 'worker', 'supervisor'), fc.string()),
      licenceNumber: fc.string(),
      industry: fc.string(),
      maxUses: fc.oneof(fc.integer(), fc.double(), fc.string()),
    },
    { requiredKeys: [] },
  ),
);

const recordedAuthFailures = new Set([
  'TOTP_INVALID',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'SIGN_IN_THROTTLED',
]);

const arbitraryParam = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constant('../../etc'),
);

beforeAll(async () => {
  const network = await createNetworkAdmin(t.ctx);
  for (const name of withBody) {
    const role = callerRole[name];
    if (!role) {
      clientFor.set(name, new TestClient(t.app));
    } else {
      clientFor.set(name, await signInAs(t, role === 'network' ? network : tenant.people[role]));
    }
  }
});

function expectCatalogRefusal(status: number, body: string) {
  expect(status, body).toBeGreaterThanOrEqual(400);
  expect(status, body).toBeLessThan(500);
  const parsed = JSON.parse(body) as { error: { code: string; requestId: string } };
  expect(errorCodes).toContain(parsed.error.code);
  expect(parsed.error.requestId).toBeTruthy();
}

describe('bad input', () => {
  it.each(withBody)('%s answers any body with a clear 4xx and changes nothing', async (name) => {
    const client = clientFor.get(name)!;
    await fc.assert(
      fc.asyncProperty(arbitraryBody, arbitraryParam, async (body, param) => {
        const before = await snapshotDatabase(t.ctx.db);
        const endpoint = api[name];
        const response = await client.call(name, {
          params: { id: param, codeId: param } as never,
          body: endpoint.method === 'GET' ? undefined : body,
          query:
            endpoint.method === 'GET'
              ? ({ before: JSON.stringify(body) ?? '' } as never)
              : undefined,
        });
        if (response.statusCode === 200) return;
        expectCatalogRefusal(response.statusCode, response.body);
        // A well-formed but wrong password or code is a failed attempt, recorded by design
        // (throttle counters and audit log); everything else must leave no trace.
        if (recordedAuthFailures.has(response.json().error.code)) return;
        expect(await snapshotDatabase(t.ctx.db)).toBe(before);
      }),
      { numRuns: 25 },
    );
  });

  it('answers malformed JSON, wrong content types and oversized bodies without a 500', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const cases = [
      { headers: { 'content-type': 'application/json' }, payload: '{"email": ' },
      { headers: { 'content-type': 'text/plain' }, payload: 'email=x' },
      {
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'x'.repeat(100_000) }),
      },
      { headers: { 'content-type': 'application/json' }, payload: '[]' },
      {
        headers: { 'content-type': 'application/json' },
        payload: '{"__proto__": {"admin": true}}',
      },
    ];
    for (const c of cases) {
      const response = await t.app.inject({
        method: 'POST',
        url: pathFor(api.signIn.path, {}),
        ...c,
      });
      expectCatalogRefusal(response.statusCode, response.body);
    }
    const unknown = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('rolls back a multi-step write that fails half-way', async () => {
    const network = await signInAs(t, await createNetworkAdmin(t.ctx));
    const before = await snapshotDatabase(t.ctx.db);
    // The city staff email is new, the supervisor's is taken: the whole municipality must not appear.
    const response = await network.call('createMunicipality', {
      body: {
        code: '999990',
        name: '途中失敗町',
        prefecture: 'テスト県',
        firstCityStaff: { email: 'fresh-city@example.com', displayName: '市 職員' },
        firstSupervisor: {
          email: tenant.people.worker.email,
          displayName: '統括',
          licenceType: 'nurse',
          licenceNumber: '1234567',
        },
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('EMAIL_TAKEN');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});
