import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maxMessageLength } from '@yorisoi/shared';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { Form } from '../../ui/Form.tsx';
import { isSendShortcut } from './compose-keys.ts';
import { MessageField, messageProblem } from './MessageField.tsx';
import { RiskGuidance } from './RiskGuidance.tsx';
import { AttachmentPicker } from './AttachmentPicker.tsx';
import { needsEmergencyGuidance } from './risk.ts';

interface ComposerProps {
  onSend: (body: string, files: readonly File[]) => void;
  /** Emergency numbers while typing are for the person consulting, not the care team. */
  screenForRisk: boolean;
  /** Extra controls (reply templates) that can put text into the message box. */
  tools?: (insert: (text: string) => void) => ReactNode;
  /** Called as the person writes (for the typing indicator at the other side). */
  onTyping?: () => void;
}

export function Composer({ onSend, screenForRisk, tools, onTyping }: ComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [checked, setChecked] = useState(false);
  // A photo alone needs no words.
  const problemOf = (text: string) =>
    files.length > 0 && text.trim() === '' ? undefined : messageProblem(text);
  const problem = checked ? problemOf(body) : undefined;

  function send() {
    setChecked(true);
    if (problemOf(body)) return;
    onSend(body, files);
    setBody('');
    setFiles([]);
    setChecked(false);
  }

  function insert(text: string) {
    setBody((current) => (current.trim() === '' ? text : `${current}\n${text}`));
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
      {tools ? tools(insert) : null}
      <MessageField
        label={t('consultations.chat.composerLabel')}
        hint={t('consultations.chat.composerHint')}
        value={body}
        onChange={(text) => {
          setBody(text);
          if (text.trim() !== '') onTyping?.();
        }}
        onKeyDown={onKeyDown}
        error={
          problem
            ? t(`consultations.start.${problem}`, {
                max: formatNumber(maxMessageLength, currentLocale()),
              })
            : undefined
        }
      />
      <AttachmentPicker files={files} onChange={setFiles} />
      {screenForRisk && needsEmergencyGuidance(body) ? <RiskGuidance /> : null}
      <div className="composer__actions">
        <Button type="submit">{t('consultations.chat.send')}</Button>
      </div>
    </Form>
  );
}
