import type {
  ChildcareKind,
  EventKind,
  ReferralType,
  TReferral,
  TReferralResource,
  TReferralTarget,
  WorkProgrammeKind,
} from '@yorisoi/shared';
import type {
  EventTargetRow,
  FacilityTargetRow,
  ProgrammeTargetRow,
  ReferralWithTarget,
  ResourceRow,
  ResourceTargetRow,
} from './referrals.repository.ts';

export function presentResource(row: ResourceRow | ResourceTargetRow): TReferralResource {
  return {
    id: row.id,
    type: row.type as ReferralType,
    name: row.name,
    phone: row.phone,
    url: row.url,
    note: row.note,
  };
}

/**
 * The public pages of the web app a person opens without signing in (the web's
 * childcare-paths.ts and event-paths.ts name the same routes).
 */
const code = (municipalityCode: string) => encodeURIComponent(municipalityCode);
const facilityPage = (municipalityCode: string, id: string) =>
  `/m/${code(municipalityCode)}/childcare/facilities/${encodeURIComponent(id)}`;
const eventPage = (municipalityCode: string, id: string) =>
  `/m/${code(municipalityCode)}/events/${encodeURIComponent(id)}`;

export function presentResourceTarget(row: ResourceTargetRow): TReferralTarget {
  return { kind: 'resource', ...presentResource(row), page: null };
}

export function presentFacilityTarget(
  row: FacilityTargetRow,
  municipalityCode: string,
): TReferralTarget {
  return {
    kind: 'facility',
    id: row.id,
    name: row.name,
    facilityKind: row.kind as ChildcareKind,
    address: row.address,
    phone: row.phone,
    url: row.url,
    page: facilityPage(municipalityCode, row.id),
  };
}

export function presentEventTarget(row: EventTargetRow, municipalityCode: string): TReferralTarget {
  return {
    kind: 'event',
    id: row.id,
    name: row.title,
    eventKind: row.kind as EventKind,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    placeName: row.placeName,
    page: eventPage(municipalityCode, row.id),
  };
}

/** A programme's public page: its openings and how to sign up (work-paths.ts on the web). */
export function presentProgrammeTarget(
  row: ProgrammeTargetRow,
  municipalityCode: string,
): TReferralTarget {
  return {
    kind: 'programme',
    id: row.id,
    name: row.name,
    programmeKind: row.kind as WorkProgrammeKind,
    page: `/m/${code(municipalityCode)}/work`,
  };
}

function presentTarget(row: ReferralWithTarget, municipalityCode: string): TReferralTarget | null {
  if (row.resource) return presentResourceTarget(row.resource);
  if (row.facility) return presentFacilityTarget(row.facility, municipalityCode);
  if (row.event) return presentEventTarget(row.event, municipalityCode);
  if (row.programme) return presentProgrammeTarget(row.programme, municipalityCode);
  return null;
}

export function presentReferrals(
  rows: ReferralWithTarget[],
  municipalityCode: string,
): TReferral[] {
  return rows.flatMap((row) => {
    const target = presentTarget(row, municipalityCode);
    if (!target) return [];
    return [
      {
        id: row.referral.id,
        consultationId: row.referral.consultationId,
        target,
        status: row.referral.status as TReferral['status'],
        needsAgreement: target.kind === 'programme',
        personAgreedAt: row.referral.personAgreedAt?.toISOString() ?? null,
        createdAt: row.referral.createdAt.toISOString(),
        updatedAt: row.referral.updatedAt.toISOString(),
      },
    ];
  });
}
