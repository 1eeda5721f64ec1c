import { normalizePhone } from '@yorisoi/shared';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import type { RecruitRow } from './care-recruits.repository.ts';

type SealedColumn = 'name' | 'email' | 'phone';

/** Binds a sealed value to its column and row, so it cannot be copied elsewhere. */
const context = (column: SealedColumn, recruitId: string) => `care_recruits.${column}:${recruitId}`;

/** The contact as stored: trimmed, the address lower-cased, the phone as digits. */
export function sealRecruitContact(
  keyring: Keyring,
  recruitId: string,
  contact: { name: string; email: string; phone: string },
) {
  const phone = normalizePhone(contact.phone);
  return {
    nameSealed: sealField(keyring, contact.name.trim(), context('name', recruitId)),
    emailSealed: sealField(
      keyring,
      contact.email.trim().toLowerCase(),
      context('email', recruitId),
    ),
    phoneSealed: phone === '' ? null : sealField(keyring, phone, context('phone', recruitId)),
  };
}

export function openRecruitContact(keyring: Keyring, row: RecruitRow) {
  return {
    name: openField(keyring, row.nameSealed, context('name', row.id)),
    email: openField(keyring, row.emailSealed, context('email', row.id)),
    phone:
      row.phoneSealed === null
        ? null
        : openField(keyring, row.phoneSealed, context('phone', row.id)),
  };
}
