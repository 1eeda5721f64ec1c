import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { startOfJapanDay } from '../roster/japan-time.ts';
import { colleaguesOnShift } from './on-shift.ts';

function TransferForm({
  consultationId,
  onCancel,
}: {
  consultationId: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [now] = useState(() => new Date());
  const shifts = useApiData('listShifts', {
    // From yesterday, so that a night shift that began before midnight is included.
    query: { from: startOfJapanDay(new Date(now.getTime() - 86_400_000)), days: 2 },
  });
  const transfer = useAction();
  const [coordinatorId, setCoordinatorId] = useState('');
  const [handoverNote, setHandoverNote] = useState('');
  const [checked, setChecked] = useState(false);
  const people = colleaguesOnShift(shifts.data?.items ?? [], now, user.id);

  async function submit() {
    setChecked(true);
    if (coordinatorId === '' || handoverNote.trim() === '') return;
    const done = await transfer.run(() =>
      call('transferConsultation', {
        params: { id: consultationId },
        body: { coordinatorId, handoverNote },
      }),
    );
    if (done) await navigate(paths.consultations);
  }

  if (shifts.data && people.length === 0) return <p className="empty">{t('care.transfer.none')}</p>;
  return (
    <Form onSubmit={() => void submit()}>
      <ErrorAlert error={shifts.error ?? transfer.error} />
      <SelectField
        label={t('care.transfer.colleague')}
        value={coordinatorId}
        onChange={(event) => setCoordinatorId(event.currentTarget.value)}
        error={checked && coordinatorId === '' ? t('care.transfer.required') : undefined}
        options={[
          { value: '', label: t('care.transfer.choose') },
          ...people.map((person) => ({ value: person.id, label: person.displayName })),
        ]}
      />
      <TextAreaField
        label={t('care.transfer.note')}
        hint={t('care.transfer.noteHint')}
        value={handoverNote}
        rows={3}
        onChange={(event) => setHandoverNote(event.currentTarget.value)}
        error={checked && handoverNote.trim() === '' ? t('care.transfer.required') : undefined}
      />
      <div className="form__actions">
        <Button type="submit" pending={transfer.pending}>
          {t('care.transfer.submit')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('care.transfer.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/** Hand the consultation to someone on shift now, with a handover note. */
export function TransferPanel({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="card care-section" data-testid="transfer">
      <h2 className="card__title">{t('care.transfer.title')}</h2>
      {open ? (
        <TransferForm consultationId={consultationId} onCancel={() => setOpen(false)} />
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('care.transfer.open')}
        </Button>
      )}
    </section>
  );
}
