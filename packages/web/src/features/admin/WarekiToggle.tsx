import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../ui/Field.tsx';
import { setWareki, useWareki } from './wareki.ts';

/** 令和8年… instead of 2026年…, for officials who work in the Japanese calendar. */
export function WarekiToggle() {
  const { t, i18n } = useTranslation();
  const wareki = useWareki();
  if (i18n.language !== 'ja') return null;
  return (
    <CheckboxField
      label={t('admin.wareki')}
      checked={wareki}
      onChange={(event) => setWareki(event.target.checked)}
    />
  );
}
