import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, type EndpointName } from '@yorisoi/shared';
import { createNetworkAdmin, signInAs } from '../testing/fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { everyMorning } from '../appointments/appointments-fixtures.ts';
import { pngWithMetadata } from '../testing/file-fixtures.ts';
import { TestClient as ResidentClient } from '../testing/test-client.ts';
import { municipalities } from '../platform/db/schema/index.ts';
import { eq } from 'drizzle-orm';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';
import { projectOpening } from '../testing/work-test-people.ts';

/**
 * A user of one municipality can reach nothing of another: every endpoint of the
 * contract is called by every role of tenant A with tenant B's identifiers, and no
 * response may succeed on B's resources or mention anything of B.
 */
const t = useTestApp();
const a = useTenant(t, 'alpha');
const b = useTenant(t, 'beta');
const clients = new Map<string, TestClient>();
let bSecrets: string[] = [];
let bInviteCodeId = '';
let bConsultationId = '';
let bShiftId = '';
let bAppointmentId = '';
let bExceptionId = '';
let bAttachmentId = '';
let aPhoto = '';
let aCode = '';
let bEventId = '';
let bRegistrationId = '';
let bAllianceId = '';
let bMeasureId = '';
let bMemberId = '';
let bProgrammeId = '';
let bOpeningId = '';

beforeAll(async () => {
  aPhoto = (await pngWithMetadata('alpha')).toString('base64');
  for (const [role, person] of Object.entries(a.people))
    clients.set(role, await signInAs(t, person));
  const bEmployer = await signInAs(t, b.people.employerAdmin);
  const created = await bEmployer.ok('createInviteCode', {
    params: { id: b.organizations[0]!.id },
    body: { label: 'beta only' },
  });
  bInviteCodeId = created.id;
  const bWorker = await signInAs(t, b.people.worker);
  await bWorker.ok('createFamilyCode');
  const started = await bWorker.ok('startConsultation', {
    body: {
      topics: ['childcare'],
      firstMessage: { clientMsgId: crypto.randomUUID(), body: 'beta secret message' },
    },
  });
  bConsultationId = started.consultation.id;
  const bFile = await bWorker.ok('uploadAttachment', {
    params: { id: bConsultationId },
    body: {
      clientUploadId: crypto.randomUUID(),
      mimeType: 'image/png',
      data: (await pngWithMetadata('beta')).toString('base64'),
    },
  });
  bAttachmentId = bFile.id;
  await bWorker.ok('sendMessage', {
    params: { id: bConsultationId },
    body: { clientMsgId: crypto.randomUUID(), body: '', attachmentIds: [bAttachmentId] },
  });
  const bSupervisor = await signInAs(t, b.people.supervisor);
  const shift = await bSupervisor.ok('createShift', {
    body: {
      userId: b.people.coordinator.id,
      kind: 'on_duty',
      startsAt: '2026-12-01T00:00:00.000Z',
      endsAt: '2026-12-01T08:00:00.000Z',
    },
  });
  bShiftId = shift.id;
  const bCoordinator = await signInAs(t, b.people.coordinator);
  await bCoordinator.ok('setWeeklyAvailability', {
    body: { coordinatorId: b.people.coordinator.id, windows: everyMorning },
  });
  const bException = await bCoordinator.ok('addAvailabilityException', {
    body: {
      coordinatorId: b.people.coordinator.id,
      kind: 'block',
      startsAt: '2026-12-24T00:00:00.000Z',
      endsAt: '2026-12-25T00:00:00.000Z',
    },
  });
  bExceptionId = bException.id;
  const bSlots = await bWorker.ok('listFreeSlots', {
    query: { topic: 'childcare', channel: 'chat' },
  });
  const bAppointment = await bWorker.ok('bookAppointment', {
    body: {
      coordinatorId: bSlots.items[0]!.coordinatorId,
      startsAt: bSlots.items[0]!.startsAt,
      channel: 'chat',
      topics: ['childcare'],
    },
  });
  bAppointmentId = bAppointment.id;
  // An event of B with a registration: reachable by A neither as staff nor under A's code.
  const codeOf = async (id: string) =>
    (await t.ctx.db.select().from(municipalities).where(eq(municipalities.id, id)))[0]!.code;
  aCode = await codeOf(a.municipalityId);
  const bCity = await signInAs(t, b.people.cityStaff);
  const bEvent = await bCity.ok('createEvent', { body: eventBody('beta event secret') });
  bEventId = bEvent.id;
  const registered = await new ResidentClient(t.app).ok('registerForEvent', {
    params: { code: await codeOf(b.municipalityId), id: bEventId },
    body: residentBody,
  });
  bRegistrationId = registered.registrationId;
  // A measure of B's mayor.
  const bMeasure = await bCity.ok('createMeasure', {
    body: {
      areaNo: 1,
      areaTitle: 'beta area',
      title: 'beta measure secret',
      text: '',
      ownerSection: 'beta section',
      status: 'in_progress',
    },
  });
  bMeasureId = bMeasure.measure.id;
  // An alliance of B with a member that is B's employer, with a declaration.
  const bAlliance = await bCity.ok('createAlliance', {
    body: { name: 'beta alliance secret', kind: 'ikuboss', foundedOn: '2017-06-01' },
  });
  bAllianceId = bAlliance.alliance.id;
  const bMember = await bCity.ok('addAllianceMember', {
    params: { id: bAllianceId },
    body: {
      organizationId: b.organizations[0]!.id,
      name: b.organizations[0]!.name,
      industry: 'manufacturing',
      sizeBand: '10-29',
      joinedOn: '2018-04-01',
    },
  });
  bMemberId = bMember.id;
  await bEmployer.ok('signAllianceDeclaration', {
    params: { id: bAllianceId, memberId: bMemberId },
    body: { text: 'beta declaration secret', signerName: 'beta signer', isPublic: true },
  });
  // A back-to-work programme of B with an opening: A's public pages and staff see neither.
  const bProgramme = await bCity.ok('createWorkProgramme', {
    body: { name: 'beta programme secret', skillLabels: ['beta skill secret'] },
  });
  bProgrammeId = bProgramme.id;
  const bOpening = await bCity.ok('postWorkOpening', {
    body: openingBody(bProgrammeId, 'beta opening secret', 'beta employer secret'),
  });
  bOpeningId = bOpening.opening.id;
  bSecrets = [
    'beta event secret',
    'beta alliance secret',
    'beta declaration secret',
    'beta measure secret',
    'beta programme secret',
    'beta skill secret',
    'beta opening secret',
    'beta employer secret',
    residentBody.email,
    b.municipalityId,
    b.municipalityName,
    ...b.organizations.flatMap((o) => [o.id, o.name]),
    ...Object.values(b.people).flatMap((p) => [p.id, p.email, p.displayName]),
    created.code,
    'beta secret message',
  ];
});

const bIdsFor = (name: EndpointName): Record<string, string> => {
  const path: string = api[name].path;
  const params: Record<string, string> = {};
  if (path.includes(':id')) {
    params.id = path.startsWith('/api/care-team')
      ? b.people.coordinator.id
      : path.startsWith('/api/me/family-codes')
        ? bInviteCodeId
        : path.startsWith('/api/consultations')
          ? bConsultationId
          : path.startsWith('/api/roster')
            ? bShiftId
            : path.startsWith('/api/appointments')
              ? bAppointmentId
              : path.startsWith('/api/availability')
                ? bExceptionId
                : b.organizations[0]!.id;
  }
  if (path.startsWith('/api/events') || path.startsWith('/api/public/municipalities')) {
    if (path.includes(':id')) params.id = bEventId;
  }
  if (path.includes('/alliances/:id')) params.id = bAllianceId;
  if (path.startsWith('/api/measures/')) params.id = bMeasureId;
  if (path.includes(':memberId')) params.memberId = bMemberId;
  if (path.startsWith('/api/work/programmes') || path.includes('/work/programmes/:id'))
    params.id = bProgrammeId;
  // An opening of B stands for B's openings, profiles and introductions (none is A's).
  if (/^\/api\/work\/(openings|profiles|introductions|me\/introductions)\/:id/.test(path))
    params.id = bOpeningId;
  if (path.includes('/work/openings/:id')) params.id = bOpeningId;
  // Public pages are public: under A's own code, nothing of B may be found.
  if (path.includes(':code')) params.code = aCode;
  if (path.includes(':registrationId')) params.registrationId = bRegistrationId;
  if (path.includes(':codeId')) params.codeId = bInviteCodeId;
  if (path.includes(':attachmentId')) params.attachmentId = bAttachmentId;
  return params;
};

function openingBody(programmeId: string, title: string, employerName: string) {
  return projectOpening(programmeId, {
    title,
    employerName,
    hoursPerWeekMin: 2,
    hoursPerWeekMax: 5,
  });
}

function eventBody(title: string) {
  return {
    kind: 'course',
    title,
    description: '',
    startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 5 * 86_400_000 + 3_600_000).toISOString(),
    placeName: 'beta hall',
    address: null,
    onlineUrl: null,
    childcare: false,
    childcareDetails: null,
    capacity: 5,
    registrationOpensAt: null,
    registrationClosesAt: null,
    target: null,
    fee: null,
    hostFacilityId: null,
    published: true,
  } as const;
}
const residentBody = {
  name: 'beta resident',
  email: 'beta.resident@resident.example',
  phone: '',
  adults: 1,
  children: 0,
  clientRequestId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a13',
};

const sampleBodies: Partial<Record<EndpointName, unknown>> = {
  updateEvent: eventBody('hijacked'),
  recordEventAttendance: { attended: true },
  updateFacilityVacancies: { month: '2026-12', counts: [0, 0, 0, 0, 0, 0], version: null },
  inviteFacilityStaff: { email: 'intruder@example.com', displayName: 'intruder' },
  inviteProgrammeStaff: { email: 'intruder@example.com', displayName: 'intruder' },
  proposeWorkTeam: { size: 2 },
  get updateWorkOpening() {
    return openingBody(bProgrammeId, 'hijacked', 'intruder');
  },
  recordWorkIntroductionStep: { step: 'interview' },
  recordWorkFollowUp: { months: 1, working: true },
  recordWorkHearing: { heldOn: '2026-01-01', wishes: 'intruder' },
  answerWorkIntroduction: { accept: true },
  recordStaffShortage: {
    programmeId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a15',
    month: '2099-12',
    staffShort: 2,
  },
  postNurseryOpening: {
    programmeId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a15',
    kind: 'job',
    employmentType: 'part_time',
    title: 'intruder',
    description: '',
    deliverable: null,
    teamSize: null,
    periodStart: null,
    periodEnd: null,
    hoursPerWeekMin: 2,
    hoursPerWeekMax: 5,
    schedule: [],
    workMode: 'onsite',
    startsOn: null,
    childcareProvided: false,
    pay: null,
    validThrough: null,
    requiredSkillIds: [],
    niceSkillIds: [],
    keywords: [],
    requiredQualifications: [],
    niceQualifications: [],
  },
  requestParticipantSignUp: {
    email: 'intruder@example.com',
    password: 'a long enough password',
    displayName: 'intruder',
  },
  registerForEvent: { ...residentBody, clientRequestId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a14' },
  lookupEventRegistration: { token: 'a-made-up-token-of-enough-length-000' },
  cancelEventRegistration: { token: 'a-made-up-token-of-enough-length-000' },
  uploadAttachment: {
    clientUploadId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a12',
    mimeType: 'image/png',
    get data() {
      return aPhoto;
    },
  },
  updateOrganization: { name: 'hijacked' },
  addAllianceMember: {
    organizationId: null,
    name: 'intruder',
    industry: 'manufacturing',
    sizeBand: '1-9',
    joinedOn: '2020-01-01',
  },
  removeAllianceMember: { leftOn: '2020-01-01' },
  recordAllianceAward: { title: 'intruder', awardedOn: '2020-01-01' },
  updateAllianceEntry: { area: 'hijacked' },
  signAllianceDeclaration: { text: 'intruder', signerName: 'intruder', isPublic: true },
  createEmployerAdmin: { email: 'intruder@example.com', displayName: 'intruder' },
  createInviteCode: { label: 'intruder' },
  setLicenceVerification: { verification: 'rejected' },
  changeCareTeamRole: { role: 'supervisor' },
  sendMessage: { clientMsgId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a11', body: 'intruder' },
  sendPoolMessage: { clientMsgId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a11', body: 'intruder' },
  handOverPoolCase: { summary: 'intruder' },
  get leavePoolAgreement() {
    return { municipalityId: b.municipalityId };
  },
  markRead: { readSeq: 1 },
  addNote: { body: 'intruder note' },
  requestDisclosure: { reason: 'intruder wants to know who this person is, urgently' },
  decideDisclosure: { approve: true },
  rateConsultation: { score: 1 },
  chooseNextTimeCoordinator: { sameCoordinator: false },
  addReferral: {
    get target() {
      return { kind: 'event', id: bEventId };
    },
  },
  updateReferral: { status: 'closed' },
  answerSurvey: { answers: [{ likert: 3 }] },
  updatePractice: { topic: 'other', title: 'intruder', summary: 'x', sourceNote: 'x' },
  approveReport: { revision: 1 },
  returnReport: { revision: 1, comment: 'intruder' },
  updateReportDraft: {
    revision: 1,
    title: 'intruder',
    summary: '',
    findings: [],
    proposals: [],
    ownText: '',
    nationalFigures: [],
  },
  transferConsultation: {
    coordinatorId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a11',
    handoverNote: 'x',
  },
  cancelAppointment: { reason: 'intruder' },
  updateMeasure: { status: 'achieved' },
  placeLegalHold: { reason: 'intruder' },
  saveMyStressCheck: { department: null, answers: { A1: 1 }, complete: false },
  sendQuestionnaire: { kind: 'k6' },
  answerQuestionnaire: { kind: 'k6', requestId: null, language: 'ja', answers: { '1': 0 } },
  moveRecruit: { stage: 'interview' },
  verifyRecruitLicence: {},
  // A's own public form: it registers in A, and B is never named.
  registerRecruitInterest: {
    name: 'intruder',
    email: 'intruder@example.com',
    phone: '090-0000-0000',
    licenceType: 'nurse',
    licenceNumber: '123456',
    yearsSincePractice: 1,
    availability: [{ weekday: 6, from: '20:00', to: '24:00' }],
    hoursPerWeekMin: 2,
    hoursPerWeekMax: 4,
    remoteOk: true,
    onsiteOk: false,
    childcareNeed: 'none',
    contactConsent: true,
    clientRequestId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a16',
  },
  addMeasureIndicator: { label: 'x', value: 1, unit: '', asOf: '2024-01-01', source: 'x' },
  scheduleCheckIn: { dueAt: '2026-12-20T01:00:00.000Z', coordinatorId: null },
  rescheduleCheckIn: { dueAt: '2026-12-20T01:00:00.000Z', coordinatorId: null },
  completeCheckIn: { clientMsgId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a15', body: 'intruder' },
  requestCloseApproval: { reason: 'intruder' },
  decideCloseApproval: { decision: 'approved', comment: 'intruder' },
  rescheduleAppointment: { startsAt: '2026-12-01T01:00:00.000Z', reason: 'intruder' },
  closeConsultation: {
    coding: {
      topics: ['other'],
      lifeEvents: [],
      severity: 'low',
      outcome: 'advice_given',
      referrals: [],
    },
  },
};

/** Public pages and forms under a municipality code: under A’s own code they answer for A. */
const publicListingsOfA: ReadonlySet<EndpointName> = new Set([
  'listPublicEvents',
  'listPublicAlliances',
  'getPublicMeasures',
  'getRecruitingPage',
  'registerRecruitInterest',
  'searchChildcareFacilities',
  'getPublicMunicipality',
  'listPublicWorkProgrammes',
  'listPublicWorkOpenings',
]);

describe('tenant isolation', () => {
  const endpointsWithIds = (Object.keys(api) as EndpointName[]).filter((name) =>
    api[name].path.includes(':'),
  );

  it.each(endpointsWithIds)(
    '%s refuses tenant B identifiers for every role of tenant A',
    async (name) => {
      for (const [role, client] of clients) {
        const response = await client.call(name, {
          params: bIdsFor(name) as never,
          body: sampleBodies[name],
        });
        // A public listing under A's own code answers with A's list; B's secrets are checked below.
        const allowed = publicListingsOfA.has(name) ? [200] : [403, 404];
        expect(allowed, `${role} → ${name}: ${response.body}`).toContain(response.statusCode);
        for (const secret of bSecrets) expect(response.body).not.toContain(secret);
      }
    },
  );

  it.each(
    (Object.keys(api) as EndpointName[]).filter(
      // Which municipalities a server serves is public by design: their names, nothing else.
      (n) =>
        api[n].method === 'GET' && !api[n].path.includes(':') && n !== 'listPublicMunicipalities',
    ),
  )('%s shows nothing of tenant B to any role of tenant A', async (name) => {
    for (const [, client] of clients) {
      const response = await client.call(name);
      for (const secret of bSecrets) expect(response.body).not.toContain(secret);
    }
  });

  it('leaves tenant B unchanged', async () => {
    const bCity = await signInAs(t, b.people.cityStaff);
    const orgs = await bCity.ok('listOrganizations');
    expect(orgs.items.map((o) => o.name).sort()).toEqual(b.organizations.map((o) => o.name).sort());
    const bSupervisor = await signInAs(t, b.people.supervisor);
    const team = await bSupervisor.ok('listCareTeam');
    expect(team.items.find((m) => m.id === b.people.coordinator.id)).toMatchObject({
      role: 'coordinator',
      licence: { verification: 'verified' },
    });
    const bEmployer = await signInAs(t, b.people.employerAdmin);
    const codes = await bEmployer.ok('listInviteCodes', { params: { id: b.organizations[0]!.id } });
    expect(codes.items.find((c) => c.id === bInviteCodeId)?.revokedAt).toBeNull();
    const bWorker = await signInAs(t, b.people.worker);
    const page = await bWorker.ok('listMessages', { params: { id: bConsultationId } });
    expect(page.items.map((m) => m.body)).toEqual(['beta secret message', '']);
    expect(page.items[1]?.attachments.map((a) => a.id)).toEqual([bAttachmentId]);
    expect(page.lastSeq).toBe(2);
    expect(
      (await bWorker.call('downloadAttachment', { params: bIdsFor('downloadAttachment') as never }))
        .statusCode,
    ).toBe(200);
    const bAppointments = await bWorker.ok('listAppointments', { query: {} });
    expect(bAppointments.items.find((x) => x.id === bAppointmentId)?.status).toBe('booked');
    const bAlliance = await bCity.ok('getAlliance', { params: { id: bAllianceId } });
    expect(bAlliance.members).toEqual([
      expect.objectContaining({
        id: bMemberId,
        area: '',
        leftOn: null,
        awards: [],
        declaration: expect.objectContaining({ text: 'beta declaration secret' }),
      }),
    ]);
  });

  it('gives the network admin counts per municipality, never people', async () => {
    const network = await signInAs(t, await createNetworkAdmin(t.ctx));
    const list = await network.ok('listMunicipalities');
    expect(list.items.map((m) => m.id)).toEqual(
      expect.arrayContaining([a.municipalityId, b.municipalityId]),
    );
    const body = JSON.stringify(list);
    for (const person of Object.values(b.people)) expect(body).not.toContain(person.email);
    expect((await network.call('listOrganizations')).statusCode).toBe(403);
    expect((await network.call('listCareTeam')).statusCode).toBe(403);
  });
});
