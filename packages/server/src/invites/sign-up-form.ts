import { z } from 'zod';
import { ZLocale } from '@yorisoi/shared';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';

/** What a sign-up keeps until its link is opened: the form, with the password hashed. */
const ZSignUpForm = z.object({
  email: z.string(),
  passwordHash: z.string(),
  displayName: z.string(),
  nickname: z.string().nullable(),
  locale: ZLocale,
});
export type SignUpForm = z.infer<typeof ZSignUpForm>;

const contextOf = (requestId: string) => `sign_up_requests.form_sealed:${requestId}`;

/** Sealed as one field, so a dump shows neither the address nor the names of a sign-up. */
export function sealSignUpForm(keyring: Keyring, requestId: string, form: SignUpForm): string {
  return sealField(keyring, JSON.stringify(form), contextOf(requestId));
}

export function openSignUpForm(keyring: Keyring, requestId: string, sealed: string): SignUpForm {
  return ZSignUpForm.parse(JSON.parse(openField(keyring, sealed, contextOf(requestId))));
}
