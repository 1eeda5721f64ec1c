import { passwordMinLength, type TLocale } from '@yorisoi/shared';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../i18n/locale.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';

interface AccountFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string;
}

/**
 * The address an account signs in with; on sign-up the browser may offer any address it
 * knows (`email`), elsewhere the one it keeps for this site (`username`).
 */
export function EmailField({
  value,
  onChange,
  error,
  hint,
  autoComplete = 'username',
}: AccountFieldProps & { autoComplete?: 'username' | 'email' }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('fields.email')}
      hint={hint}
      type="email"
      name="email"
      autoComplete={autoComplete}
      inputMode="email"
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}

/** A password chosen now, at least as long as the server asks. */
export function NewPasswordField({
  value,
  onChange,
  error,
  label,
}: AccountFieldProps & { label: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label}
      hint={t('signUp.passwordHint', { min: passwordMinLength })}
      type="password"
      name="password"
      autoComplete="new-password"
      required
      minLength={passwordMinLength}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}

interface NameFieldsProps {
  displayName: string;
  nickname: string;
  onDisplayName: (value: string) => void;
  onNickname: (value: string) => void;
  fieldError: (path: string) => string | undefined;
  /** On sign-up the browser may offer a nickname it knows for the name, never for the nickname. */
  autoComplete?: boolean;
}

/** The name the care team sees and the optional nickname a person goes by. */
export function NameFields({
  displayName,
  nickname,
  onDisplayName,
  onNickname,
  fieldError,
  autoComplete = false,
}: NameFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('fields.displayName')}
        hint={t('signUp.displayNameHint')}
        name="displayName"
        autoComplete={autoComplete ? 'nickname' : undefined}
        required
        maxLength={60}
        value={displayName}
        onChange={(event) => onDisplayName(event.target.value)}
        error={fieldError('displayName')}
      />
      <TextField
        label={t('fields.nicknameOptional')}
        hint={t('signUp.nicknameHint')}
        name="nickname"
        autoComplete={autoComplete ? 'off' : undefined}
        maxLength={60}
        value={nickname}
        onChange={(event) => onNickname(event.target.value)}
        error={fieldError('nickname')}
      />
    </>
  );
}

/** The language the app and its e-mails speak to this person in (each named in itself). */
export function LocaleField({
  value,
  onChange,
}: {
  value: TLocale;
  onChange: (value: TLocale) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('fields.locale')}
      name="locale"
      value={value}
      onChange={(event) => {
        if (isLocale(event.target.value)) onChange(event.target.value);
      }}
      options={[
        { value: 'ja', label: '日本語' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
