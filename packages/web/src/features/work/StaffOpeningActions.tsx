import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWorkProgramme } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { OpeningForm } from './OpeningForm.tsx';

/**
 * Programme staff keep any opening of their programme, whoever posted it: edit it in the
 * companies' form (the company's name stays as posted), or stop offering it.
 */
export function StaffOpeningActions({
  programme,
  openingId,
  title,
  onChanged,
}: {
  programme: TWorkProgramme;
  openingId: string;
  title: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'editing' | 'confirming'>('idle');
  const [notice, setNotice] = useState<string | null>(null);
  const close = useAction();
  return (
    <div className="work-opening__staff-actions" data-testid="staff-opening-actions">
      {notice ? (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {mode === 'idle' ? (
        <div className="work-opening__actions">
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setMode('editing');
            }}
          >
            {t('workOpenings.company.edit')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setMode('confirming');
            }}
          >
            {t('workOpenings.company.close')}
          </Button>
        </div>
      ) : null}
      {mode === 'editing' ? (
        <EditOpening
          programme={programme}
          openingId={openingId}
          onDone={(saved) => {
            setMode('idle');
            if (saved) {
              setNotice(t('workOpenings.form.savedEdit'));
              onChanged();
            }
          }}
        />
      ) : null}
      {mode === 'confirming' ? (
        <div role="group" className="work-opening__confirm">
          <p>{t('workOpenings.company.closeConfirm', { title })}</p>
          <ErrorAlert error={close.error} />
          <div className="work-opening__actions">
            <Button
              variant="danger"
              pending={close.pending}
              onClick={() =>
                void close
                  .run(() => call('closeWorkOpening', { params: { id: openingId } }))
                  .then((closed) => {
                    if (!closed) return;
                    setMode('idle');
                    setNotice(t('workOpenings.company.closedNotice'));
                    onChanged();
                  })
              }
            >
              {t('workOpenings.company.closeNow')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('idle')}>
              {t('workOpenings.form.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function EditOpening({
  programme,
  openingId,
  onDone,
}: {
  programme: TWorkProgramme;
  openingId: string;
  onDone: (saved: boolean) => void;
}) {
  const posted = useApiData('getEditableWorkOpening', { params: { id: openingId } });
  if (!posted.data) return posted.error ? <ErrorAlert error={posted.error} /> : <Loading />;
  const { input } = posted.data;
  return (
    <OpeningForm
      programmes={[programme]}
      employer={{ organizationId: input.employerOrganizationId, name: input.employerName }}
      editing={posted.data}
      onDone={(saved) => onDone(saved !== null)}
      onCancel={() => onDone(false)}
    />
  );
}
