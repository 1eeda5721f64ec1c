import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { TReport } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { downloadReportPdf, publicationPath } from './report-pdf-download.ts';
import { ReportDocument } from './ReportDocument.tsx';
import { ReportDraftEditor } from './ReportDraftEditor.tsx';
import { ReportReviewPanel } from './ReportReviewPanel.tsx';
import '../../styles/reports.css';

const editable: readonly TReport['status'][] = ['draft', 'returned', 'approved'];

/** One report: the document (or its editor for city staff), its review, print and PDF. */
export function ReportPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const addPractice = search.get('practice');
  const report = useApiData('getReport', { params: { id } });
  const download = useAction();
  const [editing, setEditing] = useState(addPractice !== null);
  const [savedRevision, setSavedRevision] = useState<number | null>(null);
  const data = report.data;
  if (!data) {
    return (
      <Page title={t('reports.title')}>
        {report.error ? <ErrorAlert error={report.error} /> : <Loading />}
      </Page>
    );
  }
  const canEdit = user.role === 'city_staff' && editable.includes(data.status);
  const staff = user.role !== 'employer_admin';
  return (
    <Page
      title={data.title}
      width="wide"
      lead={
        <p className="report-page__status">
          <Badge tone={data.status === 'returned' ? 'warning' : 'neutral'}>
            {t(`reports.status.${data.status}`)}
          </Badge>{' '}
          {t('reports.revision', { n: data.revision })}
          {data.approvedRevision !== null && data.approvedRevision !== data.revision
            ? `・${t('reports.approvedRevision', { n: data.approvedRevision })}`
            : ''}
        </p>
      }
      actions={
        <>
          <LinkButton to={publicationPath(data.id)}>{t('reports.publication')}</LinkButton>
          <Button
            variant="secondary"
            pending={download.pending}
            onClick={() => void download.run(() => downloadReportPdf(data.id))}
          >
            {t('reports.pdf')}
          </Button>
        </>
      }
    >
      <ErrorAlert error={download.error} />
      {savedRevision !== null ? (
        <Alert tone="success">{t('reports.editor.saved', { n: savedRevision })}</Alert>
      ) : null}
      <div className={staff ? 'report-layout' : undefined}>
        <div className="report-layout__main">
          {canEdit ? (
            <Button variant="secondary" onClick={() => setEditing(!editing)}>
              {editing ? t('reports.closeEditor') : t('reports.edit')}
            </Button>
          ) : null}
          {canEdit && editing ? (
            <ReportDraftEditor
              report={data}
              addPractice={addPractice}
              onSaved={(saved) => {
                setSavedRevision(saved.revision);
                setEditing(false);
                report.reload();
              }}
            />
          ) : (
            <div className="card report-preview">
              <ReportDocument report={data} />
            </div>
          )}
          {user.role === 'city_staff' ? (
            <p>
              <Link to={paths.reportPractices}>{t('reports.practicesLink')}</Link>
            </p>
          ) : null}
        </div>
        {staff ? (
          <aside className="report-layout__side">
            <ReportReviewPanel
              report={data}
              editing={canEdit && editing}
              onChanged={() => report.reload()}
            />
          </aside>
        ) : null}
      </div>
    </Page>
  );
}
