import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TNote } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Form } from '../../ui/Form.tsx';
import { TextAreaField } from '../../ui/Field.tsx';

function NoteItem({ note }: { note: TNote }) {
  const { t } = useTranslation();
  const handover = note.kind === 'handover';
  return (
    <li className={`note${handover ? ' note--handover' : ''}`} data-testid="note">
      <p className="note__meta">
        {handover ? <span className="badge badge--warning">{t('care.notes.handover')}</span> : null}
        <span>{note.mine ? t('care.notes.mine') : t(`roles.${note.authorRole}`)}</span>
        <time dateTime={note.createdAt}>
          {formatDate(note.createdAt, currentLocale(), { withTime: true })}
        </time>
      </p>
      <p className="note__body">{note.body}</p>
    </li>
  );
}

/** Private notes of the care team; never shown to the person. */
export function NotesPanel({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const notes = useApiData('listNotes', { params: { id: consultationId } });
  const add = useAction();
  const [body, setBody] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = checked && body.trim() === '';

  async function save() {
    setChecked(true);
    if (body.trim() === '') return;
    const note = await add.run(() =>
      call('addNote', { params: { id: consultationId }, body: { body } }),
    );
    if (!note) return;
    setBody('');
    setChecked(false);
    notes.reload();
  }

  const items = notes.data?.items ?? [];
  return (
    <section className="card care-section" data-testid="notes">
      <h2 className="card__title">{t('care.notes.title')}</h2>
      <p className="muted">{t('care.panel.privateNote')}</p>
      <ErrorAlert error={notes.error} />
      {items.length === 0 ? (
        <p className="empty">{t('care.notes.empty')}</p>
      ) : (
        <ul className="notes">
          {items.map((note) => (
            <NoteItem key={note.id} note={note} />
          ))}
        </ul>
      )}
      <Form onSubmit={() => void save()}>
        <TextAreaField
          label={t('care.notes.label')}
          hint={t('care.notes.hint')}
          value={body}
          rows={3}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={missing ? t('care.notes.required') : undefined}
        />
        <ErrorAlert error={add.error} />
        <Button type="submit" variant="secondary" pending={add.pending}>
          {t('care.notes.add')}
        </Button>
      </Form>
    </section>
  );
}
