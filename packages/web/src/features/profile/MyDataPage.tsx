import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  auditActions,
  roles,
  type AuditAction,
  type ConsultationTopic,
  type Role,
  type TMyDataExport,
} from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { saveBlob } from '../../ui/save-blob.ts';
import { topicList } from '../consultations/labels.ts';
import { exportFileName } from './export-file-name.ts';

/**
 * Everything held about the person, as a document they can read, print or save as PDF
 * (APPI art. 33 asks for a copy the person can understand, not only a machine's file).
 */
export function MyDataPage() {
  const { t } = useTranslation();
  const data = useApiData('exportMyData');
  const locale = currentLocale();
  const at = (value: string) => formatDate(value, locale, { withTime: true });

  if (!data.data) {
    return (
      <Page title={t('myData.title')}>
        <ErrorAlert error={data.error} />
        {data.loading ? <Loading /> : null}
      </Page>
    );
  }
  const d = data.data;
  return (
    <Page
      title={t('myData.title')}
      lead={<p>{t('myData.lead', { date: at(d.exportedAt) })}</p>}
      width="wide"
      className="my-data"
    >
      <div className="row-actions no-print">
        <Button onClick={() => window.print()}>{t('myData.print')}</Button>
        <Button
          variant="secondary"
          onClick={() =>
            saveBlob(
              new Blob([JSON.stringify(d, null, 2)], { type: 'application/json' }),
              exportFileName(new Date()),
            )
          }
        >
          {t('myData.json')}
        </Button>
      </div>
      <ProfileCard profile={d.profile} at={at} />
      <ConsultationsCard consultations={d.consultations} at={at} />
      <Card title={t('myData.consents')}>
        <List
          empty={t('myData.none')}
          items={d.consents.map((c) => ({
            key: `${c.at}-${c.action}`,
            text: t('myData.consentItem', {
              at: at(c.at),
              action: t(`myData.consentActions.${c.action}`, { defaultValue: c.action }),
              version: c.version,
            }),
          }))}
        />
      </Card>
      <Card title={t('myData.sessions')}>
        <List
          empty={t('myData.none')}
          items={d.sessions.map((s) => ({
            key: s.createdAt,
            text: t('myData.sessionItem', {
              since: at(s.createdAt),
              last: at(s.lastSeenAt),
              device: s.userAgent ?? t('myData.unknownDevice'),
            }),
          }))}
        />
      </Card>
      <Card title={t('myData.family')}>
        <List
          empty={t('myData.none')}
          items={[
            ...d.familyCodes.map((c) => ({
              key: c.id,
              text: t('myData.familyCode', { created: at(c.createdAt) }),
            })),
            ...d.familyLinks.map((l) => ({
              key: `${l.relation}-${l.since}`,
              text: t(`myData.familyLink.${l.relation}`, { since: at(l.since) }),
            })),
          ]}
        />
      </Card>
      <Card title={t('myData.access')}>
        <p>{t('myData.accessLead')}</p>
        <List
          empty={t('myData.none')}
          items={d.accessLog.map((a, i) => ({
            key: `${a.at}-${i}`,
            text: t('myData.accessItem', {
              at: at(a.at),
              action: actionLabel(t, a.action),
              by: byLabel(t, a.byRole),
            }),
          }))}
        />
      </Card>
    </Page>
  );
}

function ProfileCard({
  profile,
  at,
}: {
  profile: TMyDataExport['profile'];
  at: (v: string) => string;
}) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('myData.profile.displayName'), profile.displayName],
    [t('myData.profile.nickname'), profile.nickname ?? '—'],
    [t('myData.profile.email'), profile.email],
    [
      t('myData.profile.birthYear'),
      profile.birthYear ? t('myData.profile.year', { year: profile.birthYear }) : '—',
    ],
    [t('myData.profile.role'), byLabel(t, profile.role)],
    [t('myData.profile.organization'), profile.organization ?? '—'],
    [t('myData.profile.municipality'), profile.municipality ?? '—'],
    [t('myData.profile.createdAt'), at(profile.createdAt)],
  ];
  return (
    <Card title={t('myData.profile.title')}>
      <dl className="my-data__facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

function ConsultationsCard({
  consultations,
  at,
}: {
  consultations: TMyDataExport['consultations'];
  at: (v: string) => string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Card title={t('myData.consultations', { count: consultations.length })}>
      {consultations.length === 0 ? <p>{t('myData.none')}</p> : null}
      {consultations.map((c) => (
        <section key={c.id} className="my-data__consultation">
          <h3>
            {t('myData.consultationHeading', {
              date: at(c.createdAt),
              topics: topicList(
                c.topics as ConsultationTopic[],
                locale,
                t('consultations.topicSeparator'),
              ),
            })}
          </h3>
          <p className="muted">
            {c.closedAt
              ? t('myData.closedAt', { date: at(c.closedAt) })
              : t(`consultations.status.${c.status as 'queued' | 'active' | 'closed'}`, {
                  defaultValue: c.status,
                })}
          </p>
          <ol className="my-data__messages">
            {c.messages.map((m) => (
              <li key={m.seq} className={`my-data__message my-data__message--${m.from}`}>
                <p className="my-data__meta">
                  {t('myData.messageMeta', {
                    from: m.from === 'me' ? t('myData.fromMe') : t('myData.fromCareTeam'),
                    at: at(m.at),
                  })}
                </p>
                <p className="my-data__body">{m.body}</p>
                {m.attachments.map((a) => (
                  <p key={a.id} className="muted">
                    {a.mimeType === 'application/pdf'
                      ? t('myData.attachmentPdf')
                      : t('myData.attachmentPhoto')}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </Card>
  );
}

function List({ items, empty }: { items: { key: string; text: string }[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="my-data__list">
      {items.map((item) => (
        <li key={item.key}>{item.text}</li>
      ))}
    </ul>
  );
}

function actionLabel(t: TFunction, action: string): string {
  return (auditActions as readonly string[]).includes(action)
    ? t(`audit.actions.${action as AuditAction}`)
    : action;
}

function byLabel(t: TFunction, role: string | null): string {
  if (role === null) return t('audit.system');
  return (roles as readonly string[]).includes(role) ? t(`roles.${role as Role}`) : role;
}
