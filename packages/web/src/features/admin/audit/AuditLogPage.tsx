import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { roles, type Role } from '@yorisoi/shared';
import { useApiData } from '../../../api/use-api.ts';
import { Button } from '../../../ui/Button.tsx';
import { Card } from '../../../ui/Card.tsx';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useDateFormatter } from '../wareki.ts';

/** Recent entries of the append-only audit log, newest first, a page at a time. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [before, setBefore] = useState<number | undefined>(undefined);
  const log = useApiData('listAuditLog', { query: before === undefined ? {} : { before } });
  const date = useDateFormatter();
  const items = log.data?.items ?? [];
  const oldest = items.at(-1);

  return (
    <Page title={t('audit.title')} lead={<p>{t('audit.lead')}</p>} width="wide">
      <Card title={before === undefined ? t('audit.latest') : t('audit.older', { seq: before })}>
        <ErrorAlert error={log.error} />
        {log.loading && !log.data ? <Loading /> : null}
        {log.data ? (
          <DataTable
            caption={t('audit.title')}
            rows={items}
            rowKey={(e) => String(e.seq)}
            empty={t('audit.empty')}
            testId="audit-table"
            columns={[
              { key: 'seq', header: t('audit.seq'), numeric: true, render: (e) => e.seq },
              { key: 'at', header: t('audit.at'), render: (e) => date(e.at, true) },
              {
                key: 'action',
                header: t('audit.action'),
                rowHeader: true,
                render: (e) => <code>{e.action}</code>,
              },
              {
                key: 'actor',
                header: t('audit.actor'),
                render: (e) => (e.actorRole ? roleLabel(t, e.actorRole) : t('audit.system')),
              },
              {
                key: 'target',
                header: t('audit.target'),
                render: (e) =>
                  e.targetType
                    ? `${e.targetType}${e.targetId ? ` ${e.targetId.slice(0, 8)}…` : ''}`
                    : '—',
              },
            ]}
          />
        ) : null}
        <div className="row-actions">
          {before !== undefined ? (
            <Button variant="secondary" onClick={() => setBefore(undefined)}>
              {t('audit.toLatest')}
            </Button>
          ) : null}
          {oldest && oldest.seq > 1 ? (
            <Button variant="secondary" onClick={() => setBefore(oldest.seq)}>
              {t('audit.more')}
            </Button>
          ) : null}
        </div>
      </Card>
    </Page>
  );
}

function roleLabel(t: TFunction, role: string): string {
  return (roles as readonly string[]).includes(role) ? t(`roles.${role as Role}`) : role;
}
