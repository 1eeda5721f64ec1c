import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slotLengths, type TAddAvailabilityExceptionRequest } from '@yorisoi/shared';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { japanLocalToIso } from '../roster/japan-time.ts';

interface ExceptionFormProps {
  coordinatorId: string;
  pending: boolean;
  onAdd: (input: TAddAvailabilityExceptionRequest) => void;
}

/** Time off, or an extra opening (the way to take bookings on a public holiday). */
export function ExceptionForm({ coordinatorId, pending, onAdd }: ExceptionFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'open' | 'block'>('open');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [slot, setSlot] = useState('30');
  const [error, setError] = useState<string | undefined>(undefined);

  function submit() {
    const startsAt = japanLocalToIso(from);
    const endsAt = japanLocalToIso(to);
    if (!startsAt || !endsAt) return setError(t('appointments.availability.required'));
    if (Date.parse(endsAt) <= Date.parse(startsAt))
      return setError(t('appointments.availability.order'));
    setError(undefined);
    onAdd({
      coordinatorId,
      kind,
      startsAt,
      endsAt,
      ...(kind === 'open'
        ? {
            slotMinutes: Number(slot) as NonNullable<
              TAddAvailabilityExceptionRequest['slotMinutes']
            >,
            channels: ['chat', 'video'],
          }
        : {}),
    });
  }

  return (
    <Form onSubmit={submit} className="form--inline">
      <SelectField
        label={t('appointments.availability.kind')}
        value={kind}
        options={(['open', 'block'] as const).map((k) => ({
          value: k,
          label: t(`appointments.availability.kinds.${k}`),
        }))}
        onChange={(event) => setKind(event.target.value === 'block' ? 'block' : 'open')}
      />
      <TextField
        label={t('appointments.availability.from')}
        type="datetime-local"
        step={300}
        value={from}
        onChange={(event) => setFrom(event.target.value)}
        error={error}
      />
      <TextField
        label={t('appointments.availability.to')}
        type="datetime-local"
        step={300}
        value={to}
        onChange={(event) => setTo(event.target.value)}
      />
      {kind === 'open' ? (
        <SelectField
          label={t('appointments.availability.slotMinutes')}
          value={slot}
          options={slotLengths.map((n) => ({ value: String(n), label: String(n) }))}
          onChange={(event) => setSlot(event.target.value)}
        />
      ) : null}
      <div className="form__actions">
        <Button type="submit" pending={pending}>
          {t('appointments.availability.addException')}
        </Button>
      </div>
    </Form>
  );
}
