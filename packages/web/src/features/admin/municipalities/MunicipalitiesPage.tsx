import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert.tsx';
import { Card } from '../../../ui/Card.tsx';
import { Page } from '../../../ui/Page.tsx';
import { InvitationResult } from '../InvitationResult.tsx';
import { WarekiToggle } from '../WarekiToggle.tsx';
import { MunicipalityForm, type CreatedMunicipality } from './MunicipalityForm.tsx';
import { MunicipalityTable, useMunicipalities } from './MunicipalityTable.tsx';

export function MunicipalitiesPage() {
  const { t } = useTranslation();
  const list = useMunicipalities();
  const [created, setCreated] = useState<CreatedMunicipality | null>(null);

  return (
    <Page
      title={t('municipalities.title')}
      lead={<p>{t('municipalities.lead')}</p>}
      width="wide"
      actions={<WarekiToggle />}
    >
      <Card title={t('municipalities.listTitle')}>
        <MunicipalityTable list={list} />
      </Card>
      <Card title={t('municipalities.createTitle')}>
        {created ? (
          <>
            <Alert tone="success">{t('municipalities.created', { name: created.name })}</Alert>
            {created.invitations.map(({ invitation, name }) => (
              <InvitationResult
                key={invitation.userId}
                invitation={invitation}
                name={name}
                allowWareki
              />
            ))}
          </>
        ) : null}
        <MunicipalityForm
          onCreated={(result) => {
            setCreated(result);
            list.reload();
          }}
        />
      </Card>
    </Page>
  );
}
