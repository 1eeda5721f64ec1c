import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  childcareKinds,
  childcareServices,
  weekdayKeys,
  type TChildcareSearchQuery,
} from '@yorisoi/shared';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { useChildcareLabels } from './childcare-labels.ts';

interface FormState {
  birthDate: string;
  on: string;
  kind: string;
  area: string;
  openDay: string;
  openTime: string;
  service: string;
}

export function formStateOf(query: TChildcareSearchQuery): FormState {
  const [openDay = '', openTime = ''] = query.openAt?.split(/[ +]/) ?? [];
  return {
    birthDate: query.birthDate ?? '',
    on: query.on ?? '',
    kind: query.kind ?? '',
    area: query.area ?? '',
    openDay,
    openTime,
    service: query.service ?? '',
  };
}

/** The search as URL parameters: a coordinator can send the link, a parent can bookmark it. */
function searchParamsOf(form: FormState): Record<string, string> {
  const params: Record<string, string> = {};
  if (form.birthDate) params.birthDate = form.birthDate;
  if (form.on) params.on = form.on;
  if (form.kind) params.kind = form.kind;
  if (form.area.trim()) params.area = form.area.trim();
  if (form.openDay) params.openAt = `${form.openDay} ${form.openTime || '10:00'}`;
  if (form.service) params.service = form.service;
  return params;
}

/**
 * Birth date first (what a parent knows), the rest folded away until asked for: on a
 * phone the results must start within the first screen.
 */
export function FacilitySearchForm({
  initial,
  areas,
  pending,
  onSearch,
}: {
  initial: FormState;
  areas: readonly string[];
  pending: boolean;
  onSearch: (params: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const labels = useChildcareLabels();
  const [form, setForm] = useState(initial);
  const set = (key: keyof FormState) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const moreOpen = Boolean(initial.openDay || initial.service || initial.on);

  return (
    <Form onSubmit={() => onSearch(searchParamsOf(form))} className="childcare-search">
      <TextField
        label={t('childcare.birthDate')}
        hint={t('childcare.birthDateHint')}
        type="date"
        name="birthDate"
        min="1900-01-01"
        value={form.birthDate}
        onChange={set('birthDate')}
      />
      <div className="childcare-search__row">
        <SelectField
          label={t('childcare.kind')}
          name="kind"
          value={form.kind}
          onChange={set('kind')}
          options={[
            { value: '', label: t('childcare.anyKind') },
            ...childcareKinds.map((kind) => ({ value: kind, label: labels.kind(kind) })),
          ]}
        />
        <SelectField
          label={t('childcare.area')}
          name="area"
          value={form.area}
          onChange={set('area')}
          options={[
            { value: '', label: t('childcare.anyArea') },
            ...areas.map((area) => ({ value: area, label: area })),
          ]}
        />
      </div>
      <details className="childcare-search__more" open={moreOpen}>
        <summary>{t('childcare.moreConditions')}</summary>
        <TextField
          label={t('childcare.on')}
          hint={t('childcare.onHint')}
          type="date"
          name="on"
          value={form.on}
          onChange={set('on')}
        />
        <div className="childcare-search__row">
          <SelectField
            label={t('childcare.openDay')}
            name="openDay"
            value={form.openDay}
            onChange={set('openDay')}
            options={[
              { value: '', label: t('childcare.anyDay') },
              ...weekdayKeys.map((day) => ({ value: day, label: t(`childcare.weekday.${day}`) })),
            ]}
          />
          <TextField
            label={t('childcare.openTime')}
            type="time"
            name="openTime"
            step={600}
            value={form.openTime}
            onChange={set('openTime')}
          />
        </div>
        <SelectField
          label={t('childcare.service')}
          name="service"
          value={form.service}
          onChange={set('service')}
          options={[
            { value: '', label: t('childcare.anyService') },
            ...childcareServices.map((service) => ({
              value: service,
              label: labels.service(service),
            })),
          ]}
        />
      </details>
      <Button type="submit" pending={pending} block>
        {t('childcare.search')}
      </Button>
    </Form>
  );
}
