import { useTranslation } from 'react-i18next';
import { nationalFiguresOf, reportTables, type TReport } from '@yorisoi/shared';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { ReportTableFigure } from './ReportTableFigure.tsx';

function useMonth() {
  const { t } = useTranslation();
  return (month: string) =>
    t('reports.month', { year: month.slice(0, 4), month: Number(month.slice(5, 7)) });
}

/** The head of the publication: who publishes what, for which period, under which rule. */
function ReportHead({ report }: { report: TReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const month = useMonth();
  const { period, minimumGroupSize } = report.content;
  return (
    <header className="report-doc__head">
      <p className="report-doc__publisher">
        {report.municipalityName}
        {'\u3000'}
        {t(`reports.kindShort.${report.kind}`, { name: report.organizationName ?? '' })}
      </p>
      <p className="report-doc__title">{report.title}</p>
      <p>{t('reports.period', { from: month(period.from), to: month(period.to) })}</p>
      <p>
        {report.publishedAt
          ? t('reports.publishedOn', {
              date: formatDate(report.publishedAt, locale, { wareki: true }),
            })
          : `${t('reports.revision', { n: report.revision })}・${t(`reports.status.${report.status}`)}`}
      </p>
      <p className="report-doc__rule">
        {t('reports.rule', { k: formatNumber(minimumGroupSize, locale) })}
      </p>
    </header>
  );
}

function Paragraphs({ text }: { text: string }) {
  return text.split(/\n+/).map((line, i) => <p key={i}>{line}</p>);
}

/**
 * The report as its readers get it, on screen and in print: the head, the summary, the
 * findings with the tables they cite, the remaining tables, national reference figures
 * with their sources, proposals with their practices, and the municipality's own words.
 */
export function ReportDocument({ report }: { report: TReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { draft, content } = report;
  const k = content.minimumGroupSize;
  const tables = reportTables(content);
  const cited = new Set(draft.findings.flatMap((f) => (f.table ? [f.table] : [])));
  const rest = tables.filter((table) => !cited.has(table.key));
  const national = nationalFiguresOf(draft.nationalFigures);
  const proposals =
    draft.proposals.length > 0
      ? draft.proposals
      : content.recommendations.map((r) => ({ text: '', practice: r }));
  const written = draft.summary || draft.findings.length > 0 || draft.ownText;
  return (
    <article className="report-doc" data-testid="report-document">
      <ReportHead report={report} />
      {!written && report.status !== 'published' ? (
        <p className="muted no-print">{t('reports.doc.emptyDraft')}</p>
      ) : null}
      {draft.summary ? (
        <section className="report-doc__section">
          <h2>{t('reports.doc.summary')}</h2>
          <Paragraphs text={draft.summary} />
        </section>
      ) : null}
      {draft.findings.length > 0 ? (
        <section className="report-doc__section">
          <h2>{t('reports.doc.findings')}</h2>
          <ol className="report-doc__list">
            {draft.findings.map((finding, i) => {
              const table = tables.find((x) => x.key === finding.table);
              return (
                <li key={i}>
                  <Paragraphs text={finding.text} />
                  {table ? <ReportTableFigure table={table} k={k} /> : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      {rest.length > 0 ? (
        <section className="report-doc__section">
          <h2>{t('reports.doc.tables')}</h2>
          {rest.map((table) => (
            <ReportTableFigure key={table.key} table={table} k={k} />
          ))}
        </section>
      ) : null}
      {national.length > 0 ? (
        <section className="report-doc__section">
          <h2>{t('reports.doc.national')}</h2>
          <p className="muted">{t('reports.doc.nationalNote')}</p>
          <dl className="report-doc__national">
            {national.map((f) => (
              <div key={f.id}>
                <dt>{f.label[locale]}</dt>
                <dd>
                  <strong>
                    {t('reports.doc.nationalValue', { value: f.value, unit: f.unit, year: f.year })}
                  </strong>
                  <br />
                  <span className="muted">
                    {t('reports.source', { source: f.source[locale] })} <a href={f.url}>{f.url}</a>
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {proposals.length > 0 ? (
        <section className="report-doc__section">
          <h2>{t('reports.doc.proposals')}</h2>
          <ol className="report-doc__list">
            {proposals.map((p, i) => (
              <li key={i}>
                {p.practice ? <h3>{p.practice.title}</h3> : null}
                {p.text ? <Paragraphs text={p.text} /> : null}
                {p.practice ? (
                  <aside className="report-doc__practice">
                    <p>{p.practice.summary}</p>
                    <p className="muted">
                      {t('reports.source', { source: p.practice.sourceNote })}
                    </p>
                  </aside>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {draft.ownText ? (
        <section className="report-doc__section">
          <h2>{t('reports.doc.own', { name: report.municipalityName })}</h2>
          <Paragraphs text={draft.ownText} />
        </section>
      ) : null}
    </article>
  );
}
