import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCheckIn, TScheduleCheckInRequest } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { isQuarterHour, japanLocalToIso } from '../roster/japan-time.ts';
import { japanLocalValue } from './contact-time.ts';

const team = 'team';

/** Who may be chosen: oneself, the care team on shift, and (for supervisors) the team's members. */
function useWhoOptions() {
  const { t } = useTranslation();
  const user = useUser();
  const [members, setMembers] = useState<{ id: string; displayName: string }[]>([]);
  const supervisor = user.role === 'supervisor';
  useEffect(() => {
    // Only supervisors may list the care team; a coordinator plans for themselves or the team.
    if (!supervisor) return;
    let live = true;
    call('listCareTeam').then(
      (team) => {
        if (live) setMembers(team.items.filter((m) => m.status === 'active'));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [supervisor]);
  return [
    { value: user.id, label: user.displayName },
    { value: team, label: t('followUps.checkIns.team') },
    ...members.filter((m) => m.id !== user.id).map((m) => ({ value: m.id, label: m.displayName })),
  ];
}

/** Plan (or move) a check-in: when in Japan time, who, and a note for the care team only. */
export function CheckInForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: TCheckIn;
  submitLabel: string;
  onSubmit: (plan: TScheduleCheckInRequest) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const options = useWhoOptions();
  const action = useAction();
  const [when, setWhen] = useState(initial ? japanLocalValue(initial.dueAt) : '');
  const [who, setWho] = useState(initial ? (initial.coordinatorId ?? team) : user.id);
  const [note, setNote] = useState(initial?.note ?? '');
  const [checked, setChecked] = useState(false);
  const dueAt = japanLocalToIso(when);
  const problem = !dueAt || !isQuarterHour(when);

  async function submit() {
    setChecked(true);
    if (problem || !dueAt) return;
    const trimmed = note.trim();
    const done = await action.run(() =>
      onSubmit({
        dueAt,
        coordinatorId: who === team ? null : who,
        ...(trimmed ? { note: trimmed } : {}),
      }),
    );
    if (done === undefined) return;
    if (!initial) {
      setWhen('');
      setNote('');
      setChecked(false);
    }
  }

  return (
    <Form onSubmit={() => void submit()}>
      <TextField
        type="datetime-local"
        step={900}
        label={t('followUps.checkIns.dueAt')}
        hint={t('followUps.checkIns.dueHint')}
        value={when}
        onChange={(event) => setWhen(event.currentTarget.value)}
        error={checked && problem ? t('followUps.checkIns.required') : undefined}
        data-testid="check-in-when"
      />
      <SelectField
        label={t('followUps.checkIns.who')}
        value={who}
        options={options}
        onChange={(event) => setWho(event.currentTarget.value)}
      />
      <TextAreaField
        label={t('followUps.checkIns.note')}
        hint={t('followUps.checkIns.noteHint')}
        value={note}
        maxLength={500}
        rows={2}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <ErrorAlert error={action.error} />
      <div className="form__actions row-actions">
        <Button type="submit" pending={action.pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="quiet" onClick={onCancel}>
            {t('followUps.checkIns.keep')}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
