import type { FormEvent, ReactNode } from 'react';
import { Button } from './Button.tsx';

interface FormProps {
  onSubmit: () => void;
  children: ReactNode;
  className?: string;
}

/** A form that never reloads the page; native validation is replaced by ours (with messages). */
export function Form({ onSubmit, children, className }: FormProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className={`form${className ? ` ${className}` : ''}`} onSubmit={submit} noValidate>
      {children}
    </form>
  );
}

/** The row under a form with its submit button (and any quieter buttons after it). */
export function SubmitRow({
  pending,
  label,
  children,
}: {
  pending: boolean;
  label: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="form__actions">
      <Button type="submit" pending={pending}>
        {label}
      </Button>
      {children}
    </div>
  );
}
