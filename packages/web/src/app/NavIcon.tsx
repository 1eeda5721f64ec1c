import type { TabKey } from './nav.ts';

/** Outline icons (24×24, drawn for this app) for the phone tab bar; the label beside names them. */
const shapes: Record<TabKey | 'more', string> = {
  home: 'M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10',
  consultations: 'M4 5h16v11H9l-5 4z',
  appointments: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  profile: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c1-4 4-6 8-6s7 2 8 6',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
};

export function NavIcon({ name }: { name: TabKey | 'more' }) {
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={shapes[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth={name === 'more' ? 3 : 1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
