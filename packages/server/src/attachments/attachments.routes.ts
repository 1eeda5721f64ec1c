import type { FastifyInstance } from 'fastify';
import { attachmentFileName, isImageAttachment, type AttachmentType } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { registerFileEndpoint } from '../platform/http/file-route.ts';
import { readAttachment, uploadAttachment } from './attachments.service.ts';
import { presentAttachment } from './attachments.presenter.ts';

/**
 * Base64 grows a file by a third. The slack above it lets a file somewhat over the limit
 * reach the service, which answers with the attachment's own message; far larger bodies
 * are cut off by Fastify before they are read.
 */
const uploadBodyLimit = (maxFileBytes: number) => Math.ceil(maxFileBytes / 3) * 4 + 64 * 1024;

export function registerAttachmentRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(
    app,
    'uploadAttachment',
    async ({ actor, params, body }) =>
      presentAttachment(await uploadAttachment(ctx, { actor, consultationId: params.id, ...body })),
    { bodyLimit: uploadBodyLimit(ctx.config.attachments.maxFileBytes) },
  );
  registerFileEndpoint(app, 'downloadAttachment', async ({ actor, params }) => {
    const { row, data } = await readAttachment(ctx, {
      actor,
      consultationId: params.id,
      attachmentId: params.attachmentId,
    });
    const mimeType = row.mimeType as AttachmentType;
    return {
      data,
      contentType: mimeType,
      fileName: attachmentFileName({ id: row.id, mimeType }),
      inline: isImageAttachment(mimeType),
    };
  });
}
