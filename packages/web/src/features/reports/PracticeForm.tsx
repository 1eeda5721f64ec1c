import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consultationTopicLabels,
  consultationTopics,
  ZPracticeInput,
  type TPractice,
  type TPracticeInput,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { labelledOptions } from '../consultations/labels.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';

const blank: TPracticeInput = { topic: 'work_style', title: '', summary: '', sourceNote: '' };

/** Adds a practice to the library, or edits one (city staff). */
export function PracticeForm({
  practice,
  onDone,
}: {
  practice: TPractice | null;
  onDone: (saved: TPractice | null) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const save = useAction();
  const [form, setForm] = useState<TPracticeInput>(
    practice
      ? {
          topic: practice.topic,
          lifeEvent: practice.lifeEvent,
          title: practice.title,
          summary: practice.summary,
          sourceNote: practice.sourceNote,
        }
      : blank,
  );
  const [checked, setChecked] = useState(false);
  const parsed = ZPracticeInput.safeParse(form);
  const invalid = (field: keyof TPracticeInput) =>
    checked && !parsed.success && parsed.error.issues.some((i) => i.path[0] === field)
      ? t('reports.practices.form.required')
      : undefined;
  async function submit() {
    setChecked(true);
    if (!parsed.success) return;
    const body = parsed.data;
    const saved = await save.run(() =>
      practice
        ? call('updatePractice', { params: { id: practice.id }, body })
        : call('createPractice', { body }),
    );
    if (saved) onDone(saved);
  }
  return (
    <Form onSubmit={() => void submit()}>
      <SelectField
        label={t('reports.practices.form.topic')}
        value={form.topic}
        onChange={(e) =>
          setForm({ ...form, topic: e.currentTarget.value as TPracticeInput['topic'] })
        }
        options={labelledOptions(consultationTopics, consultationTopicLabels, locale)}
      />
      <TextField
        label={t('reports.practices.form.title')}
        value={form.title}
        maxLength={120}
        onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
        error={invalid('title')}
      />
      <TextAreaField
        label={t('reports.practices.form.summary')}
        value={form.summary}
        rows={4}
        maxLength={1000}
        onChange={(e) => setForm({ ...form, summary: e.currentTarget.value })}
        error={invalid('summary')}
      />
      <TextField
        label={t('reports.practices.form.sourceNote')}
        value={form.sourceNote}
        maxLength={300}
        onChange={(e) => setForm({ ...form, sourceNote: e.currentTarget.value })}
        error={invalid('sourceNote')}
      />
      <ErrorAlert error={save.error} />
      <div className="button-row">
        <Button type="submit" pending={save.pending}>
          {t('reports.practices.form.save')}
        </Button>
        <Button variant="quiet" onClick={() => onDone(null)}>
          {t('reports.practices.form.cancel')}
        </Button>
      </div>
    </Form>
  );
}
