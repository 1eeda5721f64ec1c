import { useEffect } from 'react';

const prefix = /^\(\d+\) /;

/**
 * 「(3) 相談 | 寄り添い」: the tab's title carries the count of what waits for the care
 * team, kept when a page sets its own title afterwards.
 */
export function useTitleCount(count: number) {
  useEffect(() => {
    const apply = () => {
      const base = document.title.replace(prefix, '');
      const next = count > 0 ? `(${count}) ${base}` : base;
      if (document.title !== next) document.title = next;
    };
    apply();
    const title = document.querySelector('title');
    const observer = title ? new MutationObserver(apply) : null;
    observer?.observe(title as HTMLTitleElement, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    return () => {
      observer?.disconnect();
      document.title = document.title.replace(prefix, '');
    };
  }, [count]);
}
