import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { maxMessageLength } from '@yorisoi/shared';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Form } from '../../ui/Form.tsx';
import { AttachmentMenu, AttachmentPreviews } from './AttachmentPicker.tsx';
import { ChatIcon } from './ChatIcon.tsx';
import { isSendShortcut } from './compose-keys.ts';
import { messageProblem } from './MessageField.tsx';

/** The counter appears only near the limit: most messages are far from it. */
const counterFrom = Math.floor(maxMessageLength * 0.9);

interface ComposerProps {
  onSend: (body: string, files: readonly File[]) => void;
  /** Extra controls (reply templates) that can put text into the message box. */
  tools?: (insert: (text: string) => void) => ReactNode;
  /** Called with the text as the person writes (typing indicator, safety guidance). */
  onDraft?: (text: string) => void;
}

/**
 * The message bar at the foot of the chat, as in LINE: one attach icon, a box that grows
 * with the text, and the send button, all within reach of a thumb.
 */
export function Composer({ onSend, tools, onDraft }: ComposerProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const hintId = useId();
  const errorId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [checked, setChecked] = useState(false);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // A photo alone needs no words.
  const problemOf = (text: string) =>
    files.length > 0 && text.trim() === '' ? undefined : messageProblem(text);
  const problem = checked ? problemOf(body) : undefined;
  const error = problem
    ? t(`consultations.start.${problem}`, { max: formatNumber(maxMessageLength, locale) })
    : fileProblem;

  // The box grows with the text up to its CSS max-height, then scrolls inside.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [body]);

  function change(text: string) {
    setBody(text);
    onDraft?.(text);
  }

  function send() {
    setChecked(true);
    if (problemOf(body)) return;
    onSend(body, files);
    change('');
    setFiles([]);
    setChecked(false);
    setFileProblem(null);
  }

  function insert(text: string) {
    change(body.trim() === '' ? text : `${body}\n${text}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const { key, ctrlKey, metaKey } = event;
    if (!isSendShortcut({ key, ctrlKey, metaKey, isComposing: event.nativeEvent.isComposing })) {
      return;
    }
    event.preventDefault();
    send();
  }

  return (
    <Form onSubmit={send} className="composer">
      {tools ? <div className="composer__tools">{tools(insert)}</div> : null}
      <AttachmentPreviews files={files} onChange={setFiles} />
      {error ? (
        <p id={errorId} className="field__error composer__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="composer__bar">
        <AttachmentMenu files={files} onChange={setFiles} onProblem={setFileProblem} />
        <textarea
          ref={box}
          className="composer__input"
          rows={1}
          value={body}
          aria-label={t('consultations.chat.composerLabel')}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => change(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="composer__send" aria-label={t('consultations.chat.send')}>
          <ChatIcon name="send" />
        </button>
      </div>
      <p id={hintId} className="visually-hidden">
        {t('consultations.chat.composerHint')}
      </p>
      {body.length >= counterFrom ? (
        <p className={`counter${body.length > maxMessageLength ? ' counter--over' : ''}`}>
          {t('consultations.start.counter', {
            count: formatNumber(body.length, locale),
            max: formatNumber(maxMessageLength, locale),
          })}
        </p>
      ) : null}
    </Form>
  );
}
