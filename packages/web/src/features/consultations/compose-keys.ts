interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
}

/**
 * Enter alone adds a line (phones have no other way to write one, and Japanese input
 * confirms conversions with Enter); Ctrl+Enter or ⌘+Enter sends on a desktop.
 */
export function isSendShortcut(event: KeyLike): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing;
}
