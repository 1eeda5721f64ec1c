import { useState } from 'react';

/** What a text control needs from its form: its name, value, change handler and error. */
export interface BoundField {
  name: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  error: string | undefined;
}

/**
 * A form's text values by field name. `field('email')` binds one control (text or select)
 * to its value and to the error the server or a client check gave for it; the error's
 * path in the request body may differ from the field's name (`firstSupervisor.email`).
 */
export function useFormFields<Name extends string>(
  initial: Record<Name, string>,
  errorOf: (path: string) => string | undefined = () => undefined,
) {
  const [values, setValues] = useState(initial);
  const field = (name: Name, errorPath: string = name): BoundField => ({
    name,
    value: values[name],
    onChange: (event) => setValues((current) => ({ ...current, [name]: event.target.value })),
    error: errorOf(errorPath),
  });
  /** Back to the initial values, or to `next` (to keep what should stay for the next entry). */
  const reset = (next: Record<Name, string> = initial) => setValues(next);
  return { values, field, reset };
}
