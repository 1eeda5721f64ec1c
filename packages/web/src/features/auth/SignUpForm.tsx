import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatInviteCode,
  passwordMinLength,
  type TInviteLookupResponse,
  type TLocale,
  type TSignUpRequested,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { currentLocale, setLocale } from '../../i18n/index.ts';
import { isLocale } from '../../i18n/locale.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
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
        <TextField
          label={t('fields.email')}
          hint={t('signUp.emailHint')}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError('email')}
        />
        <TextField
          label={t('fields.password')}
          hint={t('signUp.passwordHint', { min: passwordMinLength })}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={passwordMinLength}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError('password')}
        />
        <TextField
          label={t('fields.displayName')}
          hint={t('signUp.displayNameHint')}
          name="displayName"
          autoComplete="nickname"
          required
          maxLength={60}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={fieldError('displayName')}
        />
        <TextField
          label={t('fields.nicknameOptional')}
          hint={t('signUp.nicknameHint')}
          name="nickname"
          autoComplete="off"
          maxLength={60}
          value={nickname}
          onChange={(event) => setNickname(event.target.value)}
          error={fieldError('nickname')}
        />
        <SelectField
          label={t('fields.locale')}
          name="locale"
          value={locale}
          onChange={(event) => {
            if (isLocale(event.target.value)) setFormLocale(event.target.value);
          }}
          options={[
            { value: 'ja', label: '日本語' },
            { value: 'en', label: 'English' },
          ]}
        />
        <p className="form__note">{t('signUp.privacyNote')}</p>
        <Button type="submit" pending={action.pending} block>
          {t('signUp.submit')}
        </Button>
      </Form>
    </>
  );
}
