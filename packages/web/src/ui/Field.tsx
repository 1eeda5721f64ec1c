import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** Ids for a control and the texts that describe it (hint first, then the error). */
function useDescribed(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

/** What a control says about itself: its id, whether it is in error, and what describes it. */
function controlProps(described: ReturnType<typeof useDescribed>, error: string | undefined) {
  return {
    id: described.id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described.describedBy,
  };
}

/** A labelled control with its hint above and its error below. */
function Framed({
  className = 'field',
  label,
  hint,
  error,
  described,
  children,
}: FieldFrame & {
  className?: string;
  described: ReturnType<typeof useDescribed>;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={described.id} className="field__label">
        {label}
      </label>
      <Hint id={described.hintId}>{hint}</Hint>
      {children}
      <FieldError id={described.errorId} message={error} />
    </div>
  );
}

function Hint({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (!id) return null;
  return (
    <p id={id} className="field__hint">
      {children}
    </p>
  );
}

export function FieldError({
  id,
  message,
}: {
  id: string | undefined;
  message: string | undefined;
}) {
  if (!id || !message) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {message}
    </p>
  );
}

type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  const described = useDescribed(hint, error);
  return (
    <Framed
      className={`field${className ? ` ${className}` : ''}`}
      label={label}
      hint={hint}
      error={error}
      described={described}
    >
      <input {...input} {...controlProps(described, error)} className="field__control" />
    </Framed>
  );
}

type TextAreaFieldProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({ label, hint, error, ...textarea }: TextAreaFieldProps) {
  const described = useDescribed(hint, error);
  return (
    <Framed label={label} hint={hint} error={error} described={described}>
      <textarea
        {...textarea}
        {...controlProps(described, error)}
        className="field__control field__control--multiline"
      />
    </Framed>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: readonly SelectOption[] };

export function SelectField({ label, hint, error, options, ...select }: SelectFieldProps) {
  const described = useDescribed(hint, error);
  return (
    <Framed label={label} hint={hint} error={error} described={described}>
      <select
        {...select}
        {...controlProps(described, error)}
        className="field__control field__control--select"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Framed>
  );
}

type CheckboxFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

export function CheckboxField({ label, hint, error, ...input }: CheckboxFieldProps) {
  const described = useDescribed(hint, error);
  return (
    <div className="field field--checkbox">
      <div className="field__checkbox-row">
        <input
          {...input}
          type="checkbox"
          {...controlProps(described, error)}
          className="field__checkbox"
        />
        <label htmlFor={described.id} className="field__label field__label--inline">
          {label}
        </label>
      </div>
      <Hint id={described.hintId}>{hint}</Hint>
      <FieldError id={described.errorId} message={error} />
    </div>
  );
}
