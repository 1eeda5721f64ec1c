import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useAction } from '../../api/use-api.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { flash } from '../../app/flash.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { EmailField } from './AccountFields.tsx';
import { Form } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { paths } from '../../app/guards.ts';
import { useFlashOnce } from './use-flash-once.ts';
import { TotpCodeField } from './TotpCodeField.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const action = useAction();
  const fieldError = useFieldErrors(action.error);
  const message = useFlashOnce();
  // Once strangers' guesses slow the account down, staff get through with their second
  // factor; the field stays for the retry even while the next answer is pending.
  const [throttled, setThrottled] = useState(false);
  if (!throttled && errorCode(action.error) === 'SIGN_IN_THROTTLED') setThrottled(true);

  function submit() {
    flash.clear();
    const body = totpCode.length === 6 ? { email, password, totpCode } : { email, password };
    // The guard moves the person on as soon as the new session arrives.
    void action.run(() => call('signIn', { body }));
  }

  return (
    <Page title={t('signIn.title')} lead={<p>{t('signIn.lead')}</p>}>
      {message?.kind === 'signedOutEverywhere' ? (
        <Alert tone="success">{t('signIn.signedOutEverywhere')}</Alert>
      ) : null}
      {message?.kind === 'deletionScheduled' ? (
        <Alert tone="success" title={t('signIn.deletionTitle')}>
          <p>
            {t('signIn.deletionBody', {
              date: formatDate(message.scheduledFor, currentLocale()),
            })}
          </p>
        </Alert>
      ) : null}
      <Form onSubmit={submit}>
        {throttled && errorCode(action.error) === 'SIGN_IN_THROTTLED' ? (
          <Alert tone="warning" title={t('signIn.throttledTitle')}>
            <p>{t('signIn.throttledStaff')}</p>
            <p>
              {t('signIn.throttledPeople')}{' '}
              <Link to={paths.forgotPassword} className="text-link">
                {t('signIn.throttledReset')}
              </Link>
            </p>
          </Alert>
        ) : (
          <ErrorAlert error={action.error} />
        )}
        <EmailField value={email} onChange={setEmail} error={fieldError('email')} />
        <TextField
          label={t('fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError('password')}
        />
        {throttled ? (
          <TotpCodeField
            value={totpCode}
            onChange={setTotpCode}
            error={fieldError('totpCode')}
            hint={t('signIn.totpOptionalHint')}
            optional
          />
        ) : null}
        <Button type="submit" pending={action.pending} block>
          {t('signIn.submit')}
        </Button>
        <Link to={paths.forgotPassword} className="text-link">
          {t('passwordReset.forgot')}
        </Link>
      </Form>
      <section className="aside-note" aria-labelledby="signin-new">
        <h2 id="signin-new" className="aside-note__title">
          {t('signIn.newTitle')}
        </h2>
        <p>{t('signIn.newBody')}</p>
        <Link to={paths.signUp} className="text-link">
          {t('signIn.toSignUp')}
        </Link>
      </section>
    </Page>
  );
}
