import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  japanTimeOf,
  type AppointmentChannel,
  type ConsultationTopic,
  type TFreeSlot,
} from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { ChoiceRadios } from './ChoiceRadios.tsx';
import { formatDay, groupByJapanDay } from './slot-format.ts';

interface SlotPickerProps {
  topic: ConsultationTopic;
  channel: AppointmentChannel;
  selected: TFreeSlot | undefined;
  onSelect: (slot: TFreeSlot) => void;
}

const slotKey = (slot: TFreeSlot) => `${slot.coordinatorId}|${slot.startsAt}`;

/** Day, then time. The server lists the licence that suits the topic first; we keep that per time. */
export function SlotPicker({ topic, channel, selected, onSelect }: SlotPickerProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const slots = useApiData('listFreeSlots', { query: { topic, channel, days: 14 } });
  const [day, setDay] = useState<string | undefined>(undefined);
  if (slots.error) return <ErrorAlert error={slots.error} />;
  if (!slots.data) return <Loading />;
  const items = slots.data.items;
  if (items.length === 0) return <p className="muted">{t('appointments.book.noSlots')}</p>;
  // One entry per start time: the best-suited coordinator's slot, as listed first.
  const byTime = new Map<string, TFreeSlot>();
  for (const slot of items) if (!byTime.has(slot.startsAt)) byTime.set(slot.startsAt, slot);
  const days = groupByJapanDay([...byTime.values()]);
  const shownDay = day ?? days[0]?.date;
  const daySlots = days.find((d) => d.date === shownDay)?.items ?? [];
  const first = items[0];
  return (
    <>
      {first ? (
        <p className="field__hint">
          {t('appointments.book.licenceFirst', { licence: t(`licence.types.${first.licence}`) })}
        </p>
      ) : null}
      <ChoiceRadios
        legend={t('appointments.book.dayLegend')}
        name="day"
        options={days.map((d) => ({
          value: d.date,
          label: formatDay(d.items[0]!.startsAt, locale),
        }))}
        value={shownDay}
        onChange={setDay}
      />
      <ChoiceRadios
        legend={t('appointments.book.slotLegend')}
        name="slot"
        options={daySlots.map((slot) => ({
          value: slotKey(slot),
          label: `${japanTimeOf(slot.startsAt).time}〜${japanTimeOf(slot.endsAt).time}（${t(`licence.types.${slot.licence}`)}）`,
        }))}
        value={selected ? slotKey(selected) : undefined}
        onChange={(key) => {
          const slot = daySlots.find((s) => slotKey(s) === key);
          if (slot) onSelect(slot);
        }}
      />
    </>
  );
}
