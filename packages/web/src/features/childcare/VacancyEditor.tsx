import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFacilityVacancyForm } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useAction } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Form } from '../../ui/Form.tsx';
import { useChildcareLabels } from './childcare-labels.ts';

/**
 * Six classes, each a number with − and + big enough for a thumb: last month's figures
 * are there already, so a facility changes what moved and saves, in seconds. Saved with
 * the version read: when someone else saved in between, nothing is overwritten and the
 * latest figures are offered instead.
 */
export function VacancyEditor({
  form,
  onReload,
}: {
  form: TFacilityVacancyForm;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const labels = useChildcareLabels();
  const [counts, setCounts] = useState<(number | null)[]>(form.counts);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // Each save answers the new version: the next save goes on from it.
  const [version, setVersion] = useState(form.version);
  const action = useAction();
  const conflict = errorCode(action.error) === 'VACANCY_CONFLICT';

  const setCount = (age: number, value: number | null) =>
    setCounts((current) => current.map((c, i) => (i === age ? value : c)));

  function save() {
    void action
      .run(() =>
        call('updateFacilityVacancies', {
          params: { id: form.facilityId },
          body: { month: form.month, counts, version },
        }),
      )
      .then((saved) => {
        if (!saved) return;
        setSavedAt(saved.updatedAt);
        setVersion(saved.version);
      });
  }

  return (
    <Form onSubmit={save} className="vacancy-editor">
      <h2 className="vacancy-editor__month">
        {t('childcare.staff.month', { month: labels.month(form.month) })}
      </h2>
      {form.prefilledFrom ? (
        <p className="form__note">
          {t('childcare.staff.prefilled', { month: labels.month(form.prefilledFrom) })}
        </p>
      ) : null}
      <ol className="vacancy-editor__classes">
        {counts.map((count, age) => (
          <li key={age} className="vacancy-editor__class">
            <span className="vacancy-editor__label" id={`vacancy-class-${age}`}>
              {t('childcare.staff.classLabel', { age })}
            </span>
            {count === null ? (
              <Button variant="quiet" onClick={() => setCount(age, 0)}>
                {t('childcare.staff.notOffered')}
              </Button>
            ) : (
              <span className="vacancy-editor__stepper">
                <button
                  type="button"
                  className="stepper__button"
                  aria-label={t('childcare.staff.minus', { age })}
                  disabled={count === 0}
                  onClick={() => setCount(age, Math.max(0, count - 1))}
                >
                  −
                </button>
                <input
                  className="stepper__input"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={999}
                  aria-labelledby={`vacancy-class-${age}`}
                  value={count}
                  onChange={(event) => {
                    const value = Number.parseInt(event.target.value, 10);
                    setCount(age, Number.isNaN(value) ? 0 : Math.min(999, Math.max(0, value)));
                  }}
                />
                <button
                  type="button"
                  className="stepper__button"
                  aria-label={t('childcare.staff.plus', { age })}
                  onClick={() => setCount(age, Math.min(999, count + 1))}
                >
                  +
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      <ErrorAlert error={action.error} />
      {conflict ? (
        <Button variant="secondary" onClick={onReload}>
          {t('childcare.staff.conflictReload')}
        </Button>
      ) : null}
      {savedAt ? (
        <Alert tone="success">
          {t('childcare.staff.saved', {
            time: formatDate(savedAt, labels.locale, { withTime: true }),
          })}
        </Alert>
      ) : null}
      <Button type="submit" pending={action.pending} block>
        {t('childcare.staff.save')}
      </Button>
      {form.updatedAt && !savedAt ? (
        <p className="form__note">
          {t('childcare.staff.lastUpdated', {
            time: formatDate(form.updatedAt, labels.locale, { withTime: true }),
          })}
        </p>
      ) : null}
    </Form>
  );
}
