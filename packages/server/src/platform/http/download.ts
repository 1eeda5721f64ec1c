import type { FastifyReply } from 'fastify';

export interface DownloadFile {
  /** The name people see, Japanese included (「462187_子育て施設一覧.csv」). */
  fileName: string;
  /** The same name in ASCII, for clients that do not read RFC 5987's filename*. */
  asciiFileName: string;
  contentType: string;
  content: Buffer;
}

/** RFC 5987's value-chars: what encodeURIComponent leaves alone, less ' ( ) * . */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * Content-Disposition for a download (RFC 6266): an ASCII filename for old clients and
 * filename* with the real, UTF-8 name, which browsers prefer.
 */
export function attachmentDisposition(file: Pick<DownloadFile, 'fileName' | 'asciiFileName'>) {
  const ascii = file.asciiFileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(file.fileName)}`;
}

/** Sends an export as a download: its type, its name, never stored by a cache. */
export function sendDownload(reply: FastifyReply, file: DownloadFile): Buffer {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store');
  return file.content;
}
