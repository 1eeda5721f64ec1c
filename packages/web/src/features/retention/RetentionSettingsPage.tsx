import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  retentionCeilingMonths,
  type RetentionKind,
  type TRetentionSetting,
} from '@yorisoi/shared';
import { paths } from '../../app/guards.ts';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

const allowed = (value: number, setting: TRetentionSetting) =>
  Number.isInteger(value) && value >= setting.minimumMonths && value <= retentionCeilingMonths;

/** City staff set how long each kind of record is kept; the hourly sweep erases the rest. */
export function RetentionSettingsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const settings = useApiData('getRetentionSettings');
  const save = useAction();
  const [values, setValues] = useState<Partial<Record<RetentionKind, string>>>({});
  const [saved, setSaved] = useState(false);
  const list = settings.data?.settings ?? [];
  const invalidKinds = list.filter((s) => {
    const value = values[s.kind];
    return value !== undefined && value !== '' && !allowed(Number(value), s);
  });

  const period = (months: number) =>
    months % 12 === 0
      ? t('retention.monthsYears', {
          months: formatNumber(months, locale),
          years: formatNumber(months / 12, locale),
        })
      : t('retention.months', { months: formatNumber(months, locale) });

  async function submit() {
    setSaved(false);
    const months = Object.fromEntries(
      Object.entries(values)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([kind, value]) => [kind, Number(value)]),
    ) as Partial<Record<RetentionKind, number>>;
    if (invalidKinds.length > 0 || Object.keys(months).length === 0) return;
    const done = await save.run(() => call('updateRetentionSettings', { body: { months } }));
    if (!done) return;
    setValues({});
    setSaved(true);
    settings.reload();
  }

  return (
    <Page
      title={t('retention.title')}
      lead={<p>{t('retention.lead')}</p>}
      actions={<LinkButton to={paths.statisticsSettings}>{t('retention.back')}</LinkButton>}
    >
      {saved ? <Alert tone="success">{t('retention.saved')}</Alert> : null}
      <ErrorAlert error={settings.error ?? save.error} />
      {settings.data ? (
        <Form onSubmit={() => void submit()}>
          {list.map((setting) => (
            <Card key={setting.kind} title={t(`retention.kinds.${setting.kind}`)}>
              <p data-testid={`retention-${setting.kind}`}>
                {period(setting.months)} {t(`retention.from.${setting.kind}`)}
                {setting.configured ? '' : t('retention.standard')}
              </p>
              <p className="field__hint">{t(`retention.why.${setting.kind}`)}</p>
              <TextField
                label={t('retention.newValue')}
                hint={t('retention.hint', { min: formatNumber(setting.minimumMonths, locale) })}
                type="number"
                inputMode="numeric"
                name={setting.kind}
                min={setting.minimumMonths}
                max={retentionCeilingMonths}
                value={values[setting.kind] ?? ''}
                onChange={(event) => setValues({ ...values, [setting.kind]: event.target.value })}
                error={
                  invalidKinds.includes(setting)
                    ? t('retention.invalid', { min: formatNumber(setting.minimumMonths, locale) })
                    : undefined
                }
              />
            </Card>
          ))}
          <Button type="submit" pending={save.pending}>
            {t('retention.save')}
          </Button>
        </Form>
      ) : (
        <Loading />
      )}
    </Page>
  );
}
