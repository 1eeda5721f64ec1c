import type { Keyring } from '../platform/crypto/keyring.ts';
import { openBytes, sealBytes } from '../platform/crypto/sealed-field.ts';

/** Binding consultation and attachment id means sealed bytes cannot be moved to another file. */
const contextOf = (consultationId: string, attachmentId: string) =>
  `consultation_attachments.data:${consultationId}:${attachmentId}`;

export function sealAttachmentData(
  keyring: Keyring,
  attachment: { consultationId: string; id: string; data: Uint8Array },
): string {
  return sealBytes(keyring, attachment.data, contextOf(attachment.consultationId, attachment.id));
}

export function openAttachmentData(
  keyring: Keyring,
  attachment: { consultationId: string; id: string; dataSealed: string },
): Buffer {
  return openBytes(
    keyring,
    attachment.dataSealed,
    contextOf(attachment.consultationId, attachment.id),
  );
}
