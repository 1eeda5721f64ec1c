import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZPublicContact, type TPublicContact } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { municipalityPath } from './municipality-paths.ts';

/** The most numbers one page lists (the contract's limit): more would bury 119. */
const maxContacts = 10;

interface Row {
  /** Keeps a row's fields with it when an earlier row is removed. */
  key: number;
  label: string;
  phone: string;
  hours: string;
}

let rowKeys = 0;
const toRow = (c: TPublicContact): Row => ({ ...c, key: rowKeys++, hours: c.hours ?? '' });
const toContact = (row: Row) => ({
  label: row.label.trim(),
  phone: row.phone.trim(),
  hours: row.hours.trim() === '' ? null : row.hours.trim(),
});

/** City staff keep the numbers their municipality's public page lists for residents. */
export function PublicContactsCard() {
  const { t } = useTranslation();
  const page = useApiData('getPublicContacts');
  return (
    <Card
      title={t('publicContacts.title')}
      actions={
        page.data ? (
          <LinkButton to={municipalityPath(page.data.code)}>{t('publicContacts.view')}</LinkButton>
        ) : null
      }
      testId="public-contacts"
    >
      <p>{t('publicContacts.lead')}</p>
      <ErrorAlert error={page.error} />
      {page.loading && !page.data ? <Loading /> : null}
      {page.data ? <ContactsForm initial={page.data.contacts.map(toRow)} /> : null}
    </Card>
  );
}

function ContactsForm({ initial }: { initial: Row[] }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(initial);
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const problems = rows.map((row) => ZPublicContact.safeParse(toContact(row)));

  const change = (index: number, patch: Partial<Omit<Row, 'key'>>) => {
    setSaved(false);
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };

  function submit() {
    setChecked(true);
    if (problems.some((p) => !p.success)) return;
    void action
      .run(() => call('updatePublicContacts', { body: { contacts: rows.map(toContact) } }))
      .then((result) => {
        if (result) setSaved(true);
      });
  }

  const issue = (index: number, field: 'label' | 'phone' | 'hours') => {
    const result = problems[index];
    if (!checked || !result || result.success) return undefined;
    return result.error.issues.some((i) => i.path[0] === field)
      ? t(`publicContacts.invalid.${field}`)
      : undefined;
  };

  return (
    <Form onSubmit={submit}>
      {rows.map((row, index) => (
        <fieldset key={row.key} className="fieldset public-contact">
          <legend className="fieldset__legend">{t('publicContacts.row', { n: index + 1 })}</legend>
          <TextField
            label={t('publicContacts.label')}
            value={row.label}
            maxLength={60}
            onChange={(event) => change(index, { label: event.target.value })}
            error={issue(index, 'label')}
          />
          <TextField
            label={t('publicContacts.phone')}
            hint={t('publicContacts.phoneHint')}
            inputMode="tel"
            value={row.phone}
            onChange={(event) => change(index, { phone: event.target.value })}
            error={issue(index, 'phone')}
          />
          <TextField
            label={t('publicContacts.hours')}
            hint={t('publicContacts.hoursHint')}
            value={row.hours}
            maxLength={60}
            onChange={(event) => change(index, { hours: event.target.value })}
            error={issue(index, 'hours')}
          />
          <Button
            variant="quiet"
            onClick={() => {
              setSaved(false);
              setRows((current) => current.filter((_, i) => i !== index));
            }}
          >
            {t('publicContacts.remove', { n: index + 1 })}
          </Button>
        </fieldset>
      ))}
      {rows.length < maxContacts ? (
        <Button
          variant="secondary"
          onClick={() => {
            setSaved(false);
            setRows((current) => [...current, toRow({ label: '', phone: '', hours: null })]);
          }}
        >
          {t('publicContacts.add')}
        </Button>
      ) : null}
      <ErrorAlert error={action.error} />
      {saved ? <Alert tone="success">{t('publicContacts.saved')}</Alert> : null}
      <Button type="submit" pending={action.pending}>
        {t('publicContacts.save')}
      </Button>
    </Form>
  );
}
