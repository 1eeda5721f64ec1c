import { useTranslation } from 'react-i18next';
import {
  childcareKinds,
  childcareServices,
  weekdayKeys,
  type TChildcareSearchQuery,
} from '@yorisoi/shared';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField, type SelectOption } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { useFormFields } from '../../ui/use-form-fields.ts';
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
  const { values: form, field } = useFormFields(initial);
  const moreOpen = Boolean(initial.openDay || initial.service || initial.on);
  /** A select's choices, led by "any", which leaves the condition out. */
  const anyOr = (anyLabel: string, options: SelectOption[]) => [
    { value: '', label: anyLabel },
    ...options,
  ];

  return (
    <Form onSubmit={() => onSearch(searchParamsOf(form))} className="childcare-search">
      <TextField
        label={t('childcare.birthDate')}
        hint={t('childcare.birthDateHint')}
        type="date"
        min="1900-01-01"
        {...field('birthDate')}
      />
      <div className="childcare-search__row">
        <SelectField
          label={t('childcare.kind')}
          {...field('kind')}
          options={anyOr(
            t('childcare.anyKind'),
            childcareKinds.map((kind) => ({ value: kind, label: labels.kind(kind) })),
          )}
        />
        <SelectField
          label={t('childcare.area')}
          {...field('area')}
          options={anyOr(
            t('childcare.anyArea'),
            areas.map((area) => ({ value: area, label: area })),
          )}
        />
      </div>
      <details className="childcare-search__more" open={moreOpen}>
        <summary>{t('childcare.moreConditions')}</summary>
        <TextField
          label={t('childcare.on')}
          hint={t('childcare.onHint')}
          type="date"
          {...field('on')}
        />
        <div className="childcare-search__row">
          <SelectField
            label={t('childcare.openDay')}
            {...field('openDay')}
            options={anyOr(
              t('childcare.anyDay'),
              weekdayKeys.map((day) => ({ value: day, label: t(`childcare.weekday.${day}`) })),
            )}
          />
          <TextField
            label={t('childcare.openTime')}
            type="time"
            step={600}
            {...field('openTime')}
          />
        </div>
        <SelectField
          label={t('childcare.service')}
          {...field('service')}
          options={anyOr(
            t('childcare.anyService'),
            childcareServices.map((service) => ({
              value: service,
              label: labels.service(service),
            })),
          )}
        />
      </details>
      <Button type="submit" pending={pending} block>
        {t('childcare.search')}
      </Button>
    </Form>
  );
}
