import { useTranslation } from 'react-i18next';
import type { TStaffInvitation } from '@yorisoi/shared';
import { Alert } from '../../ui/Alert.tsx';
import { CopyField } from '../../ui/CopyField.tsx';
import { useDateFormatter } from './wareki.ts';

interface InvitationResultProps {
  invitation: TStaffInvitation;
  name: string;
  allowWareki?: boolean;
  /** For a link that resets an existing account instead of creating one. */
  reset?: boolean;
}

/** The one-time activation link of a new staff account, to hand over in person or by mail. */
export function InvitationResult({
  invitation,
  name,
  allowWareki = false,
  reset = false,
}: InvitationResultProps) {
  const { t } = useTranslation();
  const date = useDateFormatter(allowWareki);
  return (
    <Alert
      tone="success"
      title={t(reset ? 'admin.invitation.resetTitle' : 'admin.invitation.title', {
        name,
        role: t(`roles.${invitation.role}`),
      })}
      testId="invitation-result"
    >
      <p>{t('admin.invitation.body', { date: date(invitation.expiresAt, true) })}</p>
      <CopyField
        label={t('admin.invitation.urlLabel', { name })}
        value={invitation.activationUrl}
        testId="activation-url"
      />
    </Alert>
  );
}
