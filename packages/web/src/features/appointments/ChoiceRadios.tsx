import { ChoiceFieldset } from '../../ui/ChoiceFieldset.tsx';

interface ChoiceRadiosProps<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange: (next: T) => void;
  error?: string | undefined;
}

/** One choice among a few, as large tappable radio rows (phones first). */
export function ChoiceRadios<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
}: ChoiceRadiosProps<T>) {
  return (
    <ChoiceFieldset legend={legend} error={error}>
      <div className="choice-list">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              className="field__checkbox"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </ChoiceFieldset>
  );
}
