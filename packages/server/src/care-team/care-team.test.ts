import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'care');

describe('care team', () => {
  it('creates a coordinator with a pending licence that a supervisor then verifies', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const invitation = await supervisor.ok('createCareTeamMember', {
      body: {
        email: 'midwife@example.com',
        displayName: '助産 花子',
        role: 'coordinator',
        licenceType: 'midwife',
        licenceNumber: '3456789',
      },
    });
    const team = await supervisor.ok('listCareTeam');
    expect(team.items.find((m) => m.id === invitation.userId)).toMatchObject({
      status: 'invited',
      mfaEnrolled: false,
      licence: { type: 'midwife', number: '3456789', verification: 'pending' },
    });
    const verified = await supervisor.ok('setLicenceVerification', {
      params: { id: invitation.userId },
      body: { verification: 'verified' },
    });
    expect(verified.licence).toMatchObject({ verification: 'verified' });
    expect(verified.licence?.verifiedAt).toBeTruthy();
  });

  it('refuses a licence number that is not digits, and a supervisor verifying themselves', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const bad = await supervisor.call('createCareTeamMember', {
      body: {
        email: 'x@example.com',
        displayName: 'x',
        role: 'coordinator',
        licenceType: 'nurse',
        licenceNumber: '12-34',
      },
    });
    expect(bad.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [expect.objectContaining({ path: 'body.licenceNumber' })],
    });
    const self = await supervisor.call('setLicenceVerification', {
      params: { id: tenant.people.supervisor.id },
      body: { verification: 'verified' },
    });
    expect(self.statusCode).toBe(403);
  });

  it('is closed to coordinators, employers and city staff', async () => {
    for (const person of [
      tenant.people.coordinator,
      tenant.people.employerAdmin,
      tenant.people.cityStaff,
    ]) {
      const client = await signInAs(t, person);
      expect((await client.call('listCareTeam')).statusCode).toBe(403);
    }
  });
});

describe('organizations', () => {
  it('lets city staff register employers and invite their admins', async () => {
    const city = await signInAs(t, tenant.people.cityStaff);
    const created = await city.ok('createOrganization', {
      body: {
        name: '株式会社テスト精密',
        industry: 'manufacturing',
        sizeBand: '30-99',
        ikubossDeclared: true,
      },
    });
    expect(created).toMatchObject({ consortiumMember: true, ikubossDeclared: true });
    const updated = await city.ok('updateOrganization', {
      params: { id: created.id },
      body: { consortiumMember: false },
    });
    expect(updated.consortiumMember).toBe(false);
    const invitation = await city.ok('createEmployerAdmin', {
      params: { id: created.id },
      body: { email: 'hr@seimitsu.example', displayName: '人事 担当' },
    });
    expect(invitation.role).toBe('employer_admin');
    expect(
      (await city.ok('listEmployerAdmins', { params: { id: created.id } })).items,
    ).toHaveLength(1);
    expect((await city.ok('getEnrolment', { params: { id: created.id } })).workers).toBe(0);
  });

  it('does not let employer admins or workers register employers', async () => {
    for (const person of [tenant.people.employerAdmin, tenant.people.worker]) {
      const client = await signInAs(t, person);
      const response = await client.call('createOrganization', {
        body: { name: 'x', industry: 'manufacturing', sizeBand: '1-9' },
      });
      expect(response.statusCode).toBe(403);
    }
  });
});
