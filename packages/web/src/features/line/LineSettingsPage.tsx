import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLineSettings } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Card } from '../../ui/Card.tsx';
import { CopyField } from '../../ui/CopyField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Form, SubmitRow } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useFormFields } from '../../ui/use-form-fields.ts';

/** City staff: the municipality's LINE official account and this month's pushes. */
export function LineSettingsPage() {
  const { t } = useTranslation();
  const settings = useApiData('getLineSettings');
  return (
    <Page title={t('line.settings.title')} lead={<p>{t('line.settings.lead')}</p>}>
      <ErrorAlert error={settings.error} />
      {settings.loading && !settings.data ? <Loading /> : null}
      {settings.data ? (
        <LineSettingsView settings={settings.data} onSaved={settings.reload} />
      ) : null}
    </Page>
  );
}

function LineSettingsView({ settings, onSaved }: { settings: TLineSettings; onSaved: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const spent = settings.configured && settings.pushedThisMonth >= settings.monthlyPushBudget;
  const [year, month] = settings.month.split('-');
  return (
    <>
      {settings.demo ? <Alert tone="warning">{t('line.settings.demo')}</Alert> : null}
      {!settings.configured ? <Alert tone="info">{t('line.settings.notConfigured')}</Alert> : null}
      {settings.configured ? (
        <Card title={t('line.settings.usageTitle')}>
          <p className="stat-line" data-testid="line-usage">
            {t('line.settings.usage', {
              month: locale === 'ja' ? `${year}年${Number(month)}月` : `${year}-${month}`,
              pushed: formatNumber(settings.pushedThisMonth, locale),
              budget: formatNumber(settings.monthlyPushBudget, locale),
            })}
          </p>
          {spent ? <Alert tone="warning">{t('line.settings.usageSpent')}</Alert> : null}
          <p className="form__note">{t('line.settings.usageNote')}</p>
          <CopyField label={t('line.settings.webhookUrl')} value={settings.webhookUrl} />
        </Card>
      ) : null}
      <Card title={t('line.settings.formTitle')}>
        <LineSettingsForm settings={settings} onSaved={onSaved} />
        {settings.updatedAt ? (
          <p className="form__note">
            {t('line.settings.updatedAt', {
              date: formatDate(settings.updatedAt, locale, { withTime: true }),
            })}
          </p>
        ) : null}
      </Card>
    </>
  );
}

function LineSettingsForm({ settings, onSaved }: { settings: TLineSettings; onSaved: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [saved, setSaved] = useState(false);
  const { values: v, field } = useFormFields(
    {
      channelId: settings.channelId ?? '',
      channelSecret: '',
      accessToken: '',
      monthlyPushBudget: String(settings.monthlyPushBudget || 200),
    },
    useFieldErrors(action.error),
  );

  function submit() {
    setSaved(false);
    void action
      .run(() =>
        call('updateLineSettings', {
          body: {
            channelId: v.channelId.normalize('NFKC').trim(),
            ...(v.channelSecret.trim() ? { channelSecret: v.channelSecret.trim() } : {}),
            ...(v.accessToken.trim() ? { accessToken: v.accessToken.trim() } : {}),
            monthlyPushBudget: Number(v.monthlyPushBudget.normalize('NFKC')),
          },
        }),
      )
      .then((result) => {
        if (!result) return;
        setSaved(true);
        onSaved();
      });
  }

  return (
    <Form onSubmit={submit}>
      <ErrorAlert error={action.error} />
      {saved ? <Alert tone="success">{t('line.settings.saved')}</Alert> : null}
      <div className="form--grid">
        <TextField
          label={t('line.settings.channelId')}
          inputMode="numeric"
          autoComplete="off"
          required
          {...field('channelId')}
        />
        <TextField
          label={t('line.settings.channelSecret')}
          type="password"
          autoComplete="off"
          hint={settings.configured ? t('line.settings.keepSecret') : undefined}
          required={!settings.configured}
          {...field('channelSecret')}
        />
        <TextField
          label={t('line.settings.accessToken')}
          type="password"
          autoComplete="off"
          hint={
            settings.accessTokenEnding
              ? t('line.settings.tokenEnding', { ending: settings.accessTokenEnding })
              : undefined
          }
          required={!settings.configured}
          {...field('accessToken')}
        />
        <TextField
          label={t('line.settings.budget')}
          hint={t('line.settings.budgetHint')}
          inputMode="numeric"
          required
          {...field('monthlyPushBudget')}
        />
      </div>
      <SubmitRow pending={action.pending} label={t('line.settings.save')} />
    </Form>
  );
}
