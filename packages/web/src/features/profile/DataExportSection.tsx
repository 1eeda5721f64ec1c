import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { saveBlob } from '../../ui/save-blob.ts';
import { exportFileName } from './export-file-name.ts';

function saveJson(data: unknown, fileName: string): void {
  saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), fileName);
}

/** APPI art. 33: everyone can take a copy of everything held about them. */
export function DataExportSection() {
  const { t } = useTranslation();
  const action = useAction();

  function download() {
    void action
      .run(() => call('exportMyData'))
      .then((data) => {
        if (data) saveJson(data, exportFileName(new Date()));
      });
  }

  return (
    <Card title={t('profile.exportTitle')}>
      <p>{t('profile.exportLead')}</p>
      <ErrorAlert error={action.error} />
      <div className="row-actions">
        <LinkButton to={paths.myData}>{t('myData.open')}</LinkButton>
        <Button variant="secondary" pending={action.pending} onClick={download}>
          {t('profile.export')}
        </Button>
      </div>
    </Card>
  );
}
