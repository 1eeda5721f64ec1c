import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../ui/Badge.tsx';
import { urgencyLevel, type UrgencyLevel } from './waiting-time.ts';

const tones: Record<UrgencyLevel, BadgeTone> = {
  routine: 'neutral',
  attention: 'warning',
  high: 'bad',
  emergency: 'bad',
};

export function UrgencyBadge({ urgency }: { urgency: number }) {
  const { t } = useTranslation();
  const level = urgencyLevel(urgency);
  return <Badge tone={tones[level]}>{t(`consultations.queue.urgency.${level}`)}</Badge>;
}
