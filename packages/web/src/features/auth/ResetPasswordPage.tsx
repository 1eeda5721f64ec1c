import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { paths } from '../../app/guards.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NewPasswordField } from './AccountFields.tsx';
import { Form } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { tokenOfFragment } from './link-token.ts';

/** Opened from the reset mail: choose a new password; every device is signed out. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = tokenOfFragment(useLocation().hash);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();
  const fieldError = useFieldErrors(action.error);

  function submit() {
    if (!token) return;
    void action
      .run(() => call('resetPassword', { body: { token, password } }))
      .then((result) => {
        if (result) setDone(true);
      });
  }

  return (
    <Page title={t('passwordReset.setTitle')} lead={<p>{t('passwordReset.setLead')}</p>}>
      {!token ? (
        <Alert tone="error">
          <p>{t('passwordReset.badLink')}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" title={t('passwordReset.doneTitle')}>
          <p>{t('passwordReset.doneBody')}</p>
        </Alert>
      ) : null}
      {token && !done ? (
        <Form onSubmit={submit}>
          <ErrorAlert error={action.error} />
          <NewPasswordField
            label={t('fields.newPassword')}
            value={password}
            onChange={setPassword}
            error={fieldError('password')}
          />
          <Button type="submit" pending={action.pending} block>
            {t('passwordReset.setSubmit')}
          </Button>
        </Form>
      ) : null}
      <Link to={done ? paths.signIn : paths.forgotPassword} className="text-link">
        {done ? t('passwordReset.toSignIn') : t('passwordReset.askAgain')}
      </Link>
    </Page>
  );
}
