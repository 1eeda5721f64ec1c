import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxMessageLength } from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { TextAreaField } from '../../ui/Field.tsx';

interface MessageFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** A message textarea with a character counter against the shared limit. */
export function MessageField({ label, hint, value, onChange, ...rest }: MessageFieldProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const counter = t('consultations.start.counter', {
    count: formatNumber(value.length, locale),
    max: formatNumber(maxMessageLength, locale),
  });
  return (
    <TextAreaField
      label={label}
      hint={
        <>
          {hint}
          <span className={`counter${value.length > maxMessageLength ? ' counter--over' : ''}`}>
            {counter}
          </span>
        </>
      }
      value={value}
      rows={4}
      onChange={(event) => onChange(event.currentTarget.value)}
      {...rest}
    />
  );
}

/** The problem with a message about to be sent, or undefined when it can go. */
export function messageProblem(body: string): 'messageRequired' | 'messageTooLong' | undefined {
  if (body.trim() === '') return 'messageRequired';
  if (body.length > maxMessageLength) return 'messageTooLong';
  return undefined;
}
