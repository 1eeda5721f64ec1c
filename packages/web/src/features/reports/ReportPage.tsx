import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TReport } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { saveBlob } from '../../ui/save-blob.ts';

function CountTable({
  caption,
  rows,
  counts,
}: {
  caption: string;
  rows: readonly string[];
  counts: readonly (number | null)[];
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <th scope="row">{row}</th>
            <td>{counts[i] == null ? t('surveys.hidden') : formatNumber(counts[i]!, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The report as HTML, its review steps and the PDF download. */
export function ReportPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const user = useUser();
  const { id = '' } = useParams();
  const report = useApiData('getReport', { params: { id } });
  const action = useAction();
  const data = report.data;
  if (!data) {
    return (
      <Page title={t('reports.title')}>
        {report.error ? <ErrorAlert error={report.error} /> : <Loading />}
      </Page>
    );
  }
  const step = (name: 'submitReport' | 'publishReport') => async () => {
    if (await action.run(() => call(name, { params: { id } }))) report.reload();
  };
  const approve = async () => {
    const body = { revision: data.revision };
    if (await action.run(() => call('approveReport', { params: { id }, body }))) report.reload();
  };
  async function download(current: TReport) {
    const pdf = await action.run(() => call('getReportPdf', { params: { id: current.id } }));
    if (!pdf) return;
    const bytes = Uint8Array.from(atob(pdf.contentBase64), (c) => c.charCodeAt(0));
    saveBlob(new Blob([bytes], { type: 'application/pdf' }), pdf.fileName);
  }
  const k = formatNumber(data.content.minimumGroupSize, locale);
  return (
    <Page
      title={data.title}
      width="wide"
      lead={
        <p>
          {t(`reports.status.${data.status}`)}
          {data.publishedAt ? ` ・ ${formatDate(data.publishedAt, locale, { wareki: true })}` : ''}
        </p>
      }
    >
      <ErrorAlert error={action.error} />
      <p className="muted">{t('reports.rule', { k })}</p>
      {data.status === 'draft' && user.role === 'city_staff' ? (
        <Button onClick={() => void step('submitReport')()}>{t('reports.submit')}</Button>
      ) : null}
      {data.status === 'submitted' && user.role === 'supervisor' ? (
        <Button onClick={() => void approve()}>{t('reports.approve')}</Button>
      ) : null}
      {data.status === 'approved' && user.role === 'city_staff' ? (
        <Button onClick={() => void step('publishReport')()}>{t('reports.publish')}</Button>
      ) : null}{' '}
      <Button variant="secondary" onClick={() => void download(data)}>
        {t('reports.pdf')}
      </Button>
      {data.content.topics ? (
        <Card title={data.content.topics.label}>
          <CountTable
            caption={`${data.content.period.from}〜${data.content.period.to}`}
            rows={data.content.topics.rows}
            counts={data.content.topics.counts}
          />
        </Card>
      ) : null}
      {data.content.surveys.map((survey, s) => (
        <Card key={s} title={survey.title}>
          {survey.questions.map((q, i) =>
            q.kind === 'likert' ? (
              <CountTable
                key={i}
                caption={q.prompt}
                rows={q.labels.map((l, c) => `${c + 1}. ${l}`)}
                counts={q.counts}
              />
            ) : null,
          )}
        </Card>
      ))}
      <Card title={t('reports.recommendations')}>
        {data.content.recommendations.map((r, i) => (
          <section key={i}>
            <h3>{r.title}</h3>
            <p>{r.summary}</p>
            <p className="muted">{t('reports.source', { source: r.sourceNote })}</p>
          </section>
        ))}
      </Card>
    </Page>
  );
}
