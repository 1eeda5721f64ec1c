import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  appointmentChannels,
  consultationTopics,
  maxMessageLength,
  type AppointmentChannel,
  type ConsultationTopic,
  type TFreeSlot,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { topicLabel } from '../consultations/labels.ts';
import { ChoiceRadios } from './ChoiceRadios.tsx';
import { SlotPicker } from './SlotPicker.tsx';
import { formatSlot } from './slot-format.ts';

const isTopic = (v: string | null): v is ConsultationTopic =>
  (consultationTopics as readonly (string | null)[]).includes(v);
const isChannel = (v: string | null): v is AppointmentChannel =>
  (appointmentChannels as readonly (string | null)[]).includes(v);

/**
 * Booking on a phone: topic → channel → day → time → optional message. With
 * `?reschedule=<id>` the same steps move an existing appointment (topic and channel kept).
 */
export function BookAppointmentPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const rescheduleId = search.get('reschedule');
  const initialTopic = search.get('topic');
  const initialChannel = search.get('channel');
  const [topic, setTopic] = useState<ConsultationTopic | undefined>(
    isTopic(initialTopic) ? initialTopic : undefined,
  );
  const [channel, setChannel] = useState<AppointmentChannel>(
    isChannel(initialChannel) ? initialChannel : 'chat',
  );
  const [slot, setSlot] = useState<TFreeSlot | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [checked, setChecked] = useState(false);
  const action = useAction();

  async function submit() {
    setChecked(true);
    if (!topic || !slot) return;
    const done = await action.run(() =>
      rescheduleId
        ? call('rescheduleAppointment', {
            params: { id: rescheduleId },
            body: { coordinatorId: slot.coordinatorId, startsAt: slot.startsAt },
          })
        : call('bookAppointment', {
            body: {
              coordinatorId: slot.coordinatorId,
              startsAt: slot.startsAt,
              channel,
              topics: [topic],
              ...(message.trim() ? { firstMessage: message } : {}),
            },
          }),
    );
    if (done)
      await navigate(paths.appointments, {
        replace: true,
        state: { booked: done.id, mailed: done.confirmation === 'mail' },
      });
  }

  return (
    <Page
      title={t(rescheduleId ? 'appointments.book.rescheduleTitle' : 'appointments.book.title')}
      lead={<p>{t('appointments.book.lead')}</p>}
    >
      <Form onSubmit={() => void submit()}>
        {rescheduleId ? null : (
          <>
            <ChoiceRadios
              legend={t('appointments.book.topicLegend')}
              name="topic"
              options={consultationTopics.map((value) => ({
                value,
                label: topicLabel(value, locale),
              }))}
              value={topic}
              onChange={(next) => {
                setTopic(next);
                setSlot(undefined);
              }}
              error={checked && !topic ? t('appointments.book.topicRequired') : undefined}
            />
            <ChoiceRadios
              legend={t('appointments.book.channelLegend')}
              name="channel"
              options={appointmentChannels.map((value) => ({
                value,
                label: t(`appointments.channels.${value}`),
              }))}
              value={channel}
              onChange={(next) => {
                setChannel(next);
                setSlot(undefined);
              }}
            />
          </>
        )}
        {topic ? (
          <SlotPicker topic={topic} channel={channel} selected={slot} onSelect={setSlot} />
        ) : null}
        {rescheduleId ? null : (
          <TextAreaField
            label={t('appointments.book.messageLabel')}
            hint={t('appointments.book.messageHint')}
            value={message}
            maxLength={maxMessageLength}
            rows={3}
            onChange={(event) => setMessage(event.target.value)}
          />
        )}
        {slot ? (
          <p className="appointment-summary" data-testid="slot-summary">
            {t('appointments.book.summary', {
              slot: formatSlot(slot.startsAt, slot.endsAt, locale),
              channel: t(`appointments.channels.${channel}`),
              licence: t(`licence.types.${slot.licence}`),
            })}
          </p>
        ) : null}
        <ErrorAlert error={action.error} />
        <div className="form__actions row-actions">
          <Button type="submit" pending={action.pending} disabled={!slot}>
            {t(rescheduleId ? 'appointments.book.submitReschedule' : 'appointments.book.submit')}
          </Button>
          <LinkButton to={paths.appointments} variant="quiet">
            {t('appointments.book.back')}
          </LinkButton>
        </div>
      </Form>
    </Page>
  );
}
