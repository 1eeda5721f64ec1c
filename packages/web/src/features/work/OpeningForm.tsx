import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  qualificationKinds,
  qualificationLabels,
  type TOwnWorkOpening,
  type TWorkProgramme,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { useAction } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { AvailabilityGrid } from './AvailabilityGrid.tsx';
import { ChipChoices } from './ChipChoices.tsx';
import {
  openingChoices,
  openingDraftOf,
  openingRequestOf,
  type Employer,
  type OpeningDraft,
} from './opening-draft.ts';

const workModes = ['onsite', 'hybrid', 'remote'] as const;

/**
 * Posting a job or a project for the own company, or editing one: a project asks for its
 * deliverable, team and period; hours and the week as a nurse or a mother would read them.
 */
export function OpeningForm({
  programmes,
  employer,
  editing,
  onDone,
  onCancel,
  employerFields,
}: {
  programmes: readonly TWorkProgramme[];
  employer: Employer;
  /** Staff name the employer in the form; a company's admin posts for its own. */
  employerFields?: ReactNode;
  editing: TOwnWorkOpening | null;
  onDone: (saved: TOwnWorkOpening | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const weekId = useId();
  const previous = editing?.input ?? null;
  const [draft, setDraft] = useState<OpeningDraft>(() =>
    openingDraftOf(previous, programmes[0]!.id),
  );
  const action = useAction();
  const fieldError = useFieldErrors(action.error);
  const programme = programmes.find((p) => p.id === draft.programmeId) ?? programmes[0]!;
  const set = <K extends keyof OpeningDraft>(key: K, value: OpeningDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const project = draft.choice === 'project';
  const skills = programme.skills.map((skill) => ({ value: skill.id, label: skill.label }));
  const locale = currentLocale();
  const qualifications = qualificationKinds.map((kind) => ({
    value: kind,
    label: qualificationLabels[kind][locale],
  }));

  function save() {
    const body = openingRequestOf(draft, employer, previous);
    void action
      .run(async () =>
        editing
          ? call('updateWorkOpening', { params: { id: editing.opening.id }, body })
          : (await call('postWorkOpening', { body })) && null,
      )
      .then((saved) => {
        if (saved !== undefined) onDone(saved);
      });
  }

  return (
    <Card
      title={editing ? t('workOpenings.form.editTitle') : t('workOpenings.form.newTitle')}
      testId="opening-form"
    >
      <Form onSubmit={save}>
        {employerFields}
        {programmes.length > 1 ? (
          <SelectField
            label={t('workOpenings.form.programme')}
            value={draft.programmeId}
            onChange={(e) => set('programmeId', e.target.value)}
            options={programmes.map((p) => ({ value: p.id, label: p.name }))}
          />
        ) : null}
        <ChipChoices
          legend={t('workOpenings.form.kind')}
          single="opening-kind"
          options={openingChoices.map((choice) => ({
            value: choice,
            label: t(`workOpenings.form.kinds.${choice}`),
          }))}
          chosen={new Set([draft.choice])}
          onChange={(chosen) => {
            const [choice] = [...chosen];
            if (choice) set('choice', choice);
          }}
        />
        <TextField
          label={t('workOpenings.form.title')}
          hint={t('workOpenings.form.titleHint')}
          required
          maxLength={120}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          error={fieldError('title')}
        />
        <TextAreaField
          label={t('workOpenings.form.description')}
          rows={4}
          maxLength={4000}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
          error={fieldError('description')}
        />
        {project ? <ProjectFields draft={draft} set={set} fieldError={fieldError} /> : null}
        <fieldset className="fieldset work-profile__hours">
          <legend className="fieldset__legend">{t('workOpenings.form.hours')}</legend>
          <p className="field__hint work-opening-form__span">{t('workOpenings.form.hoursHint')}</p>
          <TextField
            label={t('workOpenings.form.hoursMin')}
            inputMode="decimal"
            required
            value={draft.hoursMin}
            onChange={(e) => set('hoursMin', e.target.value)}
            error={fieldError('hoursPerWeekMin')}
          />
          <TextField
            label={t('workOpenings.form.hoursMax')}
            inputMode="decimal"
            required
            value={draft.hoursMax}
            onChange={(e) => set('hoursMax', e.target.value)}
            error={fieldError('hoursPerWeekMax')}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend" id={weekId}>
            {t('workOpenings.form.schedule')}
          </legend>
          <p className="field__hint">{t('workOpenings.form.scheduleHint')}</p>
          <AvailabilityGrid
            cells={draft.cells}
            onChange={(cells) => set('cells', cells)}
            labelledBy={weekId}
          />
        </fieldset>
        <ChipChoices
          legend={t('workOpenings.form.workMode')}
          single="work-mode"
          options={workModes.map((mode) => ({
            value: mode,
            label: t(`workOpenings.form.workModes.${mode}`),
          }))}
          chosen={new Set([draft.workMode])}
          onChange={(chosen) => {
            const [mode] = [...chosen];
            if (mode) set('workMode', mode);
          }}
        />
        {draft.workMode === 'remote' ? null : (
          <TextField
            label={t('workOpenings.form.placeLabel')}
            hint={t('workOpenings.form.placeLabelHint')}
            maxLength={200}
            value={draft.placeLabel}
            onChange={(e) => set('placeLabel', e.target.value)}
            error={fieldError('placeLabel')}
          />
        )}
        <CheckboxField
          label={t('workOpenings.form.childcareProvided')}
          checked={draft.childcareProvided}
          onChange={(e) => set('childcareProvided', e.target.checked)}
        />
        <TextField
          label={t('workOpenings.form.pay')}
          hint={t('workOpenings.form.payHint')}
          maxLength={200}
          value={draft.pay}
          onChange={(e) => set('pay', e.target.value)}
          error={fieldError('pay')}
        />
        <TextField
          label={t('workOpenings.form.startsOn')}
          type="date"
          value={draft.startsOn}
          onChange={(e) => set('startsOn', e.target.value)}
          error={fieldError('startsOn')}
        />
        <TextField
          label={t('workOpenings.form.validThrough')}
          hint={t('workOpenings.form.validThroughHint')}
          type="date"
          value={draft.validThrough}
          onChange={(e) => set('validThrough', e.target.value)}
          error={fieldError('validThrough')}
        />
        {skills.length > 0 ? (
          <>
            <ChipChoices
              legend={t('workOpenings.form.requiredSkills')}
              options={skills}
              chosen={draft.requiredSkillIds}
              onChange={(chosen) => set('requiredSkillIds', chosen)}
            />
            <ChipChoices
              legend={t('workOpenings.form.niceSkills')}
              options={skills.filter((s) => !draft.requiredSkillIds.has(s.value))}
              chosen={draft.niceSkillIds}
              onChange={(chosen) => set('niceSkillIds', chosen)}
            />
          </>
        ) : null}
        <TextField
          label={t('workOpenings.form.keywords')}
          hint={t('workOpenings.form.keywordsHint')}
          maxLength={1200}
          value={draft.keywords}
          onChange={(e) => set('keywords', e.target.value)}
          error={fieldError('keywords')}
        />
        <ChipChoices
          legend={t('workOpenings.form.requiredQualifications')}
          hint={t('workOpenings.form.requiredQualificationsHint')}
          options={qualifications}
          chosen={draft.requiredQualifications}
          onChange={(chosen) => set('requiredQualifications', chosen)}
        />
        <ChipChoices
          legend={t('workOpenings.form.niceQualifications')}
          options={qualifications.filter((q) => !draft.requiredQualifications.has(q.value))}
          chosen={draft.niceQualifications}
          onChange={(chosen) => set('niceQualifications', chosen)}
        />
        {/* Next to the button: on a long form, where the eyes are after pressing it. */}
        <ErrorAlert error={action.error} />
        <div className="form__actions">
          <Button type="submit" pending={action.pending}>
            {editing ? t('workOpenings.form.saveEdit') : t('workOpenings.form.save')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('workOpenings.form.cancel')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

function ProjectFields({
  draft,
  set,
  fieldError,
}: {
  draft: OpeningDraft;
  set: <K extends keyof OpeningDraft>(key: K, value: OpeningDraft[K]) => void;
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        label={t('workOpenings.form.deliverable')}
        hint={t('workOpenings.form.deliverableHint')}
        rows={2}
        maxLength={1000}
        value={draft.deliverable}
        onChange={(e) => set('deliverable', e.target.value)}
        error={fieldError('deliverable')}
      />
      <TextField
        label={t('workOpenings.form.teamSize')}
        inputMode="numeric"
        value={draft.teamSize}
        onChange={(e) => set('teamSize', e.target.value)}
        error={fieldError('teamSize')}
      />
      <TextField
        label={t('workOpenings.form.periodStart')}
        type="date"
        value={draft.periodStart}
        onChange={(e) => set('periodStart', e.target.value)}
        error={fieldError('periodStart')}
      />
      <TextField
        label={t('workOpenings.form.periodEnd')}
        type="date"
        value={draft.periodEnd}
        onChange={(e) => set('periodEnd', e.target.value)}
        error={fieldError('periodEnd')}
      />
    </>
  );
}
