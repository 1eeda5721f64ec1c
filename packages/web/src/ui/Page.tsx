import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  lead?: ReactNode;
  /**
   * Staff pages use the full width for tables (`full`: the three-pane console); people
   * consulting get a single column.
   */
  width?: 'narrow' | 'wide' | 'full';
  actions?: ReactNode;
  /** Before the heading, such as the chat's back link. */
  leading?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One page: its single h1, the document title, and focus moved to the heading on arrival. */
export function Page({
  title,
  lead,
  width = 'narrow',
  actions,
  leading,
  className,
  children,
}: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} | ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    // Screen-reader users hear where they landed after a client-side navigation.
    heading.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className={`page page--${width}${className ? ` ${className}` : ''}`}>
      <div className="page__header">
        {leading}
        <h1 ref={heading} tabIndex={-1} className="page__title">
          {title}
        </h1>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </div>
      {lead ? <div className="page__lead">{lead}</div> : null}
      {children}
    </div>
  );
}
