import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSurveyQuestion } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { linesOf } from './survey-paths.ts';

/**
 * A pulse survey: 1–5 questions (one per line, one shared scale), free-text questions, the
 * employers asked and the JST days it is open. An employer admin surveys their own staff.
 */
export function SurveyForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const organizations = useApiData('listOrganizations');
  const create = useAction();
  const [title, setTitle] = useState('');
  const [likert, setLikert] = useState('');
  const [texts, setTexts] = useState('');
  const [targets, setTargets] = useState<string[]>([]);
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [checked, setChecked] = useState(false);
  const labels = [1, 2, 3, 4, 5].map((n) => t(`surveys.scale.${n}` as 'surveys.scale.1'));
  const chosen =
    user.role === 'employer_admin' && user.organization ? [user.organization.id] : targets;
  const problems = {
    title: title.trim() === '',
    likert: linesOf(likert).length === 0,
    targets: chosen.length === 0,
    dates: opensOn === '' || closesOn === '' || closesOn < opensOn,
  };
  const show = (key: keyof typeof problems) =>
    checked && problems[key] ? t(`surveys.form.problems.${key}`) : undefined;

  async function submit() {
    setChecked(true);
    if (Object.values(problems).some(Boolean)) return;
    const questions: TSurveyQuestion[] = [
      ...linesOf(likert).map((prompt) => ({ kind: 'likert' as const, prompt, labels })),
      ...linesOf(texts).map((prompt) => ({ kind: 'text' as const, prompt })),
    ];
    const created = await create.run(() =>
      call('createSurvey', {
        body: { title, questions, targetOrganizationIds: chosen, opensOn, closesOn },
      }),
    );
    if (!created) return;
    setTitle('');
    setLikert('');
    setTexts('');
    setChecked(false);
    onCreated();
  }

  return (
    <Form onSubmit={() => void submit()}>
      <ErrorAlert error={organizations.error ?? create.error} />
      <TextField
        label={t('surveys.form.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={show('title')}
      />
      <TextAreaField
        label={t('surveys.form.likert')}
        hint={t('surveys.form.likertHint', { labels: labels.join(t('common.listSeparator')) })}
        value={likert}
        onChange={(e) => setLikert(e.currentTarget.value)}
        error={show('likert')}
      />
      <TextAreaField
        label={t('surveys.form.texts')}
        hint={t('surveys.form.textsHint')}
        value={texts}
        onChange={(e) => setTexts(e.currentTarget.value)}
      />
      {user.role === 'city_staff' ? (
        <fieldset>
          <legend>{t('surveys.form.targets')}</legend>
          {(organizations.data?.items ?? []).map((org) => (
            <CheckboxField
              key={org.id}
              label={org.name}
              checked={targets.includes(org.id)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setTargets((old) => (on ? [...old, org.id] : old.filter((id) => id !== org.id)));
              }}
            />
          ))}
          {show('targets') ? <p className="field__error">{show('targets')}</p> : null}
        </fieldset>
      ) : (
        <p>{t('surveys.form.ownOrganization', { name: user.organization?.name ?? '' })}</p>
      )}
      <TextField
        type="date"
        label={t('surveys.form.opensOn')}
        hint={t('surveys.form.dateHint')}
        value={opensOn}
        onChange={(e) => setOpensOn(e.currentTarget.value)}
        error={show('dates')}
      />
      <TextField
        type="date"
        label={t('surveys.form.closesOn')}
        value={closesOn}
        onChange={(e) => setClosesOn(e.currentTarget.value)}
      />
      <p className="muted">{t('surveys.form.privacy')}</p>
      <Button type="submit" pending={create.pending}>
        {t('surveys.form.submit')}
      </Button>
    </Form>
  );
}
