import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attachmentTypes,
  errorCatalog,
  isAttachmentType,
  maxAttachmentsPerMessage,
  refusedHeicTypes,
} from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { Button } from '../../ui/Button.tsx';
import { ChatIcon } from './ChatIcon.tsx';

interface AttachmentPickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
}

/** Why a chosen file cannot go, in the catalog's words; the server checks again by content. */
function refusalOf(file: File): string | null {
  const locale = currentLocale();
  if ((refusedHeicTypes as readonly string[]).includes(file.type)) {
    return errorCatalog.ATTACHMENT_HEIC_NOT_SUPPORTED[locale];
  }
  if (!isAttachmentType(file.type)) return errorCatalog.ATTACHMENT_TYPE_NOT_ALLOWED[locale];
  return null;
}

/**
 * The chosen file from memory. The ref callback is stable per file, so the object URL is
 * made once and released when the image goes (not again on every render of the composer).
 */
function ImagePreview({ file }: { file: File }) {
  const { t } = useTranslation();
  const show = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return;
      const url = URL.createObjectURL(file);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [file],
  );
  return <img ref={show} alt={t('consultations.attachments.previewAlt')} />;
}

function Preview({ file, onRemove }: { file: File; onRemove: () => void }) {
  const { t } = useTranslation();
  const size = formatNumber(Math.max(1, Math.round(file.size / 1024)), currentLocale());
  return (
    <li className="attachment-preview" data-testid="attachment-preview">
      {file.type.startsWith('image/') ? (
        <ImagePreview file={file} />
      ) : (
        <span className="attachment-preview__pdf">PDF</span>
      )}
      <span className="attachment-preview__size">
        {t('consultations.attachments.size', { size })}
      </span>
      <Button variant="quiet" onClick={onRemove}>
        {t('consultations.attachments.remove')}
      </Button>
    </li>
  );
}

/** The files chosen for the next message, previewed and removable before sending. */
export function AttachmentPreviews({ files, onChange }: AttachmentPickerProps) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul className="attachment-previews" aria-label={t('consultations.attachments.chosen')}>
      {files.map((file, index) => (
        <Preview
          key={`${file.name}-${index}`}
          file={file}
          onRemove={() => onChange(files.filter((_, i) => i !== index))}
        />
      ))}
    </ul>
  );
}

interface AttachmentMenuProps extends AttachmentPickerProps {
  /** Why a chosen file was not taken, or null once all went well. */
  onProblem: (problem: string | null) => void;
}

/**
 * One icon in the message bar opens two ways to add a file: the camera (on phones
 * `capture` opens it directly) and the photo library or files.
 */
export function AttachmentMenu({ files, onChange, onProblem }: AttachmentMenuProps) {
  const { t } = useTranslation();
  const cameraId = useId();
  const fileId = useId();
  const trayId = useId();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);

  function add(list: FileList | null) {
    const chosen = [...(list ?? [])];
    const refused = chosen.map(refusalOf).find((r) => r !== null) ?? null;
    const accepted = chosen.filter((f) => refusalOf(f) === null);
    const next = [...files, ...accepted].slice(0, maxAttachmentsPerMessage);
    onProblem(
      refused ??
        (files.length + accepted.length > maxAttachmentsPerMessage
          ? t('consultations.attachments.tooMany', { max: maxAttachmentsPerMessage })
          : null),
    );
    onChange(next);
    setOpen(false);
    if (camera.current) camera.current.value = '';
    if (picker.current) picker.current.value = '';
  }

  return (
    <div className="attachment-menu">
      <button
        type="button"
        className="composer__icon"
        aria-label={t('consultations.chat.attach')}
        aria-expanded={open}
        aria-controls={trayId}
        onClick={() => setOpen((value) => !value)}
      >
        <ChatIcon name="attach" />
      </button>
      <div id={trayId} className="attachment-menu__tray" hidden={!open}>
        <input
          ref={camera}
          id={cameraId}
          className="visually-hidden"
          type="file"
          accept="image/*"
          capture="environment"
          onChange={(e) => add(e.target.files)}
        />
        <label className="attachment-menu__item" htmlFor={cameraId}>
          <ChatIcon name="camera" />
          {t('consultations.attachments.camera')}
        </label>
        <input
          ref={picker}
          id={fileId}
          className="visually-hidden"
          type="file"
          accept={attachmentTypes.join(',')}
          multiple
          data-testid="attachment-input"
          onChange={(e) => add(e.target.files)}
        />
        <label className="attachment-menu__item" htmlFor={fileId}>
          <ChatIcon name="file" />
          {t('consultations.attachments.choose')}
        </label>
      </div>
    </div>
  );
}
