import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftKinds, type TShift } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { isQuarterHour, japanLocalToIso } from './japan-time.ts';

type Kind = TShift['kind'];
type Problem = 'required' | 'quarter' | 'order';

function timeProblem(value: string): Problem | undefined {
  if (!japanLocalToIso(value)) return 'required';
  return isQuarterHour(value) ? undefined : 'quarter';
}

/** Plan a shift: a member of the care team, on duty or on call, in Japan time. */
export function ShiftForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const team = useApiData('listCareTeam');
  const create = useAction();
  const [userId, setUserId] = useState('');
  const [kind, setKind] = useState<Kind>('on_duty');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [checked, setChecked] = useState(false);

  const startProblem = timeProblem(startsAt);
  const endProblem: Problem | undefined =
    timeProblem(endsAt) ?? (!startProblem && endsAt <= startsAt ? 'order' : undefined);
  const show = (problem: Problem | undefined) =>
    checked && problem ? t(`care.roster.${problem}`) : undefined;

  async function submit() {
    setChecked(true);
    const start = japanLocalToIso(startsAt);
    const end = japanLocalToIso(endsAt);
    if (userId === '' || startProblem || endProblem || !start || !end) return;
    const shift = await create.run(() =>
      call('createShift', { body: { userId, kind, startsAt: start, endsAt: end } }),
    );
    if (!shift) return;
    setStartsAt('');
    setEndsAt('');
    setChecked(false);
    onCreated();
  }

  const members = (team.data?.items ?? []).filter((member) => member.status === 'active');
  return (
    <Form onSubmit={() => void submit()}>
      <ErrorAlert error={team.error ?? create.error} />
      <SelectField
        label={t('care.roster.person')}
        value={userId}
        onChange={(event) => setUserId(event.currentTarget.value)}
        error={checked && userId === '' ? t('care.roster.required') : undefined}
        options={[
          { value: '', label: t('care.transfer.choose') },
          ...members.map((member) => ({ value: member.id, label: member.displayName })),
        ]}
      />
      <SelectField
        label={t('care.roster.kind')}
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value as Kind)}
        options={shiftKinds.map((value) => ({ value, label: t(`care.roster.kinds.${value}`) }))}
      />
      <TextField
        type="datetime-local"
        step={900}
        label={t('care.roster.startsAt')}
        hint={t('care.roster.timeHint')}
        value={startsAt}
        onChange={(event) => setStartsAt(event.currentTarget.value)}
        error={show(startProblem)}
      />
      <TextField
        type="datetime-local"
        step={900}
        label={t('care.roster.endsAt')}
        hint={t('care.roster.timeHint')}
        value={endsAt}
        onChange={(event) => setEndsAt(event.currentTarget.value)}
        error={show(endProblem)}
      />
      <Button type="submit" pending={create.pending}>
        {t('care.roster.create')}
      </Button>
    </Form>
  );
}
