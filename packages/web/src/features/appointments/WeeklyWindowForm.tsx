import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  appointmentChannels,
  slotLengths,
  type AppointmentChannel,
  type TWeeklyWindow,
} from '@yorisoi/shared';
import { Button } from '../../ui/Button.tsx';
import { CheckboxField, SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { timeToMinutes } from './slot-format.ts';
import { weekdayKeys } from './weekdays.ts';

interface WeeklyWindowFormProps {
  pending: boolean;
  onAdd: (window: TWeeklyWindow) => void;
}

/** Adds one weekly window (Japan time, five-minute steps). */
export function WeeklyWindowForm({ pending, onAdd }: WeeklyWindowFormProps) {
  const { t } = useTranslation();
  const [weekday, setWeekday] = useState('1');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('12:00');
  const [slot, setSlot] = useState('30');
  const [channels, setChannels] = useState<AppointmentChannel[]>(['chat', 'video']);
  const [error, setError] = useState<string | undefined>(undefined);

  function submit() {
    const startMinute = timeToMinutes(start);
    const endMinute = timeToMinutes(end);
    const slotMinutes = Number(slot) as TWeeklyWindow['slotMinutes'];
    if (
      startMinute === undefined ||
      endMinute === undefined ||
      endMinute - startMinute < slotMinutes
    ) {
      setError(t('appointments.availability.order'));
      return;
    }
    if (channels.length === 0) {
      setError(t('appointments.availability.required'));
      return;
    }
    setError(undefined);
    onAdd({ weekday: Number(weekday), startMinute, endMinute, slotMinutes, channels });
  }

  return (
    <Form onSubmit={submit} className="form--inline">
      <SelectField
        label={t('appointments.availability.weekday')}
        value={weekday}
        options={weekdayKeys.map((key) => ({
          value: key,
          label: t(`appointments.weekdays.${key}`),
        }))}
        onChange={(event) => setWeekday(event.target.value)}
      />
      <TextField
        label={t('appointments.availability.start')}
        type="time"
        step={300}
        value={start}
        onChange={(event) => setStart(event.target.value)}
        error={error}
      />
      <TextField
        label={t('appointments.availability.end')}
        type="time"
        step={300}
        value={end}
        onChange={(event) => setEnd(event.target.value)}
      />
      <SelectField
        label={t('appointments.availability.slotMinutes')}
        value={slot}
        options={slotLengths.map((n) => ({ value: String(n), label: String(n) }))}
        onChange={(event) => setSlot(event.target.value)}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('appointments.availability.channels')}</legend>
        {appointmentChannels.map((channel) => (
          <CheckboxField
            key={channel}
            label={t(`appointments.channels.${channel}`)}
            checked={channels.includes(channel)}
            onChange={(event) =>
              setChannels(
                appointmentChannels.filter((c) =>
                  c === channel ? event.target.checked : channels.includes(c),
                ),
              )
            }
          />
        ))}
      </fieldset>
      <div className="form__actions">
        <Button type="submit" pending={pending}>
          {t('appointments.availability.add')}
        </Button>
      </div>
    </Form>
  );
}
