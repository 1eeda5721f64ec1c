import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { japanTimeOf } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';

const emptyDraft = () => ({
  heldOn: japanTimeOf(new Date()).date,
  wishes: '',
  constraints: '',
  nextStep: '',
});

/** Recording a hearing: the day (today by default, never one still to come) and three texts. */
export function HearingForm({ profileId, onSaved }: { profileId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [draft, setDraft] = useState(emptyDraft);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof ReturnType<typeof emptyDraft>) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const submit = () =>
    void action
      .run(() => call('recordWorkHearing', { params: { id: profileId }, body: draft }))
      .then((done) => {
        if (!done) return;
        setDraft(emptyDraft());
        setSaved(true);
        onSaved();
      });
  return (
    <Form onSubmit={submit} className="work-hearing-form">
      <ErrorAlert error={action.error} />
      <TextField
        label={t('workStaff.hearing.heldOn')}
        type="date"
        name="heldOn"
        required
        max={japanTimeOf(new Date()).date}
        value={draft.heldOn}
        onChange={(e) => set('heldOn')(e.target.value)}
      />
      <TextAreaField
        label={t('workStaff.hearing.wishes')}
        hint={t('workStaff.hearing.wishesHint')}
        name="wishes"
        required
        rows={3}
        maxLength={2000}
        value={draft.wishes}
        onChange={(e) => set('wishes')(e.target.value)}
      />
      <TextAreaField
        label={t('workStaff.hearing.constraints')}
        hint={t('workStaff.hearing.constraintsHint')}
        name="constraints"
        rows={2}
        maxLength={2000}
        value={draft.constraints}
        onChange={(e) => set('constraints')(e.target.value)}
      />
      <TextAreaField
        label={t('workStaff.hearing.nextStep')}
        name="nextStep"
        rows={2}
        maxLength={1000}
        value={draft.nextStep}
        onChange={(e) => set('nextStep')(e.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" pending={action.pending}>
          {t('workStaff.hearing.save')}
        </Button>
        {saved && !action.error ? (
          <p role="status" className="form__note">
            {t('workStaff.hearing.saved')}
          </p>
        ) : null}
      </div>
    </Form>
  );
}
