import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { ReportDocument } from './ReportDocument.tsx';
import '../../styles/reports.css';

/**
 * The report as the city publishes it, ready to print on A4: the app's frame disappears in
 * print, and each printed page carries its number (CSS paged media, where supported).
 */
export function ReportPublicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useApiData('getReport', { params: { id } });
  const data = report.data;
  if (!data) {
    return (
      <Page title={t('reports.title')}>
        {report.error ? <ErrorAlert error={report.error} /> : <Loading />}
      </Page>
    );
  }
  return (
    <Page
      title={data.title}
      width="wide"
      className="report-publication-page"
      actions={
        <>
          <LinkButton to={`${paths.reports}/${encodeURIComponent(data.id)}`}>
            {t('reports.backToReport')}
          </LinkButton>
          <Button onClick={() => window.print()}>{t('reports.print')}</Button>
        </>
      }
    >
      <div className="report-sheet">
        <ReportDocument report={data} />
      </div>
    </Page>
  );
}
