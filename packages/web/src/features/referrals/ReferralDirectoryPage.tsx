import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referralTypeLabels, referralTypes, type TReferralResource } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

type ResourceType = TReferralResource['type'];
const emptyForm = { type: '' as ResourceType | '', name: '', phone: '', url: '', note: '' };

function AddResourceForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const add = useAction();
  const [form, setForm] = useState(emptyForm);
  const [checked, setChecked] = useState(false);
  const set = (key: keyof typeof emptyForm) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const required = (value: string) =>
    checked && value.trim() === '' ? t('referrals.directory.required') : undefined;

  async function submit() {
    setChecked(true);
    const { type, name } = form;
    if (type === '' || name.trim() === '') return;
    const optional = (value: string) => (value.trim() === '' ? null : value.trim());
    const created = await add.run(() =>
      call('createReferralResource', {
        body: {
          type,
          name,
          phone: optional(form.phone),
          url: optional(form.url),
          note: optional(form.note),
        },
      }),
    );
    if (!created) return;
    setForm(emptyForm);
    setChecked(false);
    onAdded(created.name);
  }

  return (
    <Form onSubmit={() => void submit()}>
      <ErrorAlert error={add.error} />
      <SelectField
        label={t('referrals.directory.type')}
        value={form.type}
        onChange={(event) => set('type')(event.currentTarget.value)}
        error={required(form.type)}
        options={[
          { value: '', label: t('referrals.directory.chooseType') },
          ...referralTypes.map((type) => ({
            value: type,
            label: referralTypeLabels[type][locale],
          })),
        ]}
      />
      <TextField
        label={t('referrals.directory.name')}
        value={form.name}
        maxLength={120}
        onChange={(event) => set('name')(event.currentTarget.value)}
        error={required(form.name)}
      />
      <TextField
        label={t('referrals.directory.phone')}
        type="tel"
        inputMode="tel"
        value={form.phone}
        onChange={(event) => set('phone')(event.currentTarget.value)}
      />
      <TextField
        label={t('referrals.directory.url')}
        type="url"
        value={form.url}
        onChange={(event) => set('url')(event.currentTarget.value)}
      />
      <TextField
        label={t('referrals.directory.note')}
        value={form.note}
        maxLength={500}
        onChange={(event) => set('note')(event.currentTarget.value)}
      />
      <div className="form__actions">
        <Button type="submit" pending={add.pending}>
          {t('referrals.directory.add')}
        </Button>
      </div>
    </Form>
  );
}

/** Supervisors keep the directory of local services the care team refers people to. */
export function ReferralDirectoryPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const directory = useApiData('listReferralResources');
  const [added, setAdded] = useState<string | null>(null);

  const columns: Column<TReferralResource>[] = [
    {
      key: 'name',
      header: t('referrals.directory.name'),
      rowHeader: true,
      render: (r) => (
        <>
          {r.name}
          <span className="table__sub">{referralTypeLabels[r.type][locale]}</span>
        </>
      ),
    },
    {
      key: 'contact',
      header: t('referrals.directory.contact'),
      render: (r) => (
        <>
          {r.phone ? <span className="referral-directory__phone">{r.phone}</span> : null}
          {r.url ? (
            <span className="table__sub">
              <a href={r.url} target="_blank" rel="noreferrer">
                {t('referrals.directory.url')}
              </a>
            </span>
          ) : null}
        </>
      ),
    },
    { key: 'note', header: t('referrals.directory.noteShort'), render: (r) => r.note ?? '' },
  ];

  return (
    <Page title={t('referrals.directory.title')} width="wide" lead={t('referrals.directory.lead')}>
      {added ? (
        <Alert tone="success" title={t('referrals.directory.added', { name: added })} />
      ) : null}
      <Card title={t('referrals.directory.caption')}>
        <ErrorAlert error={directory.error} />
        {directory.data ? (
          <DataTable
            caption={t('referrals.directory.caption')}
            columns={columns}
            rows={directory.data.items}
            rowKey={(r) => r.id}
            empty={t('referrals.directory.empty')}
            testId="referral-directory"
          />
        ) : (
          <Loading />
        )}
      </Card>
      <Card title={t('referrals.directory.addTitle')}>
        <AddResourceForm
          onAdded={(name) => {
            setAdded(name);
            directory.reload();
          }}
        />
      </Card>
    </Page>
  );
}
