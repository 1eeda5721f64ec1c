import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TVacancyDisplay, TVacancyUpdateStatus } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { FacilityListDownload, VacancyDownloads } from './OpenDataDownloads.tsx';
import { formatDate } from '../../i18n/format.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useChildcareLabels } from './childcare-labels.ts';

type FacilityStatus = TVacancyUpdateStatus['facilities'][number];

/** How the public table shows places: the city's choice, counts or ◎○△×. */
function DisplaySetting() {
  const { t } = useTranslation();
  const settings = useApiData('getChildcareSettings');
  const [display, setDisplay] = useState<TVacancyDisplay | null>(null);
  const action = useAction();
  const current = display ?? settings.data?.vacancyDisplay ?? 'counts';
  return (
    <Card title={t('childcare.staff.display')}>
      <ErrorAlert error={settings.error ?? action.error} />
      <SelectField
        label={t('childcare.staff.display')}
        name="display"
        value={current}
        onChange={(event) => setDisplay(event.target.value as TVacancyDisplay)}
        options={[
          { value: 'counts', label: t('childcare.staff.displayCounts') },
          { value: 'symbols', label: t('childcare.staff.displaySymbols') },
        ]}
      />
      <Button
        variant="secondary"
        pending={action.pending}
        onClick={() =>
          void action
            .run(() => call('updateChildcareSettings', { body: { vacancyDisplay: current } }))
            .then((saved) => saved && settings.reload())
        }
      >
        {t('childcare.staff.saveDisplay')}
      </Button>
    </Card>
  );
}

/**
 * The childcare section's month: who has updated, a reminder to those who have not, and
 * publishing the table (on the 1st, once the figures are in).
 */
export function VacancyStatusPage() {
  const { t } = useTranslation();
  const labels = useChildcareLabels();
  const status = useApiData('getVacancyUpdateStatus', { query: {} });
  const remind = useAction();
  const publish = useAction();
  const [reminded, setReminded] = useState<{ facilities: number; recipients: number } | null>(null);
  const data = status.data;
  const time = (iso: string) => formatDate(iso, labels.locale, { withTime: true });
  const updated = data?.facilities.filter((f) => f.updated).length ?? 0;

  return (
    <Page
      title={t('childcare.staff.statusTitle')}
      width="wide"
      lead={<p>{t('childcare.staff.statusLead')}</p>}
      actions={<FacilityListDownload />}
    >
      <ErrorAlert error={status.error ?? remind.error ?? publish.error} />
      {!data && !status.error ? <Loading /> : null}
      {data ? (
        <Card
          title={t('childcare.staff.month', { month: labels.month(data.month) })}
          actions={
            data.publishedAt ? (
              <Badge tone="good">
                {t('childcare.staff.published', { time: time(data.publishedAt) })}
              </Badge>
            ) : (
              <Badge tone="warning">{t('childcare.staff.notPublished')}</Badge>
            )
          }
        >
          <p>{t('childcare.staff.updatedCount', { updated, total: data.facilities.length })}</p>
          {reminded ? (
            <Alert tone="success">{t('childcare.staff.reminded', reminded)}</Alert>
          ) : null}
          <div className="form__actions">
            <Button
              variant="secondary"
              pending={remind.pending}
              disabled={updated === data.facilities.length}
              onClick={() =>
                void remind
                  .run(() => call('sendVacancyReminders', { body: { month: data.month } }))
                  .then((sent) => {
                    if (!sent) return;
                    setReminded(sent);
                    status.reload();
                  })
              }
            >
              {t('childcare.staff.remind')}
            </Button>
            <Button
              pending={publish.pending}
              onClick={() =>
                void publish
                  .run(() => call('publishVacancyTable', { body: { month: data.month } }))
                  .then((done) => done && status.reload())
              }
            >
              {t('childcare.staff.publish', { month: labels.month(data.month) })}
            </Button>
          </div>
          <VacancyDownloads source={{ staff: true }} month={data.month} />
          <DataTable<FacilityStatus>
            caption={t('childcare.staff.statusTitle')}
            rows={data.facilities}
            rowKey={(row) => row.facilityId}
            empty={t('childcare.staff.noFacilities')}
            columns={[
              {
                key: 'name',
                header: t('childcare.table.facility'),
                rowHeader: true,
                render: (row) => row.name,
              },
              {
                key: 'updated',
                header: t('childcare.table.updated'),
                render: (row) =>
                  row.updated && row.updatedAt ? (
                    <Badge tone="good">{`${t('childcare.staff.updatedYes')} ${time(row.updatedAt)}`}</Badge>
                  ) : (
                    <Badge tone="warning">{t('childcare.staff.updatedNo')}</Badge>
                  ),
              },
              {
                key: 'reminded',
                header: t('childcare.staff.remind'),
                render: (row) =>
                  row.lastRemindedAt
                    ? t('childcare.staff.lastReminded', { time: time(row.lastRemindedAt) })
                    : '—',
              },
            ]}
          />
        </Card>
      ) : null}
      <DisplaySetting />
    </Page>
  );
}
