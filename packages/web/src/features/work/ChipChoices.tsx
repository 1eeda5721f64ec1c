import type { ReactNode } from 'react';

/**
 * A question answered by tapping chips: real checkboxes (or radio buttons for one answer)
 * under a legend, large enough for a thumb.
 */
export function ChipChoices<V extends string>({
  legend,
  hint,
  options,
  chosen,
  onChange,
  single,
  children,
}: {
  legend: string;
  hint?: string;
  options: readonly { value: V; label: string }[];
  chosen: ReadonlySet<V>;
  onChange: (chosen: Set<V>) => void;
  /** One answer only (radio buttons named by this). */
  single?: string;
  children?: ReactNode;
}) {
  const choose = (value: V, on: boolean) => {
    if (single) return onChange(new Set([value]));
    const next = new Set(chosen);
    if (on) next.add(value);
    else next.delete(value);
    onChange(next);
  };
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <div className="chips">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input
              type={single ? 'radio' : 'checkbox'}
              name={single}
              className="chip__input"
              checked={chosen.has(option.value)}
              onChange={(event) => choose(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
