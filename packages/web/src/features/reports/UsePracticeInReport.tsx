import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TPractice, TReport } from '@yorisoi/shared';
import { paths } from '../../app/guards.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/Field.tsx';

/** Opens a report's editor with this practice added as a new proposal (saved by the editor). */
export function UsePracticeInReport({
  practice,
  reports,
}: {
  practice: TPractice;
  reports: readonly TReport[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reportId, setReportId] = useState(reports[0]?.id ?? '');
  if (reports.length === 0) return <p className="muted">{t('reports.practices.noDraft')}</p>;
  return (
    <div className="practice-use">
      <SelectField
        label={t('reports.practices.useInLabel', { title: practice.title })}
        value={reportId}
        onChange={(e) => setReportId(e.currentTarget.value)}
        options={reports.map((r) => ({
          value: r.id,
          label: `${r.title}（${t(`reports.status.${r.status}`)}）`,
        }))}
      />
      <Button
        variant="secondary"
        onClick={() =>
          void navigate(
            `${paths.reports}/${encodeURIComponent(reportId)}?practice=${encodeURIComponent(practice.id)}`,
          )
        }
      >
        {t('reports.practices.use')}
      </Button>
    </div>
  );
}
