import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/Field.tsx';

interface TotpCodeFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /** On the sign-in form the code is for staff only, so it may stay empty there. */
  optional?: boolean;
  hint?: string;
}

/** The six-digit code from the authenticator app; full-width digits are accepted too. */
export function TotpCodeField({ value, onChange, error, optional, hint }: TotpCodeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('fields.totpCode')}
      hint={hint ?? t('mfa.codeHint')}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      maxLength={6}
      required={!optional}
      className="field--code"
      value={value}
      onChange={(event) =>
        onChange(event.target.value.normalize('NFKC').replace(/\D/g, '').slice(0, 6))
      }
      error={error}
    />
  );
}
