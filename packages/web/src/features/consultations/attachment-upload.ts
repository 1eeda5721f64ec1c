import { ChatRefusal, type OutboxEntry, type TMessageAttachment } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { refusedAsChat } from './http-transport.ts';
import { loadFile, toBase64 } from './attachment-store.ts';

/**
 * Uploads the files of a waiting message (over HTTP, idempotent by upload id) and returns
 * what the message will reference. Files already uploaded are remembered, which only saves
 * bytes. A file gone from the device cannot be sent: that is the message's refusal.
 */
export function attachmentUploader(
  userId: string,
  consultationId: string,
): (entry: OutboxEntry) => Promise<TMessageAttachment[]> {
  const uploaded = new Map<string, TMessageAttachment>();
  return async (entry) => {
    const attachments: TMessageAttachment[] = [];
    for (const file of entry.files ?? []) {
      let attachment = uploaded.get(file.clientUploadId);
      if (!attachment) {
        const blob = await loadFile(userId, file.clientUploadId);
        if (!blob) throw new ChatRefusal('ATTACHMENT_NOT_AVAILABLE');
        attachment = await refusedAsChat(
          call('uploadAttachment', {
            params: { id: consultationId },
            body: {
              clientUploadId: file.clientUploadId,
              mimeType: file.mimeType,
              data: await toBase64(blob),
            },
          }),
        );
        uploaded.set(file.clientUploadId, attachment);
      }
      attachments.push(attachment);
    }
    return attachments;
  };
}
