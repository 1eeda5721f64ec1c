import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatInviteCode,
  type TInviteLookupResponse,
  type TLocale,
  type TSignUpRequested,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { currentLocale, setLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { EmailField, LocaleField, NameFields, NewPasswordField } from './AccountFields.tsx';
import { Form } from '../../ui/Form.tsx';

interface SignUpFormProps {
  inviteCode: string;
  invite: TInviteLookupResponse;
  onChangeCode: () => void;
  /** The answer, the same for every address, and the address it was sent to. */
  onDone: (requested: TSignUpRequested, email: string) => void;
}

export function SignUpForm({ inviteCode, invite, onChangeCode, onDone }: SignUpFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [nickname, setNickname] = useState('');
  const [locale, setFormLocale] = useState<TLocale>(currentLocale());
  const action = useAction();
  const fieldError = useFieldErrors(action.error);
  const where = { organization: invite.organizationName, municipality: invite.municipalityName };

  function submit() {
    void action
      .run(() =>
        call('signUp', {
          body: {
            inviteCode,
            email,
            password,
            displayName,
            nickname: nickname.trim() === '' ? null : nickname,
            locale,
          },
        }),
      )
      .then((requested) => {
        if (!requested) return;
        setLocale(locale);
        onDone(requested, email.trim());
      });
  }

  return (
    <>
      <Alert tone="info" title={t(`signUp.found.${invite.kind}`, where)}>
        <p>
          {t('signUp.codeShown', { code: formatInviteCode(inviteCode) })}{' '}
          <button type="button" className="text-button" onClick={onChangeCode}>
            {t('signUp.changeCode')}
          </button>
        </p>
      </Alert>
      <Form onSubmit={submit}>
        <ErrorAlert error={action.error} />
        <EmailField
          hint={t('signUp.emailHint')}
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={fieldError('email')}
        />
        <NewPasswordField
          label={t('fields.password')}
          value={password}
          onChange={setPassword}
          error={fieldError('password')}
        />
        <NameFields
          displayName={displayName}
          nickname={nickname}
          onDisplayName={setDisplayName}
          onNickname={setNickname}
          fieldError={fieldError}
          autoComplete
        />
        <LocaleField value={locale} onChange={setFormLocale} />
        <p className="form__note">{t('signUp.privacyNote')}</p>
        <Button type="submit" pending={action.pending} block>
          {t('signUp.submit')}
        </Button>
      </Form>
    </>
  );
}
