import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nationalFigures, reportTables, type TReport } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { editOf, formOf, practiceChoices, rowKey, type DraftForm } from './draft-form.ts';

/**
 * City staff write the report around its released figures: a finding cites one of the
 * report's tables (chosen, never typed), a proposal may use a practice of the library.
 */
export function ReportDraftEditor({
  report,
  addPractice,
  onSaved,
}: {
  report: TReport;
  addPractice: string | null;
  onSaved: (saved: TReport) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const library = useApiData('listPractices');
  const save = useAction();
  const [form, setForm] = useState<DraftForm>(() => formOf(report, addPractice));
  const [checked, setChecked] = useState(false);
  const tables = reportTables(report.content);
  const practices = practiceChoices(report, library.data?.items ?? []);
  const parsed = editOf(form, report.revision);
  const issue = (path: (string | number)[], message: string) =>
    checked &&
    !parsed.success &&
    parsed.error.issues.some((i) => path.every((part, n) => i.path[n] === part))
      ? message
      : undefined;
  const set = (patch: Partial<DraftForm>) => setForm((current) => ({ ...current, ...patch }));

  async function submit() {
    setChecked(true);
    if (!parsed.success) return;
    const saved = await save.run(() =>
      call('updateReportDraft', { params: { id: report.id }, body: parsed.data }),
    );
    if (saved) onSaved(saved);
  }

  return (
    <Card title={t('reports.editor.title')} testId="report-editor">
      <p className="muted">{t('reports.editor.lead')}</p>
      {report.status === 'approved' ? (
        <Alert tone="warning">{t('reports.editor.reopenWarning')}</Alert>
      ) : null}
      <Form onSubmit={() => void submit()}>
        <TextField
          label={t('reports.form.title')}
          value={form.title}
          maxLength={120}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={issue(['title'], t('reports.editor.invalid.title'))}
        />
        <TextAreaField
          label={t('reports.editor.summary')}
          hint={t('reports.editor.summaryHint')}
          value={form.summary}
          rows={4}
          maxLength={2000}
          onChange={(e) => set({ summary: e.currentTarget.value })}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('reports.editor.findings')}</legend>
          {form.findings.map((finding, i) => (
            <div key={finding.key} className="report-editor__row">
              <TextAreaField
                label={t('reports.editor.findingText', { n: i + 1 })}
                value={finding.text}
                rows={3}
                maxLength={1000}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  set({ findings: form.findings.map((f, n) => (n === i ? { ...f, text } : f)) });
                }}
                error={issue(['findings', i, 'text'], t('reports.editor.invalid.findingText'))}
              />
              <SelectField
                label={t('reports.editor.findingTable', { n: i + 1 })}
                value={finding.table ?? ''}
                onChange={(e) => {
                  const table = e.currentTarget.value || null;
                  set({ findings: form.findings.map((f, n) => (n === i ? { ...f, table } : f)) });
                }}
                options={[
                  { value: '', label: t('reports.editor.noTable') },
                  ...tables.map((x) => ({ value: x.key, label: x.label })),
                ]}
              />
              <Button
                variant="quiet"
                onClick={() => set({ findings: form.findings.filter((_, n) => n !== i) })}
              >
                {t('reports.editor.removeFinding', { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            onClick={() =>
              set({ findings: [...form.findings, { key: rowKey(), text: '', table: null }] })
            }
          >
            {t('reports.editor.addFinding')}
          </Button>
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('reports.editor.proposals')}</legend>
          {form.proposals.map((proposal, i) => {
            const practice = practices.find((p) => p.id === proposal.practiceId);
            const change = (patch: Partial<DraftForm['proposals'][number]>) =>
              set({
                proposals: form.proposals.map((p, n) => (n === i ? { ...p, ...patch } : p)),
              });
            return (
              <div key={proposal.key} className="report-editor__row">
                <SelectField
                  label={t('reports.editor.proposalPractice', { n: i + 1 })}
                  value={proposal.practiceId ?? ''}
                  onChange={(e) => change({ practiceId: e.currentTarget.value || null })}
                  options={[
                    { value: '', label: t('reports.editor.noPractice') },
                    ...practices.map((p) => ({ value: p.id, label: p.title })),
                  ]}
                />
                {practice ? (
                  <div className="report-editor__practice">
                    <p>{practice.summary}</p>
                    <p className="muted">{t('reports.source', { source: practice.sourceNote })}</p>
                  </div>
                ) : null}
                <TextAreaField
                  label={t('reports.editor.proposalText', { n: i + 1 })}
                  value={proposal.text}
                  rows={3}
                  maxLength={1000}
                  onChange={(e) => change({ text: e.currentTarget.value })}
                  error={issue(['proposals', i, 'text'], t('reports.editor.invalid.proposalText'))}
                />
                <Button
                  variant="quiet"
                  onClick={() => set({ proposals: form.proposals.filter((_, n) => n !== i) })}
                >
                  {t('reports.editor.removeProposal', { n: i + 1 })}
                </Button>
              </div>
            );
          })}
          <Button
            variant="secondary"
            onClick={() =>
              set({ proposals: [...form.proposals, { key: rowKey(), text: '', practiceId: null }] })
            }
          >
            {t('reports.editor.addProposal')}
          </Button>
        </fieldset>
        <TextAreaField
          label={t('reports.editor.ownText')}
          hint={t('reports.editor.ownTextHint')}
          value={form.ownText}
          rows={5}
          maxLength={4000}
          onChange={(e) => set({ ownText: e.currentTarget.value })}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('reports.editor.national')}</legend>
          {nationalFigures.map((f) => (
            <CheckboxField
              key={f.id}
              label={`${f.label[locale]}（${f.year}）`}
              hint={f.source[locale]}
              checked={form.nationalFigures.includes(f.id)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                set({
                  nationalFigures: on
                    ? [...form.nationalFigures, f.id]
                    : form.nationalFigures.filter((id) => id !== f.id),
                });
              }}
            />
          ))}
        </fieldset>
        <ErrorAlert error={library.error ?? save.error} />
        <Button type="submit" pending={save.pending}>
          {t('reports.editor.save')}
        </Button>
      </Form>
    </Card>
  );
}
