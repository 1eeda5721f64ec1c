import type { Role } from '@yorisoi/shared';
import { AppError } from '../platform/errors.ts';
import type { Actor } from './actor.ts';

/**
 * Every authorization rule of the platform, in one place. Each rule receives the actor
 * and the resource's scope and checks the tenant first: a rule can only say yes to an
 * actor of the municipality the resource belongs to (network rules excepted, which
 * concern the network itself).
 */
export interface ResourceScope {
  municipalityId: string | null;
  organizationId?: string | null;
  ownerId?: string | null;
  /** The coordinator a consultation is assigned to. */
  assigneeId?: string | null;
  /** Supervisors who joined a consultation as an announced second person. */
  participantIds?: readonly string[];
  /** Who may be in a call of a consultation (calls/call-parties.ts decides). */
  callPartyIds?: readonly string[];
  /** The facility staff bound to a childcare facility (childcare_facility_staff). */
  facilityStaffIds?: readonly string[];
  /** Who wrote the resource (a report's author). */
  authorId?: string | null;
  /** Whether the resource is published (a report): what is out is read by more people. */
  published?: boolean;
  /** The programme staff bound to a back-to-work programme (work_programme_staff). */
  programmeStaffIds?: readonly string[];
}

type Rule = (actor: Actor, resource: ResourceScope) => boolean;

const sameTenant = (actor: Actor, resource: ResourceScope) =>
  actor.municipalityId !== null && actor.municipalityId === resource.municipalityId;
const hasRole = (actor: Actor, ...roles: Role[]) => roles.includes(actor.role);
const isOwner = (actor: Actor, resource: ResourceScope) => resource.ownerId === actor.userId;
const isAssignee = (actor: Actor, resource: ResourceScope) =>
  resource.assigneeId != null && resource.assigneeId === actor.userId;
/** The person who consulted, the coordinator assigned, or any supervisor of the municipality. */
const isConsultationParty = (actor: Actor, resource: ResourceScope) =>
  (hasRole(actor, 'worker', 'family') && isOwner(actor, resource)) ||
  (hasRole(actor, 'coordinator') && isAssignee(actor, resource)) ||
  hasRole(actor, 'supervisor');
/**
 * Writing in a consultation: the person, the assigned coordinator, or a supervisor who is
 * assigned or joined it openly (announced to the person), never a silent one.
 */
const isConsultationWriter = (actor: Actor, resource: ResourceScope) =>
  (hasRole(actor, 'worker', 'family') && isOwner(actor, resource)) ||
  (hasRole(actor, 'coordinator') && isAssignee(actor, resource)) ||
  (hasRole(actor, 'supervisor') &&
    (isAssignee(actor, resource) || (resource.participantIds ?? []).includes(actor.userId)));
/**
 * The care team: coordinators and supervisors. Their reads of consultation content are
 * audited (the person's own are not), their typing shows as the care team's, and they
 * follow the care team's live room.
 */
export const isCareTeam = (actor: Actor) => hasRole(actor, 'coordinator', 'supervisor');
const isFacilityStaffOf = (actor: Actor, resource: ResourceScope) =>
  hasRole(actor, 'facility_staff') && (resource.facilityStaffIds ?? []).includes(actor.userId);
const isProgrammeStaffOf = (actor: Actor, resource: ResourceScope) =>
  hasRole(actor, 'programme_staff') && (resource.programmeStaffIds ?? []).includes(actor.userId);
const ownOrganization = (actor: Actor, resource: ResourceScope) =>
  actor.organizationId !== null && actor.organizationId === resource.organizationId;
const isAuthor = (actor: Actor, resource: ResourceScope) =>
  resource.authorId != null && resource.authorId === actor.userId;

export const rules = {
  /** City staff list every employer; an employer admin sees their own only. */
  'organization.list': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff', 'employer_admin'),
  /** One employer in a list or a picker: the city's staff any, an employer admin their own. */
  'organization.read': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'city_staff') || (hasRole(a, 'employer_admin') && ownOrganization(a, r))),
  'organization.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  'organization.readEnrolment': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'city_staff') || (hasRole(a, 'employer_admin') && ownOrganization(a, r))),
  'employerAdmin.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  'inviteCode.manage': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'employer_admin') && ownOrganization(a, r),
  'careTeam.read': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  'careTeam.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  'audit.read': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  'familyCode.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'worker') && isOwner(a, r),
  'consent.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'worker', 'family') && isOwner(a, r),
  'consultation.start': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'worker', 'family') && isOwner(a, r),
  'consultation.listOwn': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'worker', 'family', 'coordinator', 'supervisor'),
  'consultation.read': (a, r) => sameTenant(a, r) && isConsultationParty(a, r),
  'consultation.write': (a, r) => sameTenant(a, r) && isConsultationWriter(a, r),
  /** A supervisor joins (or leaves) as an announced second person (crisis protocol). */
  'consultation.join': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  /** Closing with coding and assessing risk are the care team's, never the person's. */
  'consultation.close': (a, r) =>
    sameTenant(a, r) &&
    ((hasRole(a, 'coordinator') && isAssignee(a, r)) || hasRole(a, 'supervisor')),
  /** Work only the care team's party does: the risk panel, notes, handovers, "why me". */
  'consultation.careTeam': (a, r) =>
    sameTenant(a, r) &&
    ((hasRole(a, 'coordinator') && isAssignee(a, r)) || hasRole(a, 'supervisor')),
  'consultation.viewQueue': (a, r) => sameTenant(a, r) && hasRole(a, 'coordinator', 'supervisor'),
  /**
   * Content-free live notices that the queue moved (a socket joins its municipality's queue
   * room): the care team and the people who consult; employers and the city never.
   */
  'queue.followLive': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'coordinator', 'supervisor', 'worker', 'family'),
  /** The care team's live room: arrivals in the queue, crisis alerts. */
  'careTeam.followLive': (a, r) => sameTenant(a, r) && isCareTeam(a),
  /** Licence verification is checked by the use-case: it needs the database. */
  'consultation.claim': (a, r) => sameTenant(a, r) && hasRole(a, 'coordinator', 'supervisor'),
  /** The 緊急 inbox; which consultations a coordinator sees there, the use-case narrows. */
  'crisis.viewInbox': (a, r) => sameTenant(a, r) && hasRole(a, 'coordinator', 'supervisor'),
  /**
   * A check-in (a planned contact after a high-risk consultation): a supervisor, the
   * coordinator holding the consultation, the coordinator it is assigned to (`ownerId`),
   * or any coordinator when it is the care team's on shift (`ownerId` null).
   */
  'checkIn.manage': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'supervisor') ||
      (hasRole(a, 'coordinator') && (isAssignee(a, r) || isOwner(a, r) || r.ownerId === null))),
  /** Answering a coordinator's request to close without a follow-up. */
  'closeApproval.decide': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  /**
   * A rating's comment is consultation content: the supervisors of the municipality, and a
   * coordinator for the consultations they held (`assigneeId`); never city staff, employers
   * or anyone outside the care team. Shown without who wrote it.
   */
  'rating.readComments': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'supervisor') || (hasRole(a, 'coordinator') && isAssignee(a, r))),
  'cannedReply.read': (a, r) => sameTenant(a, r) && hasRole(a, 'coordinator', 'supervisor'),
  'cannedReply.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  /** Break-glass is for supervisors; the second-approver rule is enforced by the use-case. */
  'disclosure.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  'referral.read': (a, r) => sameTenant(a, r) && hasRole(a, 'coordinator', 'supervisor'),
  'referral.manageDirectory': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  /** Only the person who consulted agrees to a referral to a work programme. */
  'referral.agree': (a, r) => sameTenant(a, r) && hasRole(a, 'worker', 'family') && isOwner(a, r),
  'roster.read': (a, r) => sameTenant(a, r) && hasRole(a, 'coordinator', 'supervisor'),
  'roster.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  /** A coordinator publishes their own availability; a supervisor manages the team's. */
  'availability.read': (a, r) => sameTenant(a, r) && hasRole(a, 'coordinator', 'supervisor'),
  'availability.manage': (a, r) =>
    sameTenant(a, r) && ((hasRole(a, 'coordinator') && isOwner(a, r)) || hasRole(a, 'supervisor')),
  'appointment.book': (a, r) => sameTenant(a, r) && hasRole(a, 'worker', 'family') && isOwner(a, r),
  'appointment.listOwn': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'worker', 'family', 'coordinator', 'supervisor'),
  /** The person who booked, the coordinator booked, or a supervisor: read, cancel, move. */
  'appointment.manage': (a, r) => sameTenant(a, r) && isConsultationParty(a, r),
  /** Signalling into a consultation's call: its call parties only, never anyone else. */
  'call.signal': (a, r) => sameTenant(a, r) && (r.callPartyIds ?? []).includes(a.userId),
  /** TURN credentials only for those who can be in a call at all. */
  'call.iceConfig': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'worker', 'family', 'coordinator', 'supervisor'),
  /** Notifications on one's own devices, for the roles that receive any. */
  'pushSubscription.manage': (a, r) =>
    sameTenant(a, r) &&
    isOwner(a, r) &&
    hasRole(a, 'worker', 'family', 'coordinator', 'supervisor'),
  /** Surveys: city staff for any employer of the municipality, an employer admin for their own. */
  'survey.manage': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'city_staff') || (hasRole(a, 'employer_admin') && ownOrganization(a, r))),
  /** Seeing a survey: the municipality's city staff, admins and workers of a target organisation. */
  'survey.read': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'city_staff') || (hasRole(a, 'employer_admin', 'worker') && ownOrganization(a, r))),
  /** Only workers of a target organisation answer; the use-case passes the target it matched. */
  'survey.answer': (a, r) => sameTenant(a, r) && hasRole(a, 'worker') && ownOrganization(a, r),
  /**
   * Stress checks (issue 19): an employer admin opens periods for their own organisation;
   * the organisation's workers see them to answer. The individual result is the worker's
   * alone (労働安全衛生法: no one with personnel authority sees it without consent): no rule
   * lets an employer admin, city staff or the care team read it. The group analysis is for
   * the organisation's admin and the city's staff, under disclosure control.
   */
  'stressCheck.manage': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'employer_admin') && ownOrganization(a, r),
  'stressCheck.read': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'employer_admin', 'worker') && ownOrganization(a, r),
  'stressCheck.answer': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'worker') && ownOrganization(a, r) && isOwner(a, r),
  'stressCheck.ownResult': (a, r) => sameTenant(a, r) && hasRole(a, 'worker') && isOwner(a, r),
  'stressCheck.groupAnalysis': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'city_staff') || (hasRole(a, 'employer_admin') && ownOrganization(a, r))),
  /** The translator's permission for a licensed questionnaire translation: the city's to record. */
  'questionnaire.permission': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /** A questionnaire in a consultation is answered by the person who consults, no one else. */
  'questionnaire.answer': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'worker', 'family') && isOwner(a, r),
  /** The practice library: read by city staff and employer admins, edited by city staff. */
  'practice.read': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff', 'employer_admin'),
  'practice.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /** Anonymous statistics: city staff of the whole municipality, employer admins of their own. */
  'statistics.city': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /** The municipality's k is the city's to decide (its data-protection officer, as staff). */
  'statistics.configure': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /**
   * How long records are kept: the city decides (it is the data controller); its
   * supervisors read it, since they answer for the consultation records it erases.
   */
  'retention.read': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff', 'supervisor'),
  'retention.configure': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /** A legal hold suspends a consultation's erasure: a supervisor's decision, with a reason. */
  'consultation.legalHold': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  'statistics.employer': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'employer_admin') && ownOrganization(a, r),
  /** Reports: drafted and published by city staff, approved by a supervisor (not the author). */
  'report.create': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /**
   * Reading a report: city staff and supervisors at every step; an employer admin their own
   * workplace's once it is published, and nothing before (a report in `published: false`).
   */
  'report.read': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'city_staff', 'supervisor') ||
      (hasRole(a, 'employer_admin') && ownOrganization(a, r) && r.published === true)),
  /** The review history (comments, who approved): the city and the care team, never employers. */
  'report.readReviews': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff', 'supervisor'),
  /** Any of the city's staff writes a report's words; the use-case checks its state. */
  'report.edit': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /** Only the author asks for approval of what they wrote. */
  'report.submit': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff') && isAuthor(a, r),
  /** Returning a submitted report with a comment: a supervisor. */
  'report.review': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  /** Approving: a supervisor who is not the author (four eyes). */
  'report.approve': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor') && !isAuthor(a, r),
  /** Publishing the approved revision to its audience: city staff. */
  'report.publish': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /**
   * Events with registration (つどい, 講座, 説明会 …): created, changed, called off and their
   * registrations and attendance kept by the municipality's city staff.
   */
  'event.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff', 'childcare_staff'),
  /** Staff who keep some events: the city's, or facility staff keeping their facility's. */
  'event.keepSome': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'city_staff', 'childcare_staff', 'facility_staff'),
  /**
   * One event (its host facility's staff in the scope): the city's staff keep any; facility
   * staff only those their own facility holds, also when creating or moving one.
   */
  'event.keepHosted': (a, r) =>
    sameTenant(a, r) && (hasRole(a, 'city_staff', 'childcare_staff') || isFacilityStaffOf(a, r)),
  /** The city's childcare section: facilities, open data, publishing, reminders, settings. */
  'childcare.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'childcare_staff'),
  /** City staff add the childcare section's members; the section adds facility staff. */
  'childcare.inviteSection': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /** The list of facilities (events name their host among them): the city's staff. */
  'childcare.listFacilities': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'childcare_staff', 'city_staff'),
  /** Downloading the open data (facility list, vacancy tables of any month): the city's staff. */
  'childcare.export': (a, r) => sameTenant(a, r) && hasRole(a, 'childcare_staff', 'city_staff'),
  /** A facility's vacancies: the childcare section, or staff bound to that one facility. */
  'childcare.facility': (a, r) =>
    sameTenant(a, r) && (hasRole(a, 'childcare_staff') || isFacilityStaffOf(a, r)),
  /**
   * Employers' alliances (イクボス推進同盟, 共創コンソーシアム): run by the city's staff, who
   * create them, add members, record leaving and awards.
   */
  'alliance.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /**
   * The mayor's measures and their figures: kept by the city's staff (residents read the
   * public page without signing in).
   */
  'measure.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /** A member's entry: the city's staff, or the admins of the employer it is. */
  'alliance.editEntry': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'city_staff') || (hasRole(a, 'employer_admin') && ownOrganization(a, r))),
  /** The イクボス宣言 is the company's own act: only its admins sign it. */
  'alliance.declare': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'employer_admin') && ownOrganization(a, r),
  /** An employer admin's own company in the alliances. */
  'alliance.readOwn': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'employer_admin') && ownOrganization(a, r),
  /**
   * A programme's people (profiles, suggestions both ways, team proposals, introductions and
   * their outcomes): the staff bound to that programme only. The city runs the programme
   * but reads its figures, not its people.
   */
  'work.manage': (a, r) => sameTenant(a, r) && isProgrammeStaffOf(a, r),
  /** A programme's open jobs and projects (no person in them): its staff and the city. */
  'workOpening.listOfProgramme': (a, r) =>
    sameTenant(a, r) && (hasRole(a, 'city_staff', 'childcare_staff') || isProgrammeStaffOf(a, r)),
  /**
   * A hearing (ヒアリング) with a participant: written and read by the staff bound to the
   * participant's programme only. The person reads only its day (`work.participate`).
   */
  'workHearing.record': (a, r) => sameTenant(a, r) && isProgrammeStaffOf(a, r),
  'workHearing.read': (a, r) => sameTenant(a, r) && isProgrammeStaffOf(a, r),
  /** A programme's figures (counts, no person): its own staff and the city's staff. */
  'work.readFigures': (a, r) =>
    sameTenant(a, r) && (hasRole(a, 'city_staff') || isProgrammeStaffOf(a, r)),
  /** Setting a programme up and naming its staff: the city's staff and childcare section. */
  'workProgramme.setup': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff', 'childcare_staff'),
  /**
   * A participant's own profile: a resident who signed up for the programme, or a worker
   * of THE CARE who joins it with the same account.
   */
  'work.participate': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'participant', 'worker') && isOwner(a, r),
  /** A company reads the people introduced to it (who agreed); the use-case narrows further. */
  'workIntroduction.readAsCompany': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'employer_admin') && ownOrganization(a, r),
  /**
   * Posting an opening and editing it: a company's admin for its own company, or the
   * programme's staff (and the city running it) for any company (a company from outside the municipality has no
   * account here and posts through them).
   */
  'workOpening.post': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'city_staff', 'childcare_staff') ||
      (hasRole(a, 'employer_admin') && ownOrganization(a, r)) ||
      isProgrammeStaffOf(a, r) ||
      isFacilityStaffOf(a, r)),
  /** A company's admin lists its own company's openings, open and closed, to edit them. */
  'workOpening.listOwn': (a, r) =>
    sameTenant(a, r) && hasRole(a, 'employer_admin') && ownOrganization(a, r),
  /**
   * A nursery short of staff this month (the job centre's flag): the childcare section,
   * the staff of that one facility, or the job centre's own staff (the scope names both).
   */
  'childcare.staffShortage': (a, r) =>
    sameTenant(a, r) &&
    (hasRole(a, 'childcare_staff') || isFacilityStaffOf(a, r) || isProgrammeStaffOf(a, r)),
  /**
   * Growing the care team (issue 22): licensed residents who registered interest, with their
   * contact details. Supervisors run recruitment; programme staff of the municipality help.
   */
  'careRecruit.manage': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor', 'programme_staff'),
  /** Checking a recruit's licence against the register is a supervisor's act, as for staff. */
  'careRecruit.verifyLicence': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  'municipality.manage': (a) => hasRole(a, 'network_admin') && a.municipalityId === null,
  /** Night pool agreements are the network's: its secretariat records and ends them. */
  'pool.agreement': (a) => hasRole(a, 'network_admin') && a.municipalityId === null,
  /** Pool duty is part of a member's roster: its supervisors keep it for their own staff. */
  'pool.duty': (a, r) => sameTenant(a, r) && hasRole(a, 'supervisor'),
  /** Pool coverage (counts per hour, no names): a member's supervisors and the secretariat. */
  'pool.coverage': (a, r) =>
    (sameTenant(a, r) && hasRole(a, 'supervisor')) ||
    (hasRole(a, 'network_admin') && a.municipalityId === null),
  /** Looking at the pool queue: a member's care team (duty and membership: the use-case). */
  'pool.queue': (a, r) => sameTenant(a, r) && isCareTeam(a),
  /**
   * A consultation held from the pool (a network rule: the consultation is another
   * member's): only the coordinator who took it. That both municipalities are current
   * members and the case is still open is checked by the use-case on every request.
   */
  'pool.case': (a, r) => a.municipalityId !== null && isCareTeam(a) && isAssignee(a, r),
  /** The numbers the municipality publishes on its public page. */
  'municipality.contacts': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /** The municipality's LINE official account and its push budget: the city's staff. */
  'line.configure': (a, r) => sameTenant(a, r) && hasRole(a, 'city_staff'),
  /** Linking one's own LINE (the bell): the people who consult, for themselves. */
  'line.link': (a, r) => sameTenant(a, r) && hasRole(a, 'worker', 'family') && isOwner(a, r),
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;

export function can(actor: Actor, action: Action, resource: ResourceScope): boolean {
  return rules[action](actor, resource);
}

/** Throws FORBIDDEN unless the rule allows it. */
export function authorize(actor: Actor, action: Action, resource: ResourceScope): void {
  if (!can(actor, action, resource)) throw new AppError('FORBIDDEN', { detail: action });
}

/**
 * Throws NOT_FOUND unless the rule allows it: for resources whose very existence is
 * confidential (a consultation tells who consulted), a refusal must look like absence.
 */
export function authorizeOrNotFound(actor: Actor, action: Action, resource: ResourceScope): void {
  if (!can(actor, action, resource)) throw new AppError('NOT_FOUND', { detail: action });
}

/** The actor's own municipality as a scope, for actions on the tenant as a whole. */
export function tenantScope(actor: Actor): ResourceScope {
  return { municipalityId: actor.municipalityId };
}
