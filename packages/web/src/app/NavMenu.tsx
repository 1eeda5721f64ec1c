import { useId, useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { NavLink, matchPath, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NavItem } from './nav.ts';

interface NavMenuProps {
  label: string;
  items: NavItem[];
  /** group: a desk dropdown; more: 「その他」 in the tab bar; drawer: the staff menu on a phone. */
  variant: 'group' | 'more' | 'drawer';
  icon?: ReactNode;
  /** For an icon button: the label is read out but not shown. */
  labelHidden?: boolean;
}

/**
 * A disclosure button with a list of links: Escape, a click or tap elsewhere, leaving it with
 * Tab, or following a link closes it.
 */
export function NavMenu({ label, items, variant, icon, labelHidden = false }: NavMenuProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const holdsCurrentPage = items.some((item) => matchPath({ path: item.to }, pathname));

  // Listening from the render that opened it: an Escape pressed at once must close it too
  // (Preact runs plain effects only after the next frame).
  useLayoutEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const closeWhenFocusLeaves = (event: FocusEvent) => {
    if (event.relatedTarget && !root.current?.contains(event.relatedTarget as Node)) setOpen(false);
  };

  return (
    <div className={`nav-menu nav-menu--${variant}`} ref={root} onBlur={closeWhenFocusLeaves}>
      <button
        ref={button}
        type="button"
        className={`nav-menu__button${holdsCurrentPage ? ' nav-menu__button--current' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {icon}
        <span className={labelHidden ? 'visually-hidden' : 'nav-menu__label'}>{label}</span>
        {variant === 'group' ? (
          <svg className="nav-menu__chevron" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        ) : null}
      </button>
      <ul id={listId} className="nav-menu__list" hidden={!open}>
        {items.map((item) => (
          <li key={item.key}>
            <NavLink to={item.to} end className="nav-menu__link" onClick={() => setOpen(false)}>
              {t(`nav.${item.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
