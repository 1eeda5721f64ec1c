import { useId, type ReactNode } from 'react';
import { FieldError } from './Field.tsx';

interface ChoiceFieldsetProps {
  legend: string;
  error?: string | undefined;
  children: ReactNode;
}

/** Choices under one legend; the error is read with the group, not only announced once. */
export function ChoiceFieldset({ legend, error, children }: ChoiceFieldsetProps) {
  const errorId = useId();
  return (
    <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
      <legend className="fieldset__legend">{legend}</legend>
      {children}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
