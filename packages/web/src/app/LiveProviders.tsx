import type { ReactNode } from 'react';
import { CallProvider } from '../features/calls/CallProvider.tsx';
import { ConsoleAlerts } from '../features/care/console/ConsoleAlerts.tsx';
import { CrisisInboxProvider } from '../features/crisis/crisis-inbox.tsx';

/**
 * The session-long socket (calls and live notices) and what the care team hears through
 * it: loaded once someone who uses it has signed in, so that a visitor's or a resident's
 * first download carries no socket client.
 */
export function LiveProviders({
  userId,
  careTeam,
  children,
}: {
  userId: string;
  careTeam: boolean;
  children: ReactNode;
}) {
  return (
    <CallProvider key={userId}>
      {careTeam ? (
        <CrisisInboxProvider>
          {children}
          <ConsoleAlerts />
        </CrisisInboxProvider>
      ) : (
        children
      )}
    </CallProvider>
  );
}
