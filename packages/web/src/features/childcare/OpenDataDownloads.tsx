import { useTranslation } from 'react-i18next';
import { apiRoutes } from '@yorisoi/shared';
import { buildPath, buildQuery } from '../../api/client.ts';

type Format = 'csv' | 'json';

/** The vacancy table of a month as a file: the staff's (any month) or the public one. */
function vacancyFileUrl(source: { staff: true } | { code: string }, month: string, format: Format) {
  const path =
    'code' in source
      ? buildPath(apiRoutes.exportPublicVacancyTable.path, { code: source.code })
      : apiRoutes.exportVacancyTable.path;
  return `${path}${buildQuery({ month, format })}`;
}

/**
 * Download links for the open data, as the CLI writes it (CSV with BOM and CRLF for Excel,
 * JSON for scripts); the server names the files in Japanese.
 */
export function VacancyDownloads({
  source,
  month,
}: {
  source: { staff: true } | { code: string };
  month: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="open-data-downloads">
      <a className="button button--secondary" href={vacancyFileUrl(source, month, 'csv')} download>
        {t('childcare.downloads.vacancyCsv')}
      </a>
      <a className="button button--quiet" href={vacancyFileUrl(source, month, 'json')} download>
        {t('childcare.downloads.vacancyJson')}
      </a>
    </div>
  );
}

export function FacilityListDownload() {
  const { t } = useTranslation();
  return (
    <a
      className="button button--secondary"
      href={apiRoutes.exportChildcareFacilities.path}
      download
    >
      {t('childcare.downloads.facilitiesCsv')}
    </a>
  );
}
