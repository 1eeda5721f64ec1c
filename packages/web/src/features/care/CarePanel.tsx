import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { DisclosureRequest } from '../disclosures/DisclosureRequest.tsx';
import { ReferralsPanel } from '../referrals/ReferralsPanel.tsx';
import { AssignmentReason } from './AssignmentReason.tsx';
import { CheckInPanel } from '../follow-ups/CheckInPanel.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { PersonContext } from './console/PersonContext.tsx';
import { RiskPanel } from './RiskPanel.tsx';
import { TransferPanel } from './TransferPanel.tsx';

/** The care team's side of the chat: risk, the person, referrals, check-ins, why assigned, notes, handover. */
export function CarePanel({
  consultationId,
  open,
  changes,
}: {
  consultationId: string;
  open: boolean;
  /** Live change notices so far (see ChatSnapshot.changes). */
  changes: number;
}) {
  const { t } = useTranslation();
  const supervisor = useUser().role === 'supervisor';
  return (
    <aside className="chat-side" aria-label={t('care.panel.label')} data-testid="care-panel">
      <RiskPanel consultationId={consultationId} changes={changes} />
      <PersonContext consultationId={consultationId} changes={changes} />
      <ReferralsPanel consultationId={consultationId} open={open} changes={changes} />
      <CheckInPanel consultationId={consultationId} changes={changes} />
      <AssignmentReason consultationId={consultationId} />
      <NotesPanel consultationId={consultationId} />
      {open ? <TransferPanel consultationId={consultationId} /> : null}
      {supervisor ? <DisclosureRequest consultationId={consultationId} /> : null}
    </aside>
  );
}
