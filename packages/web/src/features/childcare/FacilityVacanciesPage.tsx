import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { SelectField } from '../../ui/Field.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { VacancyEditor } from './VacancyEditor.tsx';

/** Staff: this month's places of a facility they look after (facility staff have one). */
export function FacilityVacanciesPage() {
  const { t } = useTranslation();
  const facilities = useApiData('listStaffChildcareFacilities');
  const items = facilities.data?.items ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const facilityId = chosen ?? items[0]?.id ?? null;
  return (
    <Page title={t('childcare.staff.title')} lead={<p>{t('childcare.staff.lead')}</p>}>
      <ErrorAlert error={facilities.error} />
      {!facilities.data && !facilities.error ? <Loading /> : null}
      {facilities.data && items.length === 0 ? (
        <p className="empty">{t('childcare.staff.noFacilities')}</p>
      ) : null}
      {items.length > 1 ? (
        <SelectField
          label={t('childcare.staff.facility')}
          name="facility"
          value={facilityId ?? ''}
          onChange={(event) => setChosen(event.target.value)}
          options={items.map((item) => ({ value: item.id, label: item.name }))}
        />
      ) : null}
      {facilityId ? <FacilityMonth key={facilityId} facilityId={facilityId} /> : null}
    </Page>
  );
}

function FacilityMonth({ facilityId }: { facilityId: string }) {
  const form = useApiData('getFacilityVacancies', { params: { id: facilityId }, query: {} });
  const [generation, setGeneration] = useState(0);
  if (!form.data) return form.error ? <ErrorAlert error={form.error} /> : <Loading />;
  return (
    <section aria-label={form.data.facilityName}>
      <p className="vacancy-editor__facility">{form.data.facilityName}</p>
      <VacancyEditor
        // A fresh editor for fresh figures (after a save elsewhere was found).
        key={`${form.data.version ?? 'new'}:${generation}`}
        form={form.data}
        onReload={() => {
          form.reload();
          setGeneration((n) => n + 1);
        }}
      />
    </section>
  );
}
