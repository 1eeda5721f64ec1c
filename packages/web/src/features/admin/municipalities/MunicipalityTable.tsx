import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZMunicipalitySummary } from '@yorisoi/shared';
import { useApiData, type ApiData } from '../../../api/use-api.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { useDateFormatter } from '../wareki.ts';

type Summary = z.output<typeof ZMunicipalitySummary>;

export function useMunicipalities(): ApiData<{ items: Summary[] }> {
  return useApiData('listMunicipalities');
}

export function MunicipalityTable({ list: data }: { list: ApiData<{ items: Summary[] }> }) {
  const { t } = useTranslation();
  const date = useDateFormatter(true);
  const locale = currentLocale();

  return (
    <>
      <ErrorAlert error={data.error} />
      {data.loading && !data.data ? <Loading /> : null}
      {data.data ? (
        <DataTable
          caption={t('municipalities.listTitle')}
          rows={data.data.items}
          rowKey={(m) => m.id}
          empty={t('municipalities.empty')}
          testId="municipalities-table"
          columns={[
            {
              key: 'name',
              header: t('fields.municipalityName'),
              rowHeader: true,
              render: (m) => m.name,
            },
            { key: 'prefecture', header: t('fields.prefecture'), render: (m) => m.prefecture },
            { key: 'code', header: t('fields.localGovernmentCode'), render: (m) => m.code },
            {
              key: 'consortium',
              header: t('fields.consortiumName'),
              render: (m) => m.consortiumName ?? '—',
            },
            {
              key: 'organizations',
              header: t('municipalities.organizationsColumn'),
              numeric: true,
              render: (m) => formatNumber(m.organizations, locale),
            },
            {
              key: 'people',
              header: t('municipalities.peopleColumn'),
              numeric: true,
              render: (m) => formatNumber(m.enrolledPeople, locale),
            },
            { key: 'created', header: t('common.createdAt'), render: (m) => date(m.createdAt) },
          ]}
        />
      ) : null}
    </>
  );
}
