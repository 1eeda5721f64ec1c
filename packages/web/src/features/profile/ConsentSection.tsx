import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useSession, useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { Badge } from '../../ui/Badge.tsx';
import { LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ConfirmedAction } from '../../ui/ConfirmedAction.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useDateFormatter } from '../admin/wareki.ts';

/** Consent status, its history, and withdrawing it (which stops consultations until re-agreed). */
export function ConsentSection() {
  const { t } = useTranslation();
  const user = useUser();
  const { refresh } = useSession();
  const status = useApiData('getConsent');
  const withdraw = useAction();
  const date = useDateFormatter();
  const granted = !user.consent.required;

  async function confirmWithdraw() {
    const session = await withdraw.run(async () => {
      await call('withdrawConsent');
      return refresh();
    });
    if (session) status.reload();
    return Boolean(session);
  }

  return (
    <Card title={t('profile.consentTitle')}>
      <p>
        {granted ? (
          <Badge tone="good">{t('profile.consentGiven')}</Badge>
        ) : (
          <Badge tone="warning">{t('profile.consentMissing')}</Badge>
        )}{' '}
        {granted && user.consent.grantedVersion
          ? t('profile.consentVersion', { version: user.consent.grantedVersion })
          : null}
      </p>
      <ErrorAlert error={status.error ?? withdraw.error} />
      {status.data && status.data.history.length > 0 ? (
        <>
          <h3 className="card__subtitle">{t('profile.consentHistory')}</h3>
          <ul className="plain-list">
            {status.data.history.map((entry) => (
              <li key={`${entry.version}-${entry.at}`}>
                {date(entry.at, true)}{' '}
                {t(`profile.consentAction.${entry.action}`, { version: entry.version })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {granted ? (
        <ConfirmedAction
          label={t('profile.withdraw')}
          title={t('profile.withdrawConfirmTitle')}
          body={t('profile.withdrawConfirmBody')}
          confirmLabel={t('profile.withdrawConfirm')}
          pending={withdraw.pending}
          onConfirm={confirmWithdraw}
        />
      ) : (
        <>
          <p>{t('profile.consentMissingBody')}</p>
          <LinkButton to={paths.consent} variant="primary">
            {t('profile.toConsent')}
          </LinkButton>
        </>
      )}
    </Card>
  );
}
