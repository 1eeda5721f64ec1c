import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  eventKinds,
  japanInstant,
  japanTimeOf,
  type TEventInput,
  type TStaffEvent,
} from '@yorisoi/shared';
import type { UiError } from '../../api/errors.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import {
  CheckboxField,
  SelectField,
  TextAreaField,
  TextField,
  type SelectOption,
} from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useApiData } from '../../api/use-api.ts';
import { useUser } from '../../api/session.tsx';
import { Form } from '../../ui/Form.tsx';

interface FormState {
  kind: TEventInput['kind'];
  title: string;
  description: string;
  date: string;
  from: string;
  to: string;
  placeName: string;
  address: string;
  onlineUrl: string;
  childcare: boolean;
  childcareDetails: string;
  capacity: string;
  closesDate: string;
  closesTime: string;
  target: string;
  fee: string;
  hostFacilityId: string;
  published: boolean;
}

function stateOf(event: TStaffEvent | null, defaultHost: string): FormState {
  const start = event ? japanTimeOf(event.startsAt) : null;
  const closes = event?.registrationClosesAt ? japanTimeOf(event.registrationClosesAt) : null;
  return {
    kind: event?.kind ?? 'gathering',
    title: event?.title ?? '',
    description: event?.description ?? '',
    date: start?.date ?? '',
    from: start?.time ?? '10:00',
    to: event ? japanTimeOf(event.endsAt).time : '11:30',
    placeName: event?.placeName ?? '',
    address: event?.address ?? '',
    onlineUrl: event?.onlineUrl ?? '',
    childcare: event?.childcare ?? false,
    childcareDetails: event?.childcareDetails ?? '',
    capacity: String(event?.capacity ?? 10),
    closesDate: closes?.date ?? '',
    closesTime: closes?.time ?? '17:00',
    target: event?.target ?? '',
    fee: event?.fee ?? '',
    hostFacilityId: event ? (event.hostFacilityId ?? '') : defaultHost,
    published: event?.published ?? false,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const instant = (date: string, time: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time)
    ? japanInstant(date, time).toISOString()
    : '';

/** The times are typed in Japan time and sent as instants; the server checks their order. */
function inputOf(state: FormState, event: TStaffEvent | null): TEventInput {
  return {
    kind: state.kind,
    title: state.title,
    description: state.description,
    startsAt: instant(state.date, state.from),
    endsAt: instant(state.date, state.to),
    placeName: orNull(state.placeName),
    address: orNull(state.address),
    onlineUrl: orNull(state.onlineUrl),
    childcare: state.childcare,
    childcareDetails: state.childcare ? orNull(state.childcareDetails) : null,
    capacity: Number(state.capacity),
    registrationOpensAt: event?.registrationOpensAt ?? null,
    registrationClosesAt: state.closesDate ? instant(state.closesDate, state.closesTime) : null,
    target: orNull(state.target),
    fee: orNull(state.fee),
    hostFacilityId: orNull(state.hostFacilityId),
    published: state.published,
  };
}

/**
 * The facilities an event may be held by: the city's staff choose any or none; facility
 * staff have their own facility only (the server refuses any other).
 */
function useHostChoices(): { options: SelectOption[]; defaultHost: string } | null {
  const { t } = useTranslation();
  const user = useUser();
  const { data } = useApiData('listStaffChildcareFacilities');
  if (!data) return null;
  const facilities = data.items.map((f) => ({ value: f.id, label: f.name }));
  if (user.role === 'facility_staff') {
    return { options: facilities, defaultHost: facilities[0]?.value ?? '' };
  }
  return {
    options: [{ value: '', label: t('events.staff.form.hostCity') }, ...facilities],
    defaultHost: '',
  };
}

/** Create or change an event: one form for both, every time in Japan time. */
export function EventForm(props: {
  event: TStaffEvent | null;
  pending: boolean;
  error: UiError | null;
  onSubmit: (input: TEventInput) => void;
}) {
  const hosts = useHostChoices();
  return hosts ? <EventFormFields {...props} hosts={hosts} /> : <Loading />;
}

function EventFormFields({
  event,
  pending,
  error,
  onSubmit,
  hosts,
}: {
  event: TStaffEvent | null;
  pending: boolean;
  error: UiError | null;
  onSubmit: (input: TEventInput) => void;
  hosts: { options: SelectOption[]; defaultHost: string };
}) {
  const { t } = useTranslation();
  const [state, setState] = useState(() => stateOf(event, hosts.defaultHost));
  const fieldError = useFieldErrors(error);
  const text = (field: keyof FormState) => ({
    name: field,
    value: state[field] as string,
    onChange: (e: { target: { value: string } }) =>
      setState((s) => ({ ...s, [field]: e.target.value })),
  });
  const check = (field: 'childcare' | 'published') => ({
    name: field,
    checked: state[field],
    onChange: (e: { target: { checked: boolean } }) =>
      setState((s) => ({ ...s, [field]: e.target.checked })),
  });
  const label = (key: string) => t(`events.staff.form.${key}` as 'events.staff.form.title');

  return (
    <Form onSubmit={() => onSubmit(inputOf(state, event))} className="event-form">
      <ErrorAlert error={error} />
      <SelectField
        label={label('kind')}
        options={eventKinds.map((kind) => ({ value: kind, label: t(`events.kinds.${kind}`) }))}
        {...text('kind')}
      />
      <TextField
        label={label('title')}
        required
        maxLength={120}
        error={fieldError('title')}
        {...text('title')}
      />
      <TextAreaField
        label={label('description')}
        rows={4}
        error={fieldError('description')}
        {...text('description')}
      />
      <div className="event-form__row">
        <TextField
          label={label('date')}
          type="date"
          required
          error={fieldError('startsAt')}
          {...text('date')}
        />
        <TextField label={label('from')} type="time" required {...text('from')} />
        <TextField
          label={label('to')}
          type="time"
          required
          error={fieldError('endsAt')}
          {...text('to')}
        />
      </div>
      <TextField
        label={label('placeName')}
        hint={label('placeHint')}
        error={fieldError('placeName')}
        {...text('placeName')}
      />
      <TextField label={label('address')} error={fieldError('address')} {...text('address')} />
      <TextField
        label={label('onlineUrl')}
        type="url"
        error={fieldError('onlineUrl')}
        {...text('onlineUrl')}
      />
      <CheckboxField label={label('childcare')} {...check('childcare')} />
      {state.childcare ? (
        <TextField label={label('childcareDetails')} {...text('childcareDetails')} />
      ) : null}
      <div className="event-form__row">
        <TextField
          label={label('capacity')}
          type="number"
          min={1}
          required
          error={fieldError('capacity')}
          {...text('capacity')}
        />
        <TextField
          label={label('closesDate')}
          type="date"
          error={fieldError('registrationClosesAt')}
          {...text('closesDate')}
        />
        <TextField label={label('closesTime')} type="time" {...text('closesTime')} />
      </div>
      <SelectField
        label={label('hostFacility')}
        hint={label('hostFacilityHint')}
        options={hosts.options}
        error={fieldError('hostFacilityId')}
        {...text('hostFacilityId')}
      />
      <TextField label={label('target')} {...text('target')} />
      <TextField label={label('fee')} {...text('fee')} />
      <CheckboxField label={label('published')} {...check('published')} />
      <Button type="submit" pending={pending}>
        {label('save')}
      </Button>
    </Form>
  );
}
