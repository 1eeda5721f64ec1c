import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPasswordResetRequested } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { paths } from '../../app/guards.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { EmailField } from './AccountFields.tsx';
import { Form } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';

/**
 * Asks for a reset link. The answer is the same for every address, so the page never
 * says whether the address is registered; it never says a mail went out when the
 * installation sends no mail.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<TPasswordResetRequested | null>(null);
  const action = useAction();
  const fieldError = useFieldErrors(action.error);

  function submit() {
    void action
      .run(() => call('requestPasswordReset', { body: { email } }))
      .then((result) => {
        if (result) setAnswer(result);
      });
  }

  return (
    <Page title={t('passwordReset.requestTitle')} lead={<p>{t('passwordReset.requestLead')}</p>}>
      {answer?.delivery === 'mail' ? (
        <Alert tone="success" title={t('passwordReset.mailTitle')}>
          <p>{t('passwordReset.mailBody', { email })}</p>
        </Alert>
      ) : null}
      {answer?.delivery === 'unavailable' ? (
        <Alert tone="info" title={t('passwordReset.noMailTitle')}>
          <p>{t('passwordReset.noMailBody')}</p>
        </Alert>
      ) : null}
      {answer ? null : (
        <Form onSubmit={submit}>
          <ErrorAlert error={action.error} />
          <EmailField value={email} onChange={setEmail} error={fieldError('email')} />
          <p className="form__note">{t('passwordReset.staffNote')}</p>
          <Button type="submit" pending={action.pending} block>
            {t('passwordReset.requestSubmit')}
          </Button>
        </Form>
      )}
      <Link to={paths.signIn} className="text-link">
        {t('passwordReset.backToSignIn')}
      </Link>
    </Page>
  );
}
