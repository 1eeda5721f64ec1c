import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { WorkStaffHome } from '../work/WorkStaffHome.tsx';
import { JobCentreDesk } from './JobCentreDesk.tsx';

/**
 * A programme's staff land on their programme: the job centre's desk for the childcare
 * job centre, わくキャリ's for a return-to-work programme.
 */
export function ProgrammeStaffHome() {
  const { t } = useTranslation();
  const programmes = useApiData('listWorkProgrammes');
  const centre = programmes.data?.items.find((p) => p.kind === 'childcare_job_centre');
  if (programmes.data && !centre) return <WorkStaffHome />;
  return (
    <Page title={centre?.name ?? t('work.staff.title')} width="wide">
      <ErrorAlert error={programmes.error} />
      {centre ? <JobCentreDesk programmeId={centre.id} /> : <Loading />}
    </Page>
  );
}
