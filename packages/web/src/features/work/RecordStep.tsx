import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canStaffMove,
  japanTimeOf,
  staffIntroductionSteps,
  type StaffIntroductionStep,
  type TWorkIntroduction,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';

/** The next step of an agreed introduction: 面接 → 内定 → 就業開始 → 修了 / 不成立, with its day. */
export function RecordStep({
  introduction,
  onSaved,
}: {
  introduction: TWorkIntroduction;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const next = staffIntroductionSteps.filter((s) => canStaffMove(introduction.status, s));
  const [step, setStep] = useState<StaffIntroductionStep | ''>('');
  const [day, setDay] = useState(japanTimeOf(new Date()).date);
  // No step is chosen for the staff: a tired click must not record an outcome.
  const chosen = step;
  if (next.length === 0) return null;
  const needsStart = chosen === 'started';
  const needsEnd = chosen === 'completed' || chosen === 'not_completed';
  const submit = () =>
    chosen !== '' &&
    void action
      .run(() =>
        call('recordWorkIntroductionStep', {
          params: { id: introduction.id },
          body: {
            step: chosen,
            startedOn: needsStart ? day : null,
            endedOn: needsEnd && introduction.startedOn ? day : null,
          },
        }),
      )
      .then((done) => done && onSaved());
  const name = `step-${introduction.id}`;
  return (
    <Form onSubmit={submit} className="work-step-form">
      <ErrorAlert error={action.error} />
      <SelectField
        label={`${t('workStaff.outcomes.record')}（${introduction.referenceLabel}）`}
        name={name}
        value={chosen}
        onChange={(e) => setStep(e.target.value as StaffIntroductionStep)}
        options={[
          { value: '', label: t('workStaff.outcomes.choose') },
          ...next.map((s) => ({ value: s, label: t(`workStaff.outcomes.step.${s}`) })),
        ]}
      />
      {needsStart || (needsEnd && introduction.startedOn) ? (
        <TextField
          label={needsStart ? t('workStaff.outcomes.startedOn') : t('workStaff.outcomes.endedOn')}
          type="date"
          name={`${name}-day`}
          required
          value={day}
          onChange={(e) => setDay(e.target.value)}
        />
      ) : null}
      <Button type="submit" variant="secondary" pending={action.pending} disabled={chosen === ''}>
        {t('workStaff.outcomes.save')}
      </Button>
    </Form>
  );
}
