import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { CallController, type CallSnapshot } from './call-controller.ts';
import { CallScreen } from './CallScreen.tsx';
import { IncomingCall } from './IncomingCall.tsx';

interface CallsValue {
  controller: CallController;
  snapshot: CallSnapshot;
}

const CallsContext = createContext<CallsValue | null>(null);

/**
 * Mounted for people who can be in a call (the person and the care team): keeps the call
 * connection open and shows a ringing call or the call screen over any page.
 */
export function CallProvider({ children }: { children: ReactNode }) {
  const [controller] = useState(() => new CallController());
  useEffect(() => {
    controller.start();
    return () => controller.stop();
  }, [controller]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return (
    <CallsContext.Provider value={{ controller, snapshot }}>
      {children}
      {snapshot.phase === 'incoming' && snapshot.call ? (
        <IncomingCall call={snapshot.call} controller={controller} />
      ) : null}
      {snapshot.phase === 'outgoing' ||
      snapshot.phase === 'connecting' ||
      snapshot.phase === 'connected' ? (
        <CallScreen snapshot={snapshot} controller={controller} />
      ) : null}
    </CallsContext.Provider>
  );
}

/** The calls of the signed-in person, or null where calls are not available. */
export function useCalls(): CallsValue | null {
  return useContext(CallsContext);
}
