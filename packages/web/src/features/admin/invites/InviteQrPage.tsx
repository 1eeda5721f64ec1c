import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatInviteCode } from '@yorisoi/shared';
import { useApiData } from '../../../api/use-api.ts';
import { useUser } from '../../../api/session.tsx';
import { paths } from '../../../app/guards.ts';
import { Alert } from '../../../ui/Alert.tsx';
import { Button, LinkButton } from '../../../ui/Button.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Page } from '../../../ui/Page.tsx';

/** Addresses only this machine can open: a sheet printed with one would lead nowhere. */
function isLocalAddress(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return hostname === 'localhost' || hostname === '::1' || hostname.startsWith('127.');
  } catch {
    return false;
  }
}

/** A printable sheet for the staff room: QR code, the code itself, and what to do. */
export function InviteQrPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { codeId = '' } = useParams();
  const organizationId = user.organization?.id ?? '';
  const qr = useApiData('getInviteQr', { params: { id: organizationId, codeId } });
  const codes = useApiData('listInviteCodes', { params: { id: organizationId } });
  const code = codes.data?.items.find((c) => c.id === codeId);

  return (
    <Page
      title={t('invites.printTitle')}
      width="narrow"
      actions={
        <div className="no-print row-actions">
          <LinkButton to={paths.inviteCodes} variant="quiet">
            {t('invites.back')}
          </LinkButton>
          <Button onClick={() => window.print()} disabled={!qr.data}>
            {t('invites.print')}
          </Button>
        </div>
      }
    >
      <ErrorAlert error={qr.error} />
      {qr.data && isLocalAddress(qr.data.url) ? (
        <div className="no-print">
          <Alert tone="warning" title={t('invites.localAddressTitle')}>
            <p>{t('invites.localAddressBody', { url: qr.data.url })}</p>
          </Alert>
        </div>
      ) : null}
      {qr.loading && !qr.data ? <Loading /> : null}
      {qr.data ? (
        <article className="print-sheet">
          <p className="print-sheet__org">{user.organization?.name}</p>
          <h2 className="print-sheet__title">{t('invites.sheetTitle')}</h2>
          <p>{t('invites.sheetLead')}</p>
          <img
            className="qr qr--large"
            src={`data:image/svg+xml;utf8,${encodeURIComponent(qr.data.svg)}`}
            alt={t('invites.qrAlt')}
            width="280"
            height="280"
          />
          {code ? (
            <p className="print-sheet__code">
              {t('invites.sheetCode')}{' '}
              <span className="code-display">{formatInviteCode(code.code)}</span>
            </p>
          ) : null}
          <p className="print-sheet__url">{qr.data.url}</p>
          <p className="muted">{t('invites.sheetPrivacy')}</p>
        </article>
      ) : null}
    </Page>
  );
}
