import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { apiRoutes, roles, type Role, type TAuditEntry, type TAuditFilter } from '@yorisoi/shared';
import { useApiData } from '../../../api/use-api.ts';
import { Button } from '../../../ui/Button.tsx';
import { Card } from '../../../ui/Card.tsx';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useDateFormatter } from '../wareki.ts';
import { AuditFilterForm } from './AuditFilterForm.tsx';

/** The log's entries, newest first, narrowed the way an investigation needs, a page at a time. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TAuditFilter>({});
  const [before, setBefore] = useState<number | undefined>(undefined);
  const log = useApiData('listAuditLog', {
    query: before === undefined ? filter : { ...filter, before },
  });
  const date = useDateFormatter();
  const items = log.data?.items ?? [];
  const oldest = items.at(-1);
  const narrow = (next: TAuditFilter) => {
    setFilter(next);
    setBefore(undefined);
  };

  return (
    <Page title={t('audit.title')} lead={<p>{t('audit.lead')}</p>} width="wide">
      <Card title={t('audit.filters')}>
        <AuditFilterForm
          key={JSON.stringify(filter)}
          filter={filter}
          actors={log.data?.actors ?? []}
          onApply={narrow}
        />
        <p>
          <a
            className="button button--secondary"
            href={`${apiRoutes.exportAuditLog.path}?${queryOf(filter)}`}
            download
          >
            {t('audit.csv')}
          </a>
        </p>
      </Card>
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
            minWidth="44rem"
            columns={[
              { key: 'seq', header: t('audit.seq'), numeric: true, render: (e) => e.seq },
              { key: 'at', header: t('audit.at'), render: (e) => date(e.at, true) },
              {
                key: 'action',
                header: t('audit.action'),
                rowHeader: true,
                render: (e) => <span title={e.action}>{t(`audit.actions.${e.action}`)}</span>,
              },
              { key: 'actor', header: t('audit.actor'), render: (e) => actorLabel(t, e) },
              {
                key: 'target',
                header: t('audit.target'),
                render: (e) =>
                  e.targetType && e.targetId ? (
                    <button
                      type="button"
                      className="link-button"
                      title={t('audit.filterByTarget')}
                      onClick={() => narrow({ targetId: e.targetId ?? undefined })}
                    >
                      {`${targetTypeLabel(t, e.targetType)} ${e.targetId.slice(0, 8)}…`}
                    </button>
                  ) : e.targetType ? (
                    targetTypeLabel(t, e.targetType)
                  ) : (
                    '—'
                  ),
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
          {oldest && oldest.seq > 1 && items.length >= 100 ? (
            <Button variant="secondary" onClick={() => setBefore(oldest.seq)}>
              {t('audit.more')}
            </Button>
          ) : null}
        </div>
      </Card>
    </Page>
  );
}

/** The filter as a query string, leaving out what is not set. */
const queryOf = (filter: TAuditFilter) =>
  new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();

/** A target's kind in words; a kind added later without a label shows as stored. */
const targetTypeLabel = (t: TFunction, type: string) =>
  t(`audit.targetTypes.${type}`, { defaultValue: type });

function roleLabel(t: TFunction, role: string): string {
  return (roles as readonly string[]).includes(role) ? t(`roles.${role as Role}`) : role;
}

function actorLabel(t: TFunction, entry: TAuditEntry): ReactNode {
  if (!entry.actorRole) return t('audit.system');
  if (entry.actorRole === 'worker' || entry.actorRole === 'family') return t('audit.person');
  const role = roleLabel(t, entry.actorRole);
  if (!entry.actorName) return role;
  return (
    <>
      {entry.actorName}
      <br />
      <small className="muted">{role}</small>
    </>
  );
}
