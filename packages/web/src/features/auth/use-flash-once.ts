import { useEffect, useState } from 'react';
import { flash, type FlashMessage } from '../../app/flash.ts';

/** Reads the one-off message left by a sign-out, and forgets it once shown. */
export function useFlashOnce(): FlashMessage | null {
  const [message] = useState(() => flash.peek());
  useEffect(() => {
    flash.clear();
  }, []);
  return message;
}
