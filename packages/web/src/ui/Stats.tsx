export interface Stat {
  label: string;
  value: string;
  testId?: string;
}

/** Key figures as a description list, so each number is read out with its label. */
export function Stats({ items }: { items: readonly Stat[] }) {
  return (
    <dl className="stats">
      {items.map((item) => (
        <div key={item.label} className="stats__item">
          <dt className="stats__label">{item.label}</dt>
          <dd className="stats__value" data-testid={item.testId}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
