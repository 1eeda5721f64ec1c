import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../ui/Badge.tsx';

type AccountStatus = 'invited' | 'active' | 'disabled';

const tones: Record<AccountStatus, BadgeTone> = {
  invited: 'warning',
  active: 'good',
  disabled: 'bad',
};

export function StatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`accountStatus.${status}`)}</Badge>;
}
