import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { earliestBirthYear, isConsultingRole, type TLocale } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { useUser } from '../../api/session.tsx';
import { useAction } from '../../api/use-api.ts';
import { setLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { LocaleField, NameFields } from '../auth/AccountFields.tsx';
import { Form } from '../../ui/Form.tsx';

export function ProfileForm() {
  const { t } = useTranslation();
  const user = useUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [nickname, setNickname] = useState(user.nickname ?? '');
  const [locale, setFormLocale] = useState<TLocale>(user.locale);
  // Only people who consult are counted in statistics, so only they are asked.
  const asksBirthYear = isConsultingRole(user.role);
  const [birthYear, setBirthYear] = useState(user.birthYear === null ? '' : String(user.birthYear));
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const fieldError = useFieldErrors(action.error);

  function submit() {
    setSaved(false);
    void action
      .run(() =>
        call('updateProfile', {
          body: {
            displayName,
            nickname: nickname.trim() === '' ? null : nickname,
            locale,
            ...(asksBirthYear ? { birthYear: birthYear === '' ? null : Number(birthYear) } : {}),
          },
        }),
      )
      .then((session) => {
        if (!session) return;
        setLocale(locale);
        setSaved(true);
      });
  }

  return (
    <Card title={t('profile.formTitle')}>
      <Form onSubmit={submit}>
        {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
        <ErrorAlert error={action.error} />
        <NameFields
          displayName={displayName}
          nickname={nickname}
          onDisplayName={setDisplayName}
          onNickname={setNickname}
          fieldError={fieldError}
        />
        {asksBirthYear ? (
          <SelectField
            label={t('fields.birthYearOptional')}
            hint={t('profile.birthYearHint')}
            name="birthYear"
            value={birthYear}
            onChange={(event) => setBirthYear(event.target.value)}
            options={[
              { value: '', label: t('profile.birthYearUnanswered') },
              ...birthYearOptions(user.birthYear),
            ]}
            error={fieldError('birthYear')}
          />
        ) : null}
        <LocaleField value={locale} onChange={setFormLocale} />
        <Button type="submit" pending={action.pending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

const japaneseEra = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
});

/**
 * People who consult work, or are a worker's family: the list starts at the year of a
 * 15-year-old (the youngest age one may be employed at in Japan) rather than at this
 * year, and goes back to the earliest, each with its Japanese era year (mid-year's era).
 */
const youngestAgeListed = 15;

function birthYearOptions(stored: number | null): { value: string; label: string }[] {
  // A year given before is always offered, so that saving the form never drops it.
  const newest = Math.max(new Date().getFullYear() - youngestAgeListed, stored ?? 0);
  return Array.from({ length: newest - earliestBirthYear + 1 }, (_, i) => {
    const year = newest - i;
    const era = japaneseEra.format(new Date(Date.UTC(year, 6, 1)));
    return { value: String(year), label: `${year}（${era}）` };
  });
}
