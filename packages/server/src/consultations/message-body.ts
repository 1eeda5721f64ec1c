import type { Keyring } from '../platform/crypto/keyring.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';

/** Binding the consultation and client id means a sealed body cannot be moved to another message. */
const contextOf = (consultationId: string, clientMsgId: string) =>
  `consultation_messages.body:${consultationId}:${clientMsgId}`;

export function sealMessageBody(
  keyring: Keyring,
  message: { consultationId: string; clientMsgId: string; body: string },
): string {
  return sealField(keyring, message.body, contextOf(message.consultationId, message.clientMsgId));
}

export function openMessageBody(
  keyring: Keyring,
  message: { consultationId: string; clientMsgId: string; bodySealed: string },
): string {
  return openField(
    keyring,
    message.bodySealed,
    contextOf(message.consultationId, message.clientMsgId),
  );
}
