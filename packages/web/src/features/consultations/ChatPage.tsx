import { useParams } from 'react-router';
import { isConsultingRole } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { CareChat } from './CareChat.tsx';
import { PersonChat } from './PersonChat.tsx';

/**
 * One consultation's conversation: the person who consults gets the phone-first chat,
 * the care team the conversation with its care tools.
 */
export function ChatPage() {
  const { id = '' } = useParams();
  const user = useUser();
  // A new consultation id is a new chat: its own connection and outbox.
  return isConsultingRole(user.role) ? (
    <PersonChat key={id} consultationId={id} />
  ) : (
    <CareChat key={id} consultationId={id} />
  );
}
