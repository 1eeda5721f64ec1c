import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minimumGroupSizeCeiling, minimumGroupSizeFloor } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';

/** City staff set the municipality's k; the dashboard follows it from its next view. */
export function MinimumGroupSizeCard() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const settings = useApiData('getStatisticsSettings');
  const save = useAction();
  const [value, setValue] = useState('');
  const current = settings.data?.minimumGroupSize;
  const k = Number(value);
  const invalid =
    value !== '' &&
    (!Number.isInteger(k) || k < minimumGroupSizeFloor || k > minimumGroupSizeCeiling);

  async function submit() {
    if (value === '' || invalid) return;
    const saved = await save.run(() =>
      call('updateStatisticsSettings', { body: { minimumGroupSize: k } }),
    );
    if (!saved) return;
    setValue('');
    settings.reload();
  }

  return (
    <Card title={t('statistics.k.title')}>
      {current !== undefined ? (
        <p data-testid="current-k">
          {t(settings.data?.configured ? 'statistics.k.current' : 'statistics.k.default', {
            k: formatNumber(current, locale),
          })}
        </p>
      ) : null}
      <ErrorAlert error={settings.error ?? save.error} />
      <Form onSubmit={() => void submit()}>
        <TextField
          label={t('statistics.k.label')}
          hint={t('statistics.k.hint', {
            min: formatNumber(minimumGroupSizeFloor, locale),
            max: formatNumber(minimumGroupSizeCeiling, locale),
          })}
          type="number"
          inputMode="numeric"
          min={minimumGroupSizeFloor}
          max={minimumGroupSizeCeiling}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={
            invalid
              ? t('statistics.k.invalid', {
                  min: formatNumber(minimumGroupSizeFloor, locale),
                  max: formatNumber(minimumGroupSizeCeiling, locale),
                })
              : undefined
          }
        />
        <Button type="submit" pending={save.pending}>
          {t('statistics.k.save')}
        </Button>
      </Form>
    </Card>
  );
}
