import { useTranslation } from 'react-i18next';

const keys = ['next', 'previous', 'reply', 'note', 'crisis'] as const;

/** The console's keyboard shortcuts, listed where they are used. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  return (
    <details className="shortcut-help">
      <summary>{t('console.shortcuts.title')}</summary>
      <ul>
        {keys.map((key) => (
          <li key={key}>{t(`console.shortcuts.${key}`)}</li>
        ))}
      </ul>
    </details>
  );
}
