import type { ReactNode } from 'react';

interface CardProps {
  title?: string;
  /** Headings must follow the page outline: h2 under the page's h1 by default. */
  level?: 2 | 3;
  tone?: 'default' | 'highlight' | 'emergency';
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export function Card({ title, level = 2, tone = 'default', actions, children, testId }: CardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    // Not a labelled landmark on purpose: pages hold many cards, and headings already
    // give screen-reader users the outline.
    <section className={`card card--${tone}`} data-testid={testId}>
      {title || actions ? (
        <div className="card__header">
          {title ? <Heading className="card__title">{title}</Heading> : null}
          {actions ? <div className="card__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
