import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { nextStepFor } from '../../app/guards.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NewPasswordField } from './AccountFields.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

/** Staff open the one-time link they were handed, choose a password, then set up 2FA. */
export function ActivatePage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const navigate = useNavigate();
  const info = useApiData('getActivation', { body: { token } });
  const [password, setPassword] = useState('');
  const action = useAction();
  const fieldError = useFieldErrors(action.error);

  function submit() {
    void action
      .run(() => call('activateAccount', { body: { token, password } }))
      .then((session) => {
        if (session) void navigate(nextStepFor(session), { replace: true });
      });
  }

  if (info.loading) {
    return (
      <Page title={t('activate.title')}>
        <Loading />
      </Page>
    );
  }
  if (info.error || !info.data) {
    return (
      <Page title={t('activate.title')}>
        {errorCode(info.error) === 'VALIDATION_FAILED' ? (
          <Alert tone="error">{t('activate.badLink')}</Alert>
        ) : (
          <ErrorAlert error={info.error} />
        )}
      </Page>
    );
  }

  const who = info.data;
  return (
    <Page
      title={t('activate.title')}
      lead={
        <p>
          {t('activate.lead', {
            name: who.displayName,
            email: who.email,
            role: t(`roles.${who.role}`),
          })}
        </p>
      }
    >
      <Form onSubmit={submit}>
        <ErrorAlert error={action.error} />
        <NewPasswordField
          label={t('fields.newPassword')}
          value={password}
          onChange={setPassword}
          error={fieldError('password')}
        />
        <p className="form__note">{t('activate.next')}</p>
        <Button type="submit" pending={action.pending} block>
          {t('activate.submit')}
        </Button>
      </Form>
    </Page>
  );
}
