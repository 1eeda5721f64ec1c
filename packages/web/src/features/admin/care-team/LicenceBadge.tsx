import { useTranslation } from 'react-i18next';
import type { LicenceVerificationState } from '@yorisoi/shared';
import { Badge, type BadgeTone } from '../../../ui/Badge.tsx';

const tones: Record<LicenceVerificationState, BadgeTone> = {
  pending: 'warning',
  verified: 'good',
  rejected: 'bad',
};

export function LicenceBadge({ state }: { state: LicenceVerificationState }) {
  const { t } = useTranslation();
  return <Badge tone={tones[state]}>{t(`licence.verification.${state}`)}</Badge>;
}
