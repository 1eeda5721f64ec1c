import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TTotpSetupResponse } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useAction } from '../../api/use-api.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { groupInFours } from '../../i18n/format.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { TotpCodeField } from './TotpCodeField.tsx';

/** Staff enrol an authenticator app: scan (or type) the secret, then confirm one code. */
export function MfaSetupPage() {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<TTotpSetupResponse | null>(null);
  const [code, setCode] = useState('');
  const start = useAction();
  const confirm = useAction();
  const fieldError = useFieldErrors(confirm.error);
  const started = useRef(false);

  const { run: runStart } = start;
  useEffect(() => {
    // Each setup call makes a new secret; never call it twice for one screen.
    if (started.current) return;
    started.current = true;
    void runStart(() => call('startTotpSetup')).then((result) => {
      if (result) setSetup(result);
    });
  }, [runStart]);

  function restart() {
    void runStart(() => call('startTotpSetup')).then((result) => {
      if (result) setSetup(result);
    });
  }

  function submit() {
    // On success the session says mfa "ok" and the guard opens the app.
    void confirm.run(() => call('enableTotp', { body: { code } }));
  }

  return (
    <Page title={t('mfa.setupTitle')} lead={<p>{t('mfa.setupLead')}</p>}>
      <ErrorAlert error={start.error} />
      {start.error ? <Button onClick={restart}>{t('common.retry')}</Button> : null}
      {!setup && start.pending ? <Loading /> : null}
      {setup ? (
        <>
          <Card title={t('mfa.step1Title')}>
            <p>{t('mfa.step1Body')}</p>
            <img
              className="qr"
              src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`}
              alt={t('mfa.qrAlt')}
              width="220"
              height="220"
            />
            <p>{t('mfa.manualEntry')}</p>
            <p className="secret" data-testid="totp-secret">
              {groupInFours(setup.secret)}
            </p>
          </Card>
          <Card title={t('mfa.step2Title')}>
            <Form onSubmit={submit}>
              <ErrorAlert error={confirm.error} />
              <TotpCodeField
                value={code}
                onChange={setCode}
                error={
                  errorCode(confirm.error) === 'TOTP_INVALID'
                    ? t('validation.code')
                    : fieldError('code')
                }
              />
              <Button type="submit" pending={confirm.pending}>
                {t('mfa.enable')}
              </Button>
            </Form>
          </Card>
        </>
      ) : null}
    </Page>
  );
}
