import { ChoiceFieldset } from '../../ui/ChoiceFieldset.tsx';

export interface ChipOption<T extends string> {
  value: T;
  label: string;
}

interface ChipGroupProps<T extends string> {
  legend: string;
  options: readonly ChipOption<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  error?: string | undefined;
}

/** A multi-select as tappable chips; each chip is a real checkbox with its label. */
export function ChipGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  error,
}: ChipGroupProps<T>) {
  function toggle(value: T, on: boolean) {
    const next = on ? [...selected, value] : selected.filter((s) => s !== value);
    // Keep the fixed order of the options, whatever order they were tapped in.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  }

  return (
    <ChoiceFieldset legend={legend} error={error}>
      <div className="chips">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input
              type="checkbox"
              className="chip__input"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </ChoiceFieldset>
  );
}
