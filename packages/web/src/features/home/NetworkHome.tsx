import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { paths } from '../../app/guards.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Page } from '../../ui/Page.tsx';
import {
  MunicipalityTable,
  useMunicipalities,
} from '../admin/municipalities/MunicipalityTable.tsx';
import { WarekiToggle } from '../admin/WarekiToggle.tsx';

export function NetworkHome() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useMunicipalities();
  return (
    <Page
      title={t('home.greeting', { name: user.displayName })}
      width="wide"
      lead={<p>{t('home.network.lead')}</p>}
      actions={<WarekiToggle />}
    >
      <Card
        title={t('home.network.municipalitiesTitle')}
        actions={
          <LinkButton to={paths.municipalities}>{t('home.network.toMunicipalities')}</LinkButton>
        }
      >
        <MunicipalityTable list={list} />
      </Card>
    </Page>
  );
}
