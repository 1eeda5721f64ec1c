import type { FormEvent, ReactNode } from 'react';

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
