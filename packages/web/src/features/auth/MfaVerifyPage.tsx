import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useAction } from '../../api/use-api.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { useSession } from '../../api/session.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Form } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { TotpCodeField } from './TotpCodeField.tsx';

export function MfaVerifyPage() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [code, setCode] = useState('');
  const action = useAction();
  const fieldError = useFieldErrors(action.error);

  function submit() {
    void action.run(() => call('verifyTotp', { body: { code } }));
  }

  return (
    <Page title={t('mfa.verifyTitle')} lead={<p>{t('mfa.verifyLead')}</p>}>
      <Form onSubmit={submit}>
        <ErrorAlert error={action.error} />
        <TotpCodeField
          value={code}
          onChange={setCode}
          error={
            errorCode(action.error) === 'TOTP_INVALID' ? t('validation.code') : fieldError('code')
          }
        />
        <Button type="submit" pending={action.pending} block>
          {t('mfa.verify')}
        </Button>
      </Form>
      <p className="aside-note">
        <button type="button" className="text-button" onClick={() => void signOut()}>
          {t('mfa.otherAccount')}
        </button>
      </p>
    </Page>
  );
}
