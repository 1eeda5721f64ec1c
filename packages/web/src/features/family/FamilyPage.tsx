import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFamilyCode } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useDateFormatter } from '../admin/wareki.ts';
import { displayCode, familyCodeStatus } from './family-code.ts';

/** Workers invite family members with one-time codes. */
export function FamilyPage() {
  const { t } = useTranslation();
  const codes = useApiData('listFamilyCodes');
  const create = useAction();
  const revoke = useAction();
  const [created, setCreated] = useState<TFamilyCode | null>(null);
  const [now] = useState(() => new Date());
  const date = useDateFormatter();

  function createCode() {
    void create
      .run(() => call('createFamilyCode'))
      .then((code) => {
        if (!code) return;
        setCreated(code);
        codes.reload();
      });
  }

  function revokeCode(code: TFamilyCode) {
    void revoke
      .run(() => call('revokeFamilyCode', { params: { id: code.id } }))
      .then((result) => {
        if (!result) return;
        if (created?.id === code.id) setCreated(null);
        codes.reload();
      });
  }

  return (
    <Page title={t('family.title')} lead={<p>{t('family.lead')}</p>}>
      <Card title={t('family.createTitle')} tone="highlight">
        <p>{t('family.createLead')}</p>
        <ErrorAlert error={create.error} />
        {created ? (
          <div className="family-code" role="status">
            <p className="family-code__label">{t('family.newCode')}</p>
            <p className="code-display code-display--huge" data-testid="family-code">
              {displayCode(created.code)}
            </p>
            <p>{t('family.oneTime', { date: date(created.expiresAt, true) })}</p>
            <p className="muted">{t('family.howTo')}</p>
          </div>
        ) : null}
        <Button pending={create.pending} onClick={createCode} block>
          {t('family.create')}
        </Button>
      </Card>
      <Card title={t('family.listTitle')}>
        <ErrorAlert error={codes.error ?? revoke.error} />
        {codes.loading && !codes.data ? <Loading /> : null}
        {codes.data && codes.data.items.length === 0 ? (
          <p className="empty">{t('family.empty')}</p>
        ) : null}
        {codes.data && codes.data.items.length > 0 ? (
          <ul className="code-list">
            {codes.data.items.map((code) => {
              const status = familyCodeStatus(code, now);
              return (
                <li key={code.id} className="code-list__item">
                  <span className="code-text">{displayCode(code.code)}</span>{' '}
                  <Badge tone={status === 'active' ? 'good' : 'neutral'}>
                    {t(`family.status.${status}`)}
                  </Badge>
                  <span className="code-list__meta">
                    {status === 'used' && code.usedAt
                      ? t('family.usedAt', { date: date(code.usedAt) })
                      : t('family.expiresAt', { date: date(code.expiresAt, true) })}
                  </span>
                  {status === 'active' ? (
                    <Button
                      variant="danger"
                      pending={revoke.pending}
                      onClick={() => revokeCode(code)}
                      aria-label={t('family.revokeFor', { code: displayCode(code.code) })}
                    >
                      {t('family.revoke')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        <Alert tone="info">{t('family.privacy')}</Alert>
      </Card>
    </Page>
  );
}
