import { normalizePhone } from '@yorisoi/shared';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import type { RegistrationRow } from './events.repository.ts';

type SealedColumn = 'contact_name' | 'contact_email' | 'contact_phone' | 'cancel_token';

/** Binds a sealed value to its column and row, so it cannot be copied elsewhere. */
export const sealedContext = (column: SealedColumn, registrationId: string) =>
  `event_registrations.${column}:${registrationId}`;

export interface Contact {
  name: string;
  email: string;
  phone: string;
}

/** The contact as stored: trimmed, the address lower-cased, the phone as digits. */
export function sealContact(
  keyring: Keyring,
  registrationId: string,
  contact: Contact,
  cancelToken: string,
) {
  const phone = normalizePhone(contact.phone);
  return {
    contactNameSealed: sealField(
      keyring,
      contact.name.trim(),
      sealedContext('contact_name', registrationId),
    ),
    contactEmailSealed: sealField(
      keyring,
      contact.email.trim().toLowerCase(),
      sealedContext('contact_email', registrationId),
    ),
    contactPhoneSealed:
      phone === ''
        ? null
        : sealField(keyring, phone, sealedContext('contact_phone', registrationId)),
    cancelTokenSealed: sealField(
      keyring,
      cancelToken,
      sealedContext('cancel_token', registrationId),
    ),
  };
}

/** The contact for staff; null fields once purged. */
export function openContact(keyring: Keyring, row: RegistrationRow) {
  const open = (value: string | null, column: SealedColumn) =>
    value === null ? null : openField(keyring, value, sealedContext(column, row.id));
  return {
    name: open(row.contactNameSealed, 'contact_name'),
    email: open(row.contactEmailSealed, 'contact_email'),
    phone: open(row.contactPhoneSealed, 'contact_phone'),
  };
}
