import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderCannedReply } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { useApiData } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/Field.tsx';

/**
 * Fills a reply template into the message box. The care team does not see the person's
 * name, so {{name}} becomes a neutral 「相談者」 the coordinator can edit before sending.
 */
export function CannedReplyPicker({ onInsert }: { onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const replies = useApiData('listCannedReplies');
  const [chosen, setChosen] = useState('');
  const items = replies.data?.items ?? [];
  if (items.length === 0) return null;

  function insert() {
    const reply = items.find((item) => item.id === chosen);
    if (!reply) return;
    onInsert(
      renderCannedReply(reply.body, {
        name: t('care.templates.personName'),
        coordinator: user.displayName,
      }),
    );
    setChosen('');
  }

  return (
    <div className="canned-replies" data-testid="canned-replies">
      <SelectField
        label={t('care.templates.label')}
        value={chosen}
        onChange={(event) => setChosen(event.currentTarget.value)}
        options={[
          { value: '', label: t('care.templates.choose') },
          ...items.map((item) => ({ value: item.id, label: item.title })),
        ]}
      />
      <Button variant="secondary" disabled={chosen === ''} onClick={insert}>
        {t('care.templates.insert')}
      </Button>
    </div>
  );
}
