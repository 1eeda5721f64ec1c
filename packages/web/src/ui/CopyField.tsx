import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button.tsx';

interface CopyFieldProps {
  label: string;
  value: string;
  testId?: string;
}

/** A read-only value (activation link, URL) to hand over, with a copy button. */
export function CopyField({ label, value, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="copy-field__row">
        <input
          id={id}
          className="field__control copy-field__value"
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          {t('common.copy')}
        </Button>
      </div>
      <p className="field__hint" role="status">
        {copied ? t('common.copied') : ''}
      </p>
    </div>
  );
}
