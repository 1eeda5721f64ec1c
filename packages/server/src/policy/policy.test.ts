import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '@yorisoi/shared';
import { can, isCareTeam, rules, tenantScope, type Action } from './policy.ts';
import {
  appointmentsVisibleTo,
  availabilityVisibleTo,
  heldConsultationsVisibleTo,
  myConsultationsOf,
  ratingsVisibleTo,
  staffFacilitiesVisibleTo,
  isSurveyRespondent,
  surveyListedFor,
  surveyRespondentsVisibleTo,
} from './visibility.ts';
import type { Actor } from './actor.ts';

const actions = Object.keys(rules) as Action[];
/**
 * Actions of the network rather than of one municipality: the secretariat's (no
 * municipality) and the night pool's case, which is another member's consultation by
 * design. Each has its own test below instead of the tenant property.
 */
const networkActions: readonly Action[] = [
  'municipality.manage',
  'pool.agreement',
  'pool.coverage',
  'pool.case',
];
const tenantActions = actions.filter((a) => !networkActions.includes(a));

const actor = fc.record({
  userId: fc.uuid(),
  sessionId: fc.uuid(),
  role: fc.constantFrom(...roles),
  municipalityId: fc.option(fc.uuid(), { nil: null }),
  organizationId: fc.option(fc.uuid(), { nil: null }),
  locale: fc.constantFrom('ja' as const, 'en' as const),
  mfaSatisfied: fc.boolean(),
}) satisfies fc.Arbitrary<Actor>;

describe('authorization rules', () => {
  it('never allow a tenant action on another municipality’s resource, whoever asks', () => {
    fc.assert(
      fc.property(
        actor,
        fc.constantFrom(...tenantActions),
        fc.uuid(),
        fc.boolean(),
        (a, action, otherMunicipality, authored) => {
          fc.pre(otherMunicipality !== a.municipalityId);
          // Every other condition of every rule holds: only the tenant is wrong.
          const resource = {
            municipalityId: otherMunicipality,
            organizationId: a.organizationId,
            ownerId: a.userId,
            assigneeId: a.userId,
            participantIds: [a.userId],
            callPartyIds: [a.userId],
            facilityStaffIds: [a.userId],
            programmeStaffIds: [a.userId],
            authorId: authored ? a.userId : null,
            published: true,
          };
          expect(can(a, action, resource)).toBe(false);
        },
      ),
    );
  });

  it('never allow a tenant action to a network admin, who has no municipality', () => {
    fc.assert(
      fc.property(actor, fc.constantFrom(...tenantActions), (a, action) => {
        const networkAdmin = { ...a, role: 'network_admin' as const, municipalityId: null };
        expect(
          can(networkAdmin, action, {
            municipalityId: null,
            ownerId: a.userId,
            organizationId: a.organizationId,
          }),
        ).toBe(false);
      }),
    );
  });

  it('lets only the coordinator holding a pool case reach it, and tenant staff only their own coverage', () => {
    fc.assert(
      fc.property(actor, fc.uuid(), fc.uuid(), (a, assignee, otherMunicipality) => {
        fc.pre(assignee !== a.userId && otherMunicipality !== a.municipalityId);
        const held = { municipalityId: otherMunicipality, assigneeId: assignee };
        expect(can(a, 'pool.case', held)).toBe(false);
        if (a.municipalityId !== null) {
          expect(can(a, 'pool.coverage', { municipalityId: otherMunicipality })).toBe(false);
          expect(can(a, 'pool.agreement', { municipalityId: otherMunicipality })).toBe(false);
        }
      }),
    );
  });

  it.each([
    ['employer_admin', 'organization.readEnrolment', true],
    ['city_staff', 'organization.readEnrolment', true],
    ['worker', 'organization.readEnrolment', false],
    ['coordinator', 'careTeam.read', false],
    ['supervisor', 'careTeam.read', true],
    ['employer_admin', 'careTeam.read', false],
    ['city_staff', 'inviteCode.manage', false],
    ['employer_admin', 'inviteCode.manage', true],
    ['worker', 'familyCode.manage', true],
    ['family', 'familyCode.manage', false],
    ['family', 'consent.manage', true],
    ['coordinator', 'consent.manage', false],
    ['worker', 'consultation.start', true],
    ['coordinator', 'consultation.start', false],
    ['worker', 'consultation.read', true],
    ['family', 'consultation.write', true],
    ['supervisor', 'consultation.read', true],
    ['coordinator', 'consultation.read', false],
    ['employer_admin', 'consultation.read', false],
    ['city_staff', 'consultation.read', false],
    ['city_staff', 'consultation.write', false],
    ['coordinator', 'consultation.claim', true],
    ['employer_admin', 'consultation.claim', false],
    ['childcare_staff', 'childcare.manage', true],
    ['facility_staff', 'childcare.manage', false],
    ['city_staff', 'childcare.manage', false],
    ['city_staff', 'childcare.inviteSection', true],
    ['childcare_staff', 'childcare.inviteSection', false],
    ['childcare_staff', 'childcare.facility', true],
    ['supervisor', 'childcare.facility', false],
    ['childcare_staff', 'consultation.read', false],
    ['facility_staff', 'statistics.city', false],
    ['facility_staff', 'event.manage', false],
    ['city_staff', 'alliance.manage', true],
    ['employer_admin', 'alliance.manage', false],
    ['city_staff', 'measure.manage', true],
    ['worker', 'measure.manage', false],
    ['childcare_staff', 'measure.manage', false],
    ['city_staff', 'alliance.declare', false],
    ['employer_admin', 'alliance.declare', true],
    ['worker', 'alliance.editEntry', false],
    ['facility_staff', 'event.keepSome', true],
    ['worker', 'event.keepSome', false],
    ['childcare_staff', 'event.keepHosted', true],
    ['city_staff', 'childcare.listFacilities', true],
    ['city_staff', 'childcare.export', true],
    ['facility_staff', 'childcare.export', false],
    ['facility_staff', 'childcare.listFacilities', false],
    ['city_staff', 'work.manage', false],
    ['childcare_staff', 'work.manage', false],
    ['city_staff', 'workOpening.listOfProgramme', true],
    ['city_staff', 'work.readFigures', true],
    ['childcare_staff', 'work.readFigures', false],
    ['employer_admin', 'work.readFigures', false],
    ['programme_staff', 'workOpening.listOfProgramme', false],
    ['employer_admin', 'work.manage', false],
    ['worker', 'work.manage', false],
    ['coordinator', 'work.manage', false],
  ] as const)('%s → %s is %s within the own tenant and organization', (role, action, expected) => {
    const a: Actor = {
      userId: 'u',
      sessionId: 's',
      role,
      municipalityId: 'm',
      organizationId: 'o',
      locale: 'ja',
      mfaSatisfied: true,
    };
    expect(can(a, action, { municipalityId: 'm', organizationId: 'o', ownerId: 'u' })).toBe(
      expected,
    );
  });
});

describe('childcare facility rules', () => {
  it('lets facility staff touch only the one facility they are bound to', () => {
    fc.assert(
      fc.property(actor, fc.array(fc.uuid(), { maxLength: 3 }), (a, staffIds) => {
        const facility = { municipalityId: a.municipalityId, facilityStaffIds: staffIds };
        const allowed = can(a, 'childcare.facility', facility);
        const expected =
          a.municipalityId !== null &&
          (a.role === 'childcare_staff' ||
            (a.role === 'facility_staff' && staffIds.includes(a.userId)));
        expect(allowed).toBe(expected);
      }),
    );
  });

  it('lets facility staff keep only the events their own facility holds', () => {
    fc.assert(
      fc.property(actor, fc.array(fc.uuid(), { maxLength: 3 }), (a, staffIds) => {
        const event = { municipalityId: a.municipalityId, facilityStaffIds: staffIds };
        const expected =
          a.municipalityId !== null &&
          (a.role === 'city_staff' ||
            a.role === 'childcare_staff' ||
            (a.role === 'facility_staff' && staffIds.includes(a.userId)));
        expect(can(a, 'event.keepHosted', event)).toBe(expected);
      }),
    );
  });

  it('never lets facility staff manage the city’s childcare section', () => {
    fc.assert(
      fc.property(
        actor,
        fc.constantFrom<Action>('childcare.manage', 'childcare.inviteSection'),
        (a, action) => {
          const staff = { ...a, role: 'facility_staff' as const };
          expect(
            can(staff, action, { municipalityId: a.municipalityId, facilityStaffIds: [a.userId] }),
          ).toBe(false);
        },
      ),
    );
  });
});

describe('consultation rules', () => {
  const person = (role: Actor['role'], userId: string): Actor => ({
    userId,
    sessionId: 's',
    role,
    municipalityId: 'm',
    organizationId: 'o',
    locale: 'ja',
    mfaSatisfied: true,
  });
  const consultation = { municipalityId: 'm', organizationId: 'o', ownerId: 'p', assigneeId: 'c' };

  it.each([
    ['worker', 'p', true],
    ['worker', 'another worker', false],
    ['family', 'another family member', false],
    ['coordinator', 'c', true],
    ['coordinator', 'another coordinator', false],
    ['employer_admin', 'p', false],
    ['city_staff', 'c', false],
  ] as const)('%s %s may read and write: %s', (role, userId, expected) => {
    const a = person(role, userId);
    expect(can(a, 'consultation.read', consultation)).toBe(expected);
    expect(can(a, 'consultation.write', consultation)).toBe(expected);
  });

  it('lets any supervisor read but write only once assigned or openly joined', () => {
    const a = person('supervisor', 'sv');
    expect(can(a, 'consultation.read', consultation)).toBe(true);
    expect(can(a, 'consultation.write', consultation)).toBe(false);
    expect(can(a, 'consultation.write', { ...consultation, participantIds: ['sv'] })).toBe(true);
    expect(can(a, 'consultation.write', { ...consultation, assigneeId: 'sv' })).toBe(true);
    expect(
      can(a, 'consultation.write', {
        ...consultation,
        municipalityId: 'other',
        participantIds: ['sv'],
      }),
    ).toBe(false);
  });

  it('gives an unassigned consultation to no coordinator', () => {
    const a = person('coordinator', 'c');
    expect(can(a, 'consultation.read', { ...consultation, assigneeId: null })).toBe(false);
  });
});

describe('who counts as the care team', () => {
  const scope = fc.record({
    municipalityId: fc.option(fc.uuid(), { nil: null }),
    ownerId: fc.option(fc.uuid(), { nil: null }),
    assigneeId: fc.option(fc.uuid(), { nil: null }),
    participantIds: fc.array(fc.uuid(), { maxLength: 2 }),
  });

  it('audits every read of a consultation by anyone but the person who consulted', () => {
    fc.assert(
      fc.property(actor, scope, fc.boolean(), (a, r, own) => {
        const consultation = own ? { ...r, ownerId: a.userId } : r;
        const reads = can(a, 'consultation.read', consultation);
        const thePerson = consultation.ownerId === a.userId && !isCareTeam(a);
        if (reads && !thePerson) expect(isCareTeam(a)).toBe(true);
      }),
    );
  });

  it('puts in the care team’s live room exactly those who see the queue', () => {
    fc.assert(
      fc.property(actor, (a) => {
        const tenant = tenantScope(a);
        const inRoom = can(a, 'careTeam.followLive', tenant);
        expect(inRoom).toBe(can(a, 'consultation.viewQueue', tenant));
        expect(inRoom).toBe(a.municipalityId !== null && isCareTeam(a));
      }),
    );
  });

  it('tells the queue’s moves to the care team and people who consult, never employers or the city', () => {
    fc.assert(
      fc.property(actor, (a) => {
        const follows = can(a, 'queue.followLive', tenantScope(a));
        const consults = a.role === 'worker' || a.role === 'family';
        expect(follows).toBe(a.municipalityId !== null && (isCareTeam(a) || consults));
      }),
    );
  });
});

describe('what lists show', () => {
  it('shows a person or a coordinator only their own appointments, whatever they ask for', () => {
    fc.assert(
      fc.property(actor, fc.option(fc.uuid(), { nil: undefined }), (a, asked) => {
        const filter = appointmentsVisibleTo(a, asked);
        if (a.role === 'worker' || a.role === 'family') {
          expect(filter).toEqual({ personUserId: a.userId });
        } else if (a.role === 'supervisor') {
          expect(filter).toEqual({ coordinatorId: asked ?? a.userId });
        } else {
          expect(filter).toEqual({ coordinatorId: a.userId });
        }
      }),
    );
  });

  it('lists as “mine” a person’s own consultations and the care team’s assigned ones, never others’', () => {
    fc.assert(
      fc.property(actor, (a) => {
        const consults = a.role === 'worker' || a.role === 'family';
        expect(myConsultationsOf(a)).toEqual(
          consults ? { personUserId: a.userId } : { assigneeId: a.userId },
        );
      }),
    );
  });

  it('gives a coordinator the ratings of their own consultations only, whatever they ask for', () => {
    fc.assert(
      fc.property(actor, fc.option(fc.uuid(), { nil: undefined }), (a, asked) => {
        const { coordinatorId, ownOnly } = ratingsVisibleTo(a, asked);
        expect(ownOnly).toBe(a.role === 'coordinator');
        expect(coordinatorId).toBe(ownOnly ? a.userId : asked);
        // Reading them at all is the rule's: never a coordinator for someone else's.
        const readable = can(a, 'rating.readComments', {
          municipalityId: a.municipalityId,
          assigneeId: coordinatorId ?? null,
        });
        if (readable && a.role !== 'supervisor') expect(coordinatorId).toBe(a.userId);
      }),
    );
  });

  it('lists to facility staff only their own facility, and to other roles outside the city none', () => {
    fc.assert(
      fc.property(actor, (a) => {
        const shown = staffFacilitiesVisibleTo(a);
        const inTenant = a.municipalityId !== null;
        const city = a.role === 'childcare_staff' || a.role === 'city_staff';
        expect(shown).toBe(
          !inTenant ? null : city ? 'all' : a.role === 'facility_staff' ? 'own' : null,
        );
      }),
    );
  });

  it('narrows a care-team list to the consultations one holds, for all but a supervisor', () => {
    fc.assert(
      fc.property(actor, (a) => {
        const holder = heldConsultationsVisibleTo(a);
        expect(holder).toBe(a.role === 'supervisor' ? null : a.userId);
      }),
    );
  });

  it('lists to an employer admin their own organisation only, and no employer to other roles', () => {
    fc.assert(
      fc.property(actor, fc.option(fc.uuid(), { nil: null }), fc.boolean(), (a, other, own) => {
        const organizationId = own ? a.organizationId : other;
        const shown = can(a, 'organization.read', {
          municipalityId: a.municipalityId,
          organizationId,
        });
        const employer =
          a.role === 'employer_admin' &&
          a.organizationId !== null &&
          organizationId === a.organizationId;
        expect(shown).toBe(a.municipalityId !== null && (a.role === 'city_staff' || employer));
      }),
    );
  });

  it('shows the whole team’s booking hours to a supervisor only', () => {
    fc.assert(
      fc.property(actor, fc.option(fc.uuid(), { nil: undefined }), (a, asked) => {
        const ids = availabilityVisibleTo(a, asked);
        if (a.role !== 'supervisor') expect(ids).toEqual([a.userId]);
        else expect(ids).toEqual(asked ? [asked] : undefined);
      }),
    );
  });
});

describe('follow-up and rating rules (issue 13)', () => {
  const staff = (role: Actor['role'], userId: string): Actor => ({
    userId,
    sessionId: 's',
    role,
    municipalityId: 'm',
    organizationId: null,
    locale: 'ja',
    mfaSatisfied: true,
  });

  it('shows rating comments to supervisors and the coordinator who held it, never to city staff or employers', () => {
    const held = { municipalityId: 'm', assigneeId: 'c' };
    expect(can(staff('supervisor', 's1'), 'rating.readComments', held)).toBe(true);
    expect(can(staff('coordinator', 'c'), 'rating.readComments', held)).toBe(true);
    expect(can(staff('coordinator', 'other'), 'rating.readComments', held)).toBe(false);
    for (const role of ['city_staff', 'employer_admin', 'worker', 'network_admin'] as const) {
      expect(can(staff(role, 'c'), 'rating.readComments', held)).toBe(false);
    }
  });

  it('lets a coordinator do a check-in that is theirs, on their consultation, or the team’s', () => {
    const a = staff('coordinator', 'c');
    const scope = { municipalityId: 'm', assigneeId: 'x' };
    expect(can(a, 'checkIn.manage', { ...scope, ownerId: 'c' })).toBe(true);
    expect(can(a, 'checkIn.manage', { ...scope, ownerId: null })).toBe(true);
    expect(can(a, 'checkIn.manage', { ...scope, assigneeId: 'c', ownerId: 'y' })).toBe(true);
    expect(can(a, 'checkIn.manage', { ...scope, ownerId: 'y' })).toBe(false);
    expect(can(staff('city_staff', 'c'), 'checkIn.manage', { ...scope, ownerId: null })).toBe(
      false,
    );
    expect(can(staff('coordinator', 'c'), 'closeApproval.decide', scope)).toBe(false);
    expect(can(staff('supervisor', 's'), 'closeApproval.decide', scope)).toBe(true);
  });
});

describe('report rules', () => {
  const report = fc.record({
    organizationId: fc.option(fc.uuid(), { nil: null }),
    authorId: fc.option(fc.uuid(), { nil: null }),
    published: fc.boolean(),
  });
  /** The report as the actor may find it: of their municipality, maybe theirs, maybe their workplace's. */
  const seenBy = (
    a: Actor,
    r: { organizationId: string | null; authorId: string | null; published: boolean },
    own: { authored: boolean; workplace: boolean },
  ) => ({
    ...r,
    municipalityId: a.municipalityId,
    authorId: own.authored ? a.userId : r.authorId,
    organizationId: own.workplace ? a.organizationId : r.organizationId,
  });
  const ownership = fc.record({ authored: fc.boolean(), workplace: fc.boolean() });

  it('shows an employer admin only their own workplace’s published report, and never its review', () => {
    fc.assert(
      fc.property(actor, report, ownership, (a, r, own) => {
        const scope = seenBy(a, r, own);
        const reads = can(a, 'report.read', scope);
        const staff = a.role === 'city_staff' || a.role === 'supervisor';
        const employer =
          a.role === 'employer_admin' &&
          scope.published &&
          a.organizationId !== null &&
          scope.organizationId === a.organizationId;
        expect(reads).toBe(a.municipalityId !== null && (staff || employer));
        expect(can(a, 'report.readReviews', scope)).toBe(a.municipalityId !== null && staff);
      }),
    );
  });

  it('never lets anyone approve a report they wrote, nor submit one they did not', () => {
    fc.assert(
      fc.property(actor, report, ownership, (a, r, own) => {
        const scope = seenBy(a, r, own);
        const theAuthor = scope.authorId === a.userId;
        if (can(a, 'report.approve', scope)) {
          expect(theAuthor).toBe(false);
          expect(can(a, 'report.review', scope)).toBe(true);
        }
        if (can(a, 'report.submit', scope)) expect(theAuthor).toBe(true);
        if (can(a, 'report.review', scope) && !theAuthor) {
          expect(can(a, 'report.approve', scope)).toBe(true);
        }
      }),
    );
  });

  it('keeps writing and publishing with city staff and reviewing with supervisors', () => {
    fc.assert(
      fc.property(actor, report, ownership, (a, r, own) => {
        const scope = seenBy(a, r, own);
        const inTenant = a.municipalityId !== null;
        for (const action of ['report.create', 'report.edit', 'report.publish'] as const) {
          expect(can(a, action, scope)).toBe(inTenant && a.role === 'city_staff');
        }
        expect(can(a, 'report.review', scope)).toBe(inTenant && a.role === 'supervisor');
      }),
    );
  });
});

describe('alliance entry rules', () => {
  it('lets an employer admin edit or declare for no company but their own', () => {
    fc.assert(
      fc.property(actor, fc.option(fc.uuid(), { nil: null }), (a, memberOrganization) => {
        const employer = { ...a, role: 'employer_admin' as const };
        const member = { municipalityId: a.municipalityId, organizationId: memberOrganization };
        const own =
          a.municipalityId !== null &&
          a.organizationId !== null &&
          a.organizationId === memberOrganization;
        expect(can(employer, 'alliance.editEntry', member)).toBe(own);
        expect(can(employer, 'alliance.declare', member)).toBe(own);
      }),
    );
  });
});

describe('what surveys show', () => {
  /** A survey seen from the actor: their organisation is in the scope only if targeted. */
  const survey = (a: Actor) =>
    fc.record({
      municipalityId: fc.constantFrom(a.municipalityId, 'another municipality'),
      organizationId: fc.constantFrom(a.organizationId, null),
    });

  it('lists only surveys the actor may read, and to a respondent only open ones', () => {
    fc.assert(
      fc.property(
        actor.chain((a) => fc.tuple(fc.constant(a), survey(a), fc.boolean())),
        ([a, s, open]) => {
          const listed = surveyListedFor(a, s, open);
          if (listed) expect(can(a, 'survey.read', s)).toBe(true);
          if (listed && isSurveyRespondent(a, s)) expect(open).toBe(true);
          if (can(a, 'survey.read', s) && !isSurveyRespondent(a, s)) expect(listed).toBe(true);
          expect(isSurveyRespondent(a, s)).toBe(can(a, 'survey.read', s) && a.role === 'worker');
        },
      ),
    );
  });

  it('counts for an employer admin only their own organisation’s answers, never another tenant’s', () => {
    fc.assert(
      fc.property(
        actor.chain((a) => fc.tuple(fc.constant(a), survey(a))),
        ([a, s]) => {
          const filter = surveyRespondentsVisibleTo(a, s);
          if (!can(a, 'survey.manage', s)) {
            expect(filter).toBeNull();
            return;
          }
          expect(filter?.municipalityId).toBe(a.municipalityId);
          if (a.role === 'city_staff') expect(filter?.organizationId).toBeNull();
          else {
            expect(a.role).toBe('employer_admin');
            expect(filter?.organizationId).toBe(a.organizationId);
            expect(filter?.organizationId).not.toBeNull();
          }
        },
      ),
    );
  });
});

describe('back-to-work rules (issue 17)', () => {
  const person = (role: Actor['role'], userId: string, organizationId: string | null = null) => ({
    userId,
    sessionId: 's',
    role,
    municipalityId: 'm',
    organizationId,
    locale: 'ja' as const,
    mfaSatisfied: true,
  });

  it('lets programme staff work only in the programme they are bound to', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.array(fc.uuid(), { maxLength: 4 }), (userId, boundIds) => {
        const scope = { municipalityId: 'm', programmeStaffIds: boundIds };
        const expected = boundIds.includes(userId);
        expect(can(person('programme_staff', userId), 'work.manage', scope)).toBe(expected);
        expect(can(person('programme_staff', userId), 'workOpening.post', scope)).toBe(expected);
        expect(
          can(person('programme_staff', userId), 'work.manage', {
            ...scope,
            municipalityId: 'another',
          }),
        ).toBe(false);
      }),
    );
    expect(
      can(person('programme_staff', 'p'), 'workProgramme.setup', { municipalityId: 'm' }),
    ).toBe(false);
  });

  it('shows a programme’s people to no one but the staff bound to it, whatever else they hold', () => {
    fc.assert(
      fc.property(actor, fc.array(fc.uuid(), { maxLength: 4 }), fc.boolean(), (a, ids, bound) => {
        const scope = {
          municipalityId: a.municipalityId,
          programmeStaffIds: bound ? [...ids, a.userId] : ids,
          ownerId: a.userId,
          organizationId: a.organizationId,
          facilityStaffIds: [a.userId],
        };
        const mayRead = can(a, 'work.manage', scope);
        if (mayRead) expect(a.role).toBe('programme_staff');
        if (mayRead) expect(scope.programmeStaffIds).toContain(a.userId);
      }),
    );
  });

  it('lets only the staff bound to the programme write and read its hearings, in their municipality', () => {
    fc.assert(
      fc.property(
        actor,
        fc.array(fc.uuid(), { maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        (a, boundIds, bound, sameMunicipality) => {
          const scope = {
            municipalityId: sameMunicipality ? a.municipalityId : 'another',
            programmeStaffIds: bound ? [...boundIds, a.userId] : boundIds,
            ownerId: a.userId,
            organizationId: a.organizationId,
          };
          // An independent statement of who may: a programme staff member named in the
          // programme's list, of the hearing's own municipality; nobody else, whatever they own.
          const expected =
            a.role === 'programme_staff' &&
            a.municipalityId !== null &&
            scope.municipalityId === a.municipalityId &&
            scope.programmeStaffIds.includes(a.userId);
          expect(can(a, 'workHearing.record', scope)).toBe(expected);
          expect(can(a, 'workHearing.read', scope)).toBe(expected);
        },
      ),
    );
  });

  it('lets a participant or worker keep only their own profile', () => {
    for (const role of ['participant', 'worker'] as const) {
      expect(
        can(person(role, 'u'), 'work.participate', { municipalityId: 'm', ownerId: 'u' }),
      ).toBe(true);
      expect(
        can(person(role, 'u'), 'work.participate', { municipalityId: 'm', ownerId: 'v' }),
      ).toBe(false);
    }
    for (const role of ['employer_admin', 'city_staff', 'programme_staff', 'family'] as const) {
      expect(
        can(person(role, 'u'), 'work.participate', { municipalityId: 'm', ownerId: 'u' }),
      ).toBe(false);
    }
  });

  it('lets an employer admin post for its own company only', () => {
    const admin = person('employer_admin', 'a', 'o');
    expect(can(admin, 'workOpening.post', { municipalityId: 'm', organizationId: 'o' })).toBe(true);
    expect(can(admin, 'workOpening.post', { municipalityId: 'm', organizationId: 'x' })).toBe(
      false,
    );
    expect(can(admin, 'workOpening.post', { municipalityId: 'm', organizationId: null })).toBe(
      false,
    );
  });

  it('lets only an employer admin list its own company’s openings', () => {
    for (const role of roles) {
      const scope = { municipalityId: 'm', organizationId: 'o' };
      expect(can(person(role, 'a', 'o'), 'workOpening.listOwn', scope)).toBe(
        role === 'employer_admin',
      );
      expect(can(person(role, 'a', 'x'), 'workOpening.listOwn', scope)).toBe(false);
    }
  });
});
