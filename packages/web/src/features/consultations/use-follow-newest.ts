import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Within this many pixels of the end the reader counts as being at the newest message. */
const nearEnd = 48;

interface Follow {
  /** The scrolling element (the log) and the element holding its content. */
  scroller: React.RefObject<HTMLDivElement | null>;
  content: React.RefObject<HTMLDivElement | null>;
  onScroll: () => void;
  /** Something arrived while the reader was further up (the 「新しいメッセージ」 pill). */
  unseen: boolean;
  showNewest: () => void;
}

/**
 * Keeps the log at its newest message as messages arrive and as the box around it changes
 * (keyboard, a growing message box), but not while the person has scrolled up to read:
 * then a new message only raises `unseen`. One's own new message always scrolls down.
 */
export function useFollowNewest(newestKey: string | undefined, newestIsMine: boolean): Follow {
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const previousKey = useRef<string | undefined>(undefined);
  const [unseen, setUnseen] = useState(false);

  const toEnd = useCallback((smooth: boolean) => {
    const element = scroller.current;
    if (!element) return;
    element.scrollTo({ top: element.scrollHeight, behavior: smooth ? 'smooth' : 'auto' });
    atEnd.current = true;
  }, []);

  useLayoutEffect(() => {
    if (newestKey === previousKey.current) return;
    previousKey.current = newestKey;
    if (atEnd.current || newestIsMine) {
      toEnd(false);
      setUnseen(false);
    } else {
      setUnseen(true);
    }
  }, [newestKey, newestIsMine, toEnd]);

  useEffect(() => {
    const keep = () => {
      if (atEnd.current) toEnd(false);
    };
    const observer = new ResizeObserver(keep);
    if (scroller.current) observer.observe(scroller.current);
    if (content.current) observer.observe(content.current);
    return () => observer.disconnect();
  }, [toEnd]);

  const onScroll = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    atEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < nearEnd;
    if (atEnd.current) setUnseen(false);
  }, []);

  const showNewest = useCallback(() => {
    toEnd(true);
    setUnseen(false);
  }, [toEnd]);

  return { scroller, content, onScroll, unseen, showNewest };
}
