import { useTranslation } from 'react-i18next';
import { attachmentUrl, type TMessageAttachment } from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';

interface MessageAttachmentsProps {
  consultationId: string;
  attachments: readonly TMessageAttachment[];
}

/**
 * The files of a delivered message: images inline (opening full size in a new tab), PDFs
 * as a link that downloads them. The session cookie authorizes each request; nothing is
 * cached by the service worker (it never caches /api).
 */
export function MessageAttachments({ consultationId, attachments }: MessageAttachmentsProps) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <ul className="message__attachments">
      {attachments.map((a) => {
        const url = attachmentUrl(consultationId, a.id);
        const size = formatNumber(Math.max(1, Math.round(a.byteSize / 1024)), currentLocale());
        return (
          <li key={a.id}>
            {a.mimeType === 'application/pdf' ? (
              <a href={url} download data-testid="attachment-pdf">
                {t('consultations.attachments.pdfLink', { size })}
              </a>
            ) : (
              <a href={url} target="_blank" rel="noopener noreferrer">
                <img
                  src={url}
                  alt={t('consultations.attachments.imageAlt')}
                  width={a.width ?? undefined}
                  height={a.height ?? undefined}
                  loading="lazy"
                  className="message__image"
                  data-testid="attachment-image"
                />
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
