import { useTranslation } from 'react-i18next';
import type { ConsultationStatus } from '@yorisoi/shared';
import { Badge, type BadgeTone } from '../../ui/Badge.tsx';

const tones: Record<ConsultationStatus, BadgeTone> = {
  queued: 'warning',
  active: 'good',
  closed: 'neutral',
};

export function ConsultationStatusBadge({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`consultations.status.${status}`)}</Badge>;
}
