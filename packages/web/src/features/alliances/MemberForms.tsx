import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  industries,
  japanTimeOf,
  sizeBands,
  type Industry,
  type SizeBand,
  type TAllianceMember,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { industryOptions, sizeBandOptions } from '../admin/labels.ts';

const todayInJapan = () => japanTimeOf(new Date()).date;
const isIndustry = (v: string): v is Industry => (industries as readonly string[]).includes(v);
const isSizeBand = (v: string): v is SizeBand => (sizeBands as readonly string[]).includes(v);

/** City staff add a member: a registered employer (its admins then keep it) or any company. */
export function AddMemberForm({
  allianceId,
  onAdded,
}: {
  allianceId: string;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const organizations = useApiData('listOrganizations');
  const add = useAction();
  const fieldError = useFieldErrors(add.error);
  const today = todayInJapan();
  const empty = {
    organizationId: '',
    name: '',
    industry: 'manufacturing' as Industry,
    sizeBand: '10-29' as SizeBand,
    area: '',
    joinedOn: today,
  };
  const [values, setValues] = useState(empty);
  const [added, setAdded] = useState<string | null>(null);
  const pickOrganization = (id: string) => {
    const organization = organizations.data?.items.find((o) => o.id === id);
    setValues(
      organization
        ? {
            ...values,
            organizationId: id,
            name: organization.name,
            industry: organization.industry,
            sizeBand: organization.sizeBand,
          }
        : { ...values, organizationId: '' },
    );
  };
  return (
    <Form
      className="form--grid"
      onSubmit={() => {
        setAdded(null);
        void add
          .run(() =>
            call('addAllianceMember', {
              params: { id: allianceId },
              body: { ...values, organizationId: values.organizationId || null },
            }),
          )
          .then((member) => {
            if (!member) return;
            setAdded(member.name);
            setValues(empty);
            onAdded();
          });
      }}
    >
      <ErrorAlert error={add.error} />
      {added ? <Alert tone="success">{t('alliances.staff.added', { name: added })}</Alert> : null}
      <SelectField
        label={t('alliances.staff.organization')}
        hint={t('alliances.staff.organizationHint')}
        value={values.organizationId}
        options={[
          { value: '', label: t('alliances.staff.noOrganization') },
          ...(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
        ]}
        onChange={(e) => pickOrganization(e.target.value)}
      />
      <TextField
        label={t('alliances.staff.companyName')}
        required
        maxLength={120}
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
        error={fieldError('name')}
      />
      <SelectField
        label={t('fields.industry')}
        value={values.industry}
        options={industryOptions(t)}
        onChange={(e) => {
          if (isIndustry(e.target.value)) setValues({ ...values, industry: e.target.value });
        }}
      />
      <SelectField
        label={t('fields.sizeBand')}
        value={values.sizeBand}
        options={sizeBandOptions(t)}
        onChange={(e) => {
          if (isSizeBand(e.target.value)) setValues({ ...values, sizeBand: e.target.value });
        }}
      />
      <TextField
        label={t('alliances.staff.area')}
        hint={t('alliances.staff.areaHint')}
        maxLength={60}
        value={values.area}
        onChange={(e) => setValues({ ...values, area: e.target.value })}
      />
      <TextField
        label={t('alliances.staff.joinedOn')}
        type="date"
        required
        max={today}
        value={values.joinedOn}
        onChange={(e) => setValues({ ...values, joinedOn: e.target.value })}
        error={fieldError('joinedOn')}
      />
      <div className="form__actions">
        <Button type="submit" pending={add.pending}>
          {t('alliances.staff.add')}
        </Button>
      </div>
    </Form>
  );
}

type MemberAction = 'leave' | 'award';

/** Record that a member left, or an award it received: one small form under the table. */
export function MemberActionForm({
  allianceId,
  member,
  action,
  onDone,
  onCancel,
}: {
  allianceId: string;
  member: TAllianceMember;
  action: MemberAction;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useAction();
  const fieldError = useFieldErrors(save.error);
  const today = todayInJapan();
  const [day, setDay] = useState(today);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const params = { id: allianceId, memberId: member.id };
  const submit = () =>
    void save
      .run(() =>
        action === 'leave'
          ? call('removeAllianceMember', { params, body: { leftOn: day } })
          : call('recordAllianceAward', { params, body: { title, awardedOn: day, note } }),
      )
      .then((saved) => {
        if (saved) onDone();
      });
  return (
    <Form className="form--grid alliance-action" onSubmit={submit}>
      <h3 className="alliance-subtitle">
        {t(action === 'leave' ? 'alliances.staff.leaveTitle' : 'alliances.staff.awardTitle', {
          name: member.name,
        })}
      </h3>
      <ErrorAlert error={save.error} />
      {action === 'award' ? (
        <TextField
          label={t('alliances.staff.awardName')}
          required
          maxLength={120}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError('title')}
        />
      ) : null}
      <TextField
        label={t(action === 'leave' ? 'alliances.staff.leftOn' : 'alliances.staff.awardedOn')}
        type="date"
        required
        min={member.joinedOn}
        max={today}
        value={day}
        onChange={(e) => setDay(e.target.value)}
      />
      {action === 'award' ? (
        <TextField
          label={t('alliances.staff.awardNote')}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      ) : null}
      <div className="form__actions">
        <Button
          type="submit"
          pending={save.pending}
          variant={action === 'leave' ? 'danger' : 'primary'}
        >
          {t(action === 'leave' ? 'alliances.staff.saveLeave' : 'alliances.staff.saveAward')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('alliances.staff.cancel')}
        </Button>
      </div>
    </Form>
  );
}
