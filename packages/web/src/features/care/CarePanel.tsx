import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { useApiData } from '../../api/use-api.ts';
import { DisclosureRequest } from '../disclosures/DisclosureRequest.tsx';
import { LegalHoldPanel } from '../retention/LegalHoldPanel.tsx';
import { ReferralsPanel } from '../referrals/ReferralsPanel.tsx';
import { AssignmentReason } from './AssignmentReason.tsx';
import { CheckInPanel } from '../follow-ups/CheckInPanel.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { PersonContext } from './console/PersonContext.tsx';
import { RiskPanel } from './RiskPanel.tsx';
import { TransferPanel } from './TransferPanel.tsx';

/**
 * The care team's side of the chat: risk, the person, referrals, check-ins, why assigned,
 * notes, handover, and the legal hold (shown when placed; placed by a supervisor).
 */
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
  const hold = useApiData('getLegalHold', { params: { id: consultationId } });
  // A hold is shown first, where whoever opens the consultation sees it; placing one is
  // a supervisor's rare step, offered last.
  const legalHold = (
    <LegalHoldPanel consultationId={consultationId} hold={hold.data} onChanged={hold.reload} />
  );
  return (
    <aside className="chat-side" aria-label={t('care.panel.label')} data-testid="care-panel">
      {hold.data?.held ? legalHold : null}
      <RiskPanel consultationId={consultationId} changes={changes} />
      <PersonContext consultationId={consultationId} changes={changes} />
      <ReferralsPanel consultationId={consultationId} open={open} changes={changes} />
      <CheckInPanel consultationId={consultationId} changes={changes} />
      <AssignmentReason consultationId={consultationId} />
      <NotesPanel consultationId={consultationId} />
      {open ? <TransferPanel consultationId={consultationId} /> : null}
      {supervisor ? <DisclosureRequest consultationId={consultationId} /> : null}
      {hold.data?.held ? null : legalHold}
    </aside>
  );
}
