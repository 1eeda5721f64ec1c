import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { OpeningForm } from './OpeningForm.tsx';

/**
 * Programme staff post a job or project for a company, including one outside the
 * municipality (or abroad) that has no account here: its name and where it is.
 */
export function StaffOpeningPage() {
  const { t } = useTranslation();
  const programmes = useApiData('listWorkProgrammes');
  const items = programmes.data?.items;
  const [employerName, setEmployerName] = useState('');
  const [employerLocation, setEmployerLocation] = useState('');
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState(false);
  const startAgain = (afterSaving: boolean) => {
    setEmployerName('');
    setEmployerLocation('');
    setSaved(afterSaving);
    setFormKey((n) => n + 1);
  };
  const employer = {
    organizationId: null,
    name: employerName.trim(),
    location: employerLocation.trim() === '' ? null : employerLocation.trim(),
  };
  return (
    <Page title={t('workOpenings.staff.title')} lead={<p>{t('workOpenings.staff.lead')}</p>}>
      <ErrorAlert error={programmes.error} />
      {!items && !programmes.error ? <Loading /> : null}
      {saved ? (
        <Alert tone="success">
          <p>{t('workOpenings.form.saved')}</p>
        </Alert>
      ) : null}
      {items && items.length > 0 ? (
        <OpeningForm
          key={formKey}
          programmes={items}
          employer={employer}
          editing={null}
          onDone={() => startAgain(true)}
          onCancel={() => startAgain(false)}
          employerFields={
            <>
              <TextField
                label={t('workOpenings.staff.employerName')}
                hint={t('workOpenings.staff.employerNameHint')}
                required
                maxLength={120}
                value={employerName}
                onChange={(e) => setEmployerName(e.target.value)}
              />
              <TextField
                label={t('workOpenings.staff.employerLocation')}
                hint={t('workOpenings.staff.employerLocationHint')}
                maxLength={120}
                value={employerLocation}
                onChange={(e) => setEmployerLocation(e.target.value)}
              />
            </>
          }
        />
      ) : null}
    </Page>
  );
}
