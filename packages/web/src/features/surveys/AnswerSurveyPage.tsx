import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

/** Answering on a phone: one 1–5 scale per question as large radio buttons, then free text. */
export function AnswerSurveyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const survey = useApiData('getSurvey', { params: { id } });
  const send = useAction();
  const [choices, setChoices] = useState<Record<number, number>>({});
  const [texts, setTexts] = useState<Record<number, string>>({});
  const [checked, setChecked] = useState(false);
  const [done, setDone] = useState(false);

  const data = survey.data;
  if (!data)
    return (
      <Page title={t('surveys.title')}>
        {survey.error ? <ErrorAlert error={survey.error} /> : <Loading />}
      </Page>
    );
  const missing = data.questions.some((q, i) => q.kind === 'likert' && choices[i] === undefined);

  async function submit() {
    setChecked(true);
    if (!data || missing) return;
    const answers = data.questions.map((q, i) =>
      q.kind === 'likert' ? { likert: choices[i]! } : { text: texts[i]?.trim() ? texts[i]! : null },
    );
    const ok = await send.run(() => call('answerSurvey', { params: { id }, body: { answers } }));
    if (ok) setDone(true);
  }

  return (
    <Page title={data.title} lead={<p>{t('surveys.answerLead', { k: data.minimumGroupSize })}</p>}>
      {done || data.answered ? (
        <Alert tone="success" testId="survey-thanks">
          <p>{t('surveys.thanks')}</p>
        </Alert>
      ) : (
        <Form onSubmit={() => void submit()}>
          <ErrorAlert error={send.error} />
          {data.questions.map((q, i) =>
            q.kind === 'likert' ? (
              <fieldset key={i} className="likert">
                <legend>{q.prompt}</legend>
                {q.labels.map((label, choice) => (
                  <label key={choice} className="likert__option">
                    <input
                      type="radio"
                      name={`q${i}`}
                      value={choice + 1}
                      checked={choices[i] === choice + 1}
                      onChange={() => setChoices((old) => ({ ...old, [i]: choice + 1 }))}
                    />{' '}
                    {choice + 1}. {label}
                  </label>
                ))}
                {checked && choices[i] === undefined ? (
                  <p className="field__error">{t('surveys.required')}</p>
                ) : null}
              </fieldset>
            ) : (
              <TextAreaField
                key={i}
                label={q.prompt}
                hint={t('surveys.textHint')}
                value={texts[i] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setTexts((old) => ({ ...old, [i]: value }));
                }}
              />
            ),
          )}
          <Button type="submit" block pending={send.pending}>
            {t('surveys.send')}
          </Button>
        </Form>
      )}
    </Page>
  );
}
