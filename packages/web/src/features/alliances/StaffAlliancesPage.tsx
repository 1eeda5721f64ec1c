import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { allianceKinds, japanTimeOf, type AllianceKind, type TAlliance } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { staffAlliancePath } from './alliance-paths.ts';
import { useDayLabel } from './alliance-labels.ts';

/** City staff: the municipality's alliances, and a new one. */
export function StaffAlliancesPage() {
  const { t } = useTranslation();
  const list = useApiData('listAlliances');
  const day = useDayLabel();
  const columns: Column<TAlliance>[] = [
    {
      key: 'name',
      header: t('alliances.staff.nameColumn'),
      rowHeader: true,
      render: (a) => <Link to={staffAlliancePath(a.id)}>{a.name}</Link>,
    },
    {
      key: 'kind',
      header: t('alliances.staff.kindColumn'),
      render: (a) => t(`alliances.kinds.${a.kind}`),
    },
    { key: 'founded', header: t('alliances.staff.foundedColumn'), render: (a) => day(a.foundedOn) },
    {
      key: 'members',
      header: t('alliances.staff.membersColumn'),
      numeric: true,
      render: (a) => t('alliances.members', { count: a.memberCount }),
    },
  ];
  return (
    <Page title={t('alliances.staff.title')} lead={<p>{t('alliances.staff.lead')}</p>} width="wide">
      <Card>
        <ErrorAlert error={list.error} />
        {list.loading && !list.data ? <Loading /> : null}
        {list.data ? (
          <DataTable
            caption={t('alliances.staff.listCaption')}
            columns={columns}
            rows={list.data.items}
            rowKey={(a) => a.id}
            empty={t('alliances.staff.empty')}
            testId="alliances-table"
          />
        ) : null}
      </Card>
      <Card title={t('alliances.staff.createTitle')}>
        <CreateAllianceForm onCreated={list.reload} />
      </Card>
    </Page>
  );
}

function isAllianceKind(value: string): value is AllianceKind {
  return (allianceKinds as readonly string[]).includes(value);
}

function CreateAllianceForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const create = useAction();
  const fieldError = useFieldErrors(create.error);
  const today = japanTimeOf(new Date()).date;
  const empty = { name: '', kind: 'ikuboss' as AllianceKind, description: '', foundedOn: today };
  const [values, setValues] = useState(empty);
  return (
    <Form
      className="form--grid"
      onSubmit={() =>
        void create
          .run(() => call('createAlliance', { body: values }))
          .then((created) => {
            if (!created) return;
            setValues(empty);
            onCreated();
          })
      }
    >
      <ErrorAlert error={create.error} />
      <TextField
        label={t('alliances.staff.name')}
        required
        maxLength={120}
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
        error={fieldError('name')}
      />
      <SelectField
        label={t('alliances.staff.kind')}
        value={values.kind}
        options={allianceKinds.map((kind) => ({
          value: kind,
          label: t(`alliances.kinds.${kind}`),
        }))}
        onChange={(e) => {
          if (isAllianceKind(e.target.value)) setValues({ ...values, kind: e.target.value });
        }}
      />
      <TextField
        label={t('alliances.staff.foundedOn')}
        type="date"
        required
        max={today}
        value={values.foundedOn}
        onChange={(e) => setValues({ ...values, foundedOn: e.target.value })}
        error={fieldError('foundedOn')}
      />
      <TextAreaField
        label={t('alliances.staff.description')}
        maxLength={2000}
        rows={3}
        value={values.description}
        onChange={(e) => setValues({ ...values, description: e.target.value })}
      />
      <div className="form__actions">
        <Button type="submit" pending={create.pending}>
          {t('alliances.staff.create')}
        </Button>
      </div>
    </Form>
  );
}
