import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

/** Programme staff's home: the programme they run and its skills list. */
export function WorkStaffHome() {
  const { t } = useTranslation();
  const programmes = useApiData('listWorkProgrammes');
  return (
    <Page title={t('work.staff.title')} width="wide">
      <ErrorAlert error={programmes.error} />
      {!programmes.data && !programmes.error ? <Loading /> : null}
      {programmes.data?.items.map((programme) => (
        <Card key={programme.id} title={programme.name}>
          <h3>{t('work.staff.skills')}</h3>
          <ul className="chips" aria-label={t('work.staff.skills')}>
            {programme.skills.map((skill) => (
              <li key={skill.id} className="chip">
                {skill.label}
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </Page>
  );
}
