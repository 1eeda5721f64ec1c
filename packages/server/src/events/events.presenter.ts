import {
  eventRegistrationState,
  type TEventRegistration,
  type TPublicEvent,
  type TStaffEvent,
} from '@yorisoi/shared';
import type { Keyring } from '../platform/crypto/keyring.ts';
import type { EventRow, RegistrationRow, SeatCounts } from './events.repository.ts';
import { openContact } from './registration-contact.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentPublicEvent(
  event: EventRow,
  municipality: { code: string; name: string },
  seats: SeatCounts,
  now: Date,
): TPublicEvent {
  return {
    id: event.id,
    municipalityCode: municipality.code,
    municipalityName: municipality.name,
    kind: event.kind as TPublicEvent['kind'],
    title: event.title,
    description: event.description,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    placeName: event.placeName,
    address: event.address,
    onlineUrl: event.onlineUrl,
    childcare: event.childcare,
    childcareDetails: event.childcareDetails,
    capacity: event.capacity,
    seatsLeft: Math.max(0, event.capacity - seats.registered - seats.attended),
    waitingCount: seats.waiting,
    registration: eventRegistrationState({ ...event, cancelled: event.cancelledAt !== null }, now),
    registrationOpensAt: iso(event.registrationOpensAt),
    registrationClosesAt: iso(event.registrationClosesAt),
    target: event.target,
    fee: event.fee,
    hostFacilityId: event.hostFacilityId,
  };
}

export function presentStaffEvent(
  event: EventRow,
  municipality: { code: string; name: string },
  seats: SeatCounts,
  now: Date,
): TStaffEvent {
  return {
    ...presentPublicEvent(event, municipality, seats, now),
    published: event.published,
    cancelled: event.cancelledAt !== null,
    registeredCount: seats.registered + seats.attended,
    attendedCount: seats.attended,
    createdAt: event.createdAt.toISOString(),
  };
}

export function presentRegistration(
  keyring: Keyring,
  row: RegistrationRow,
  waitingPosition: number | null,
): TEventRegistration {
  return {
    id: row.id,
    status: row.status as TEventRegistration['status'],
    waitingPosition,
    ...openContact(keyring, row),
    adults: row.adults,
    children: row.children,
    createdAt: row.createdAt.toISOString(),
    contactPurged: row.contactsPurgedAt !== null,
  };
}
