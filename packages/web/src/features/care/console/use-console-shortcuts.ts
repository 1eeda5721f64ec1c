import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { consultationPath, paths } from '../../../app/guards.ts';

/** Where Alt + a key goes in the console; Alt keeps typing in the message box free. */
export type ConsoleShortcut = 'next' | 'previous' | 'reply' | 'note' | 'crisis';

export function shortcutOf(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  key: string;
  code: string;
}): ConsoleShortcut | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  // `code`: on macOS, Alt turns letters into other characters.
  if (event.code === 'KeyR') return 'reply';
  if (event.code === 'KeyM') return 'note';
  if (event.code === 'KeyU') return 'crisis';
  return null;
}

/** Keyboard shortcuts for the frequent actions of the console. */
export function useConsoleShortcuts(ids: readonly string[], currentId: string) {
  const navigate = useNavigate();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      const at = ids.indexOf(currentId);
      const focus = (selector: string) => document.querySelector<HTMLElement>(selector)?.focus();
      switch (shortcut) {
        case 'next':
        case 'previous': {
          const step = shortcut === 'next' ? 1 : -1;
          const target = ids[at + step];
          if (target) void navigate(consultationPath(target));
          return;
        }
        case 'reply':
          return focus('.console-conversation .composer textarea');
        case 'note':
          return focus('[data-testid="care-panel"] textarea');
        case 'crisis':
          void navigate(paths.crisis);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ids, currentId, navigate]);
}
