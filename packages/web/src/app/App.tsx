import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { SessionProvider, useSession } from '../api/session.tsx';
import { setLocale } from '../i18n/index.ts';
import { createRouter } from './router.tsx';

/** A signed-in person sees the language saved on their account, on any device. */
function LocaleFromAccount() {
  const { session } = useSession();
  const userId = session?.user?.id;
  const locale = session?.user?.locale;
  useEffect(() => {
    if (userId && locale) setLocale(locale);
  }, [userId, locale]);
  return null;
}

export function App() {
  const [router] = useState(createRouter);
  return (
    <SessionProvider>
      <LocaleFromAccount />
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
