import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  messageSenderRoles,
  type MessageSenderRole,
  type Role,
  type TConsultation,
} from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { ChatConnection, type ChatSnapshot } from './chat-connection.ts';

function isSenderRole(role: Role): role is MessageSenderRole {
  return (messageSenderRoles as readonly Role[]).includes(role);
}

export interface Chat extends ChatSnapshot {
  send: (body: string, files?: readonly File[]) => void;
  waitingFile: (clientUploadId: string) => Promise<Blob | null>;
  discard: (clientMsgId: string) => void;
  adopt: (consultation: TConsultation) => void;
  /** The box changed: the other side sees that someone is writing. */
  typing: () => void;
}

/** The live chat of one consultation for as long as the component is on screen. */
export function useChat(consultationId: string): Chat {
  const user = useUser();
  const [connection] = useState(
    () =>
      new ChatConnection({
        consultationId,
        userId: user.id,
        senderRole: isSenderRole(user.role) ? user.role : 'coordinator',
        storage: window.localStorage,
      }),
  );
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  return {
    ...snapshot,
    send: (body, files) => void connection.send(body, files),
    waitingFile: (clientUploadId) => connection.waitingFile(clientUploadId),
    discard: (clientMsgId) => connection.discard(clientMsgId),
    adopt: (consultation) => connection.adopt(consultation),
    typing: connection.typing,
  };
}
