import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { japanInstant, japanTimeOf, type TAppointment } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { consultationPath, paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { topicList } from '../consultations/labels.ts';
import { downloadCalendar } from './calendar-download.ts';
import { formatSlot } from './slot-format.ts';

interface AppointmentCardProps {
  appointment: TAppointment;
  now: number;
  onChanged: () => void;
}

/** One appointment with what its viewer may do: open, move, cancel, add to a calendar. */
export function AppointmentCard({ appointment: a, now, onChanged }: AppointmentCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const action = useAction();
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [moveTo, setMoveTo] = useState(() => japanTimeOf(a.startsAt));
  const staff = a.viewerIs !== 'person';
  const changeable = a.status === 'booked' && !a.consultationId && Date.parse(a.startsAt) > now;

  async function cancel() {
    if (staff && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    if (!staff && !window.confirm(t('appointments.mine.cancelConfirm'))) return;
    const done = await action.run(() =>
      call('cancelAppointment', {
        params: { id: a.id },
        body: staff ? { reason: reason.trim() } : {},
      }),
    );
    if (done) onChanged();
  }

  /** Staff move it to another start within their booking hours (the server checks the slot). */
  async function move() {
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    const done = await action.run(() =>
      call('rescheduleAppointment', {
        params: { id: a.id },
        body: {
          startsAt: japanInstant(moveTo.date, moveTo.time).toISOString(),
          reason: reason.trim(),
        },
      }),
    );
    if (done) onChanged();
  }

  const rescheduleLink = `${paths.bookAppointment}?${new URLSearchParams({
    reschedule: a.id,
    topic: a.topics[0] ?? 'other',
    channel: a.channel,
  }).toString()}`;

  return (
    <li className="appointment" data-testid="appointment">
      <p className="appointment__when">
        <strong>{formatSlot(a.startsAt, a.endsAt, locale)}</strong>{' '}
        <Badge tone={a.status === 'booked' ? 'good' : 'neutral'}>
          {t(`appointments.status.${a.status}`)}
        </Badge>
      </p>
      <p>
        {t(`appointments.channels.${a.channel}`)}
        {a.licence
          ? ` · ${t('appointments.mine.with', { licence: t(`licence.types.${a.licence}`) })}`
          : ''}
      </p>
      {staff ? (
        <p className="muted">
          {t('appointments.care.topics', {
            topics: topicList(a.topics, locale, t('consultations.topicSeparator')),
          })}
        </p>
      ) : null}
      {a.changeReason ? (
        <p className="muted">{t('appointments.mine.reason', { reason: a.changeReason })}</p>
      ) : null}
      <ErrorAlert error={action.error} />
      <div className="row-actions">
        {a.consultationId ? (
          <LinkButton to={consultationPath(a.consultationId)}>
            {t('appointments.mine.open')}
          </LinkButton>
        ) : null}
        {a.status === 'booked' ? (
          <Button variant="quiet" onClick={() => void downloadCalendar(a.id)}>
            {t('appointments.mine.calendar')}
          </Button>
        ) : null}
        {changeable && !staff ? (
          <LinkButton to={rescheduleLink} variant="secondary">
            {t('appointments.mine.reschedule')}
          </LinkButton>
        ) : null}
      </div>
      {changeable ? (
        <div className="row-actions">
          {staff ? (
            <TextField
              label={t('appointments.care.reasonLabel')}
              value={reason}
              maxLength={200}
              onChange={(event) => {
                setReason(event.target.value);
                setReasonMissing(false);
              }}
              error={reasonMissing ? t('appointments.care.reasonRequired') : undefined}
            />
          ) : null}
          <Button variant="danger" pending={action.pending} onClick={() => void cancel()}>
            {t('appointments.mine.cancel')}
          </Button>
        </div>
      ) : null}
      {changeable && staff ? (
        <div className="row-actions">
          <TextField
            label={t('appointments.care.moveDate')}
            type="date"
            value={moveTo.date}
            onChange={(event) => setMoveTo({ ...moveTo, date: event.target.value })}
          />
          <TextField
            label={t('appointments.care.moveTime')}
            hint={t('appointments.care.moveHint')}
            type="time"
            step={900}
            value={moveTo.time}
            onChange={(event) => setMoveTo({ ...moveTo, time: event.target.value })}
          />
          <Button variant="secondary" pending={action.pending} onClick={() => void move()}>
            {t('appointments.care.move')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
