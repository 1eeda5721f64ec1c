import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { japanTimeOf, measureStatuses, type MeasureStatus, type TMeasure } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form, SubmitRow } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { formatDate } from '../../i18n/format.ts';
import { isLocale } from '../../i18n/locale.ts';
import { areaNumber, IndicatorList, StatusBadge, StatusCounts } from './measure-parts.tsx';

const isStatus = (v: string): v is MeasureStatus =>
  (measureStatuses as readonly string[]).includes(v);

/** City staff keep the measures: status, and figures with their date and source. */
export function StaffMeasuresPage() {
  const { t } = useTranslation();
  const board = useApiData('listMeasures');
  return (
    <Page title={t('measures.staff.title')} lead={<p>{t('measures.staff.lead')}</p>}>
      <ErrorAlert error={board.error} />
      {board.loading && !board.data ? <Loading /> : null}
      {board.data ? <StatusCounts counts={board.data.counts} /> : null}
      {board.data?.areas.map((area) => (
        <section key={area.areaNo} className="measure-area">
          <h2>
            {areaNumber(area.areaNo)}
            {area.title}
          </h2>
          <ul className="measure-list">
            {area.measures.map((m) => (
              <StaffMeasure key={m.id} measure={m} onChanged={board.reload} />
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}

function StaffMeasure({ measure, onChanged }: { measure: TMeasure; onChanged: () => void }) {
  const { t } = useTranslation();
  const save = useAction();
  const [status, setStatus] = useState<MeasureStatus>(measure.status);
  const [saved, setSaved] = useState(false);
  return (
    <li className="measure-card" aria-label={measure.title}>
      <StatusBadge status={measure.status} />
      <h3 className="measure-card__title">{measure.title}</h3>
      <p className="measure-card__owner">
        {t('measures.ownerSection', { section: measure.ownerSection })}
      </p>
      <IndicatorList indicators={measure.indicators} />
      <Form
        className="measure-card__status-form"
        onSubmit={() => {
          setSaved(false);
          void save
            .run(() => call('updateMeasure', { params: { id: measure.id }, body: { status } }))
            .then((r) => {
              if (!r) return;
              setSaved(true);
              onChanged();
            });
        }}
      >
        <ErrorAlert error={save.error} />
        {saved ? <Alert tone="success">{t('measures.staff.saved')}</Alert> : null}
        <SelectField
          label={t('measures.staff.status')}
          value={status}
          options={measureStatuses.map((s) => ({ value: s, label: t(`measures.status.${s}`) }))}
          onChange={(e) => {
            if (isStatus(e.target.value)) setStatus(e.target.value);
          }}
        />
        <SubmitRow pending={save.pending} label={t('measures.staff.saveStatus')} />
      </Form>
      <details className="measure-card__more">
        <summary>{t('measures.staff.addFigure')}</summary>
        <FigureForm measureId={measure.id} onAdded={onChanged} />
      </details>
      <History measureId={measure.id} updatedAt={measure.updatedAt} />
    </li>
  );
}

function FigureForm({ measureId, onAdded }: { measureId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const add = useAction();
  const empty = { label: '', value: '', unit: '', asOf: japanTimeOf(new Date()).date, source: '' };
  const [values, setValues] = useState(empty);
  const [added, setAdded] = useState(false);
  const field = (key: keyof typeof empty) => ({
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value }),
  });
  return (
    <Form
      className="form--grid"
      onSubmit={() => {
        setAdded(false);
        void add
          .run(() =>
            call('addMeasureIndicator', {
              params: { id: measureId },
              body: {
                label: values.label,
                value: Number(values.value),
                unit: values.unit,
                asOf: values.asOf || null,
                source: values.source || null,
              },
            }),
          )
          .then((r) => {
            if (!r) return;
            setAdded(true);
            setValues(empty);
            onAdded();
          });
      }}
    >
      <ErrorAlert error={add.error} />
      {added ? <Alert tone="success">{t('measures.staff.figureAdded')}</Alert> : null}
      <TextField
        label={t('measures.staff.figureLabel')}
        required
        maxLength={120}
        {...field('label')}
      />
      <TextField
        label={t('measures.staff.figureValue')}
        required
        inputMode="decimal"
        {...field('value')}
      />
      <TextField
        label={t('measures.staff.figureUnit')}
        hint={t('measures.staff.figureUnitHint')}
        maxLength={20}
        {...field('unit')}
      />
      <TextField label={t('measures.staff.figureAsOf')} type="date" {...field('asOf')} />
      <TextField
        label={t('measures.staff.figureSource')}
        hint={t('measures.staff.figureSourceHint')}
        maxLength={300}
        {...field('source')}
      />
      <SubmitRow pending={add.pending} label={t('measures.staff.addFigureButton')} />
    </Form>
  );
}

/** Who changed what, when; reloaded whenever the measure changes. */
function History({ measureId, updatedAt }: { measureId: string; updatedAt: string }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'ja';
  const [open, setOpen] = useState(false);
  return (
    <details className="measure-card__more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('measures.staff.history')}</summary>
      {open ? <HistoryList measureId={measureId} key={updatedAt} locale={locale} /> : null}
    </details>
  );
}

function HistoryList({ measureId, locale }: { measureId: string; locale: 'ja' | 'en' }) {
  const { t } = useTranslation();
  const { data, error } = useApiData('getMeasureHistory', { params: { id: measureId } });
  const valueOf = (field: string, value: string) =>
    field === 'status' && isStatus(value) ? t(`measures.status.${value}`) : value || '—';
  return (
    <>
      <ErrorAlert error={error} />
      <ol className="measure-history">
        {data?.revisions.map((r) => (
          <li key={r.id}>
            <span className="measure-history__when">
              {formatDate(r.changedAt, locale, { withTime: true })}・{r.changedBy}・
              {t(`measures.staff.kinds.${r.kind}`)}
            </span>
            {r.kind === 'created' ? null : (
              <ul>
                {r.changes.map((c) => (
                  <li key={c.field}>
                    {t(`measures.fields.${c.field}`, { defaultValue: c.field })}:{' '}
                    {r.kind === 'updated' ? `${valueOf(c.field, c.before)} → ` : ''}
                    {valueOf(c.field, c.after)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
