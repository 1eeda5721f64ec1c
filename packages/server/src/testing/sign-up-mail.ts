import type { TSignUpRequest } from '@yorisoi/shared';
import { tokenFromFragment } from '../auth/mailed-link.ts';
import type { ReceivedMail } from './smtp-sink.ts';
import { mailText } from './smtp-sink.ts';
import { TestClient } from './test-client.ts';
import type { TestApp } from './test-app.ts';
import { waitFor } from './wait-for.ts';

/** Mails a sink has received for one address. */
export function mailsTo(mails: readonly ReceivedMail[], email: string): ReceivedMail[] {
  return mails.filter((mail) => mail.to.includes(email));
}

/** The text of the next mail to an address, once more than `already` have arrived. */
export async function nextMailTo(
  mails: readonly ReceivedMail[],
  email: string,
  already: number,
): Promise<string> {
  const mail = await waitFor(() => mailsTo(mails, email)[already], { what: `a mail to ${email}` });
  return mailText(mail!.raw);
}

/** The token of the sign-up confirmation link in a mail's text, or null. */
export function confirmationTokenIn(text: string): string | null {
  const link = /https?:\/\/\S+\/signup\/confirm#\S+/.exec(text)?.[0];
  return link ? tokenFromFragment(new URL(link).hash) : null;
}

/**
 * Signs up as a person would, through the confirmation mail in the SMTP sink (there is no
 * way around the mail, in tests either): returns the client signed in to the new account.
 */
export async function signUpThroughMail(
  t: TestApp,
  mails: readonly ReceivedMail[],
  body: TSignUpRequest,
): Promise<TestClient> {
  return confirmThroughMail(t, mails, body.email, (client) => client.ok('signUp', { body }));
}

/** Asks for a sign-up with `ask` (a company code or a programme), then opens the mailed link. */
export async function confirmThroughMail(
  t: TestApp,
  mails: readonly ReceivedMail[],
  address: string,
  ask: (client: TestClient) => Promise<unknown>,
): Promise<TestClient> {
  const client = new TestClient(t.app);
  const email = address.trim().toLowerCase();
  const already = mailsTo(mails, email).length;
  await ask(client);
  const token = confirmationTokenIn(await nextMailTo(mails, email, already));
  if (!token) throw new Error(`no confirmation link in the mail to ${email}`);
  await client.ok('confirmSignUp', { body: { token } });
  return client;
}
