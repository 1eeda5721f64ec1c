import { useApiData } from '../../api/use-api.ts';
import { SelectField } from '../../ui/Field.tsx';

interface CoordinatorSelectProps {
  label: string;
  value: string;
  onChange: (coordinatorId: string) => void;
}

/** A supervisor picks whose availability or appointments to manage (licensed staff only). */
export function CoordinatorSelect({ label, value, onChange }: CoordinatorSelectProps) {
  const team = useApiData('listAvailability', { query: {} });
  const options = (team.data?.items ?? []).map((m) => ({
    value: m.coordinatorId,
    label: m.displayName,
  }));
  if (options.length === 0) return null;
  return (
    <SelectField
      label={label}
      value={value}
      options={options}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
