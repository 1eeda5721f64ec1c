import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  qualificationKinds,
  qualificationLabels,
  shareableProfileFields,
  workPathLabels,
  workPaths,
  childcareNeeds,
  type TWorkProfile,
  type TWorkProgramme,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { AvailabilityGrid } from './AvailabilityGrid.tsx';
import { ChipChoices } from './ChipChoices.tsx';
import { MyHearings } from './MyHearings.tsx';
import { MyIntroductions } from './MyIntroductions.tsx';
import { rangesOfCells } from './availability-grid.ts';
import { draftOf, requestOf, type ProfileDraft } from './profile-draft.ts';

/** A participant's home: their profile, written on a phone in a few minutes. */
export function MyWorkProfilePage() {
  const { t } = useTranslation();
  const programmes = useApiData('listWorkProgrammes');
  const mine = useApiData('getMyWorkProfile');
  const items = programmes.data?.items;
  const profile = mine.data?.profile;
  const loaded = items !== undefined && profile !== undefined;
  return (
    <Page title={t('work.profile.title')} lead={<p>{t('work.profile.lead')}</p>}>
      <MyIntroductions />
      <MyHearings />
      <ErrorAlert error={programmes.error ?? mine.error} />
      {!loaded && !programmes.error && !mine.error ? <Loading /> : null}
      {loaded && items.length === 0 ? (
        <p className="empty">{t('work.profile.noProgramme')}</p>
      ) : null}
      {loaded && items.length > 0 ? <ProfileForm programmes={items} profile={profile} /> : null}
    </Page>
  );
}

function ProfileForm({
  programmes,
  profile,
}: {
  programmes: readonly TWorkProgramme[];
  profile: TWorkProfile | null;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const weekId = useId();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile, programmes[0]!.id));
  const [saved, setSaved] = useState<TWorkProfile | null>(profile);
  const [savedNow, setSavedNow] = useState(false);
  const action = useAction();
  const programme = programmes.find((p) => p.id === draft.programmeId) ?? programmes[0]!;
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setSavedNow(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const weekHours = rangesOfCells(draft.cells).reduce((sum, r) => {
    const [fh, fm] = r.from.split(':').map(Number);
    const [th, tm] = r.to.split(':').map(Number);
    return sum + ((th ?? 0) * 60 + (tm ?? 0) - (fh ?? 0) * 60 - (fm ?? 0)) / 60;
  }, 0);

  function save() {
    void action
      .run(() => call('saveMyWorkProfile', { body: requestOf(draft) }))
      .then((answer) => {
        if (!answer?.profile) return;
        setSaved(answer.profile);
        setSavedNow(true);
      });
  }

  return (
    <Form onSubmit={save} className="work-profile">
      {saved ? (
        <p className="form__note">{t('work.profile.reference', { label: saved.referenceLabel })}</p>
      ) : null}
      {programmes.length > 1 ? (
        <SelectField
          label={t('work.profile.programme')}
          name="programme"
          value={draft.programmeId}
          onChange={(event) => set('programmeId', event.target.value)}
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        />
      ) : (
        <p className="work-profile__programme">{programme.name}</p>
      )}

      <ChipChoices
        legend={t('work.profile.skills')}
        hint={t('work.profile.skillsHint')}
        options={programme.skills.map((skill) => ({ value: skill.id, label: skill.label }))}
        chosen={draft.skillIds}
        onChange={(chosen) => set('skillIds', chosen)}
      />
      <TextField
        label={t('work.profile.freeWords')}
        hint={t('work.profile.freeWordsHint')}
        name="freeWords"
        value={draft.freeWords}
        onChange={(event) => set('freeWords', event.target.value)}
      />
      <TextAreaField
        label={t('work.profile.experience')}
        hint={t('work.profile.experienceHint')}
        name="experience"
        rows={4}
        value={draft.experience}
        onChange={(event) => set('experience', event.target.value)}
      />

      <ChipChoices
        legend={t('work.profile.qualifications')}
        options={qualificationKinds.map((kind) => ({
          value: kind,
          label: qualificationLabels[kind][locale],
        }))}
        chosen={draft.qualifications}
        onChange={(chosen) => set('qualifications', chosen)}
      >
        {draft.qualifications.has('nursery_teacher') ? (
          <TextField
            label={t('work.profile.registrationNumber')}
            hint={t('work.profile.registrationNumberHint')}
            name="nurseryNumber"
            value={draft.nurseryNumber}
            onChange={(event) => set('nurseryNumber', event.target.value)}
          />
        ) : null}
      </ChipChoices>

      <fieldset className="fieldset work-profile__hours">
        <legend className="fieldset__legend">{t('work.profile.hours')}</legend>
        <TextField
          label={t('work.profile.hoursMin')}
          name="hoursMin"
          inputMode="decimal"
          value={draft.hoursMin}
          onChange={(event) => set('hoursMin', event.target.value)}
        />
        <TextField
          label={t('work.profile.hoursMax')}
          name="hoursMax"
          inputMode="decimal"
          value={draft.hoursMax}
          onChange={(event) => set('hoursMax', event.target.value)}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend" id={weekId}>
          {t('work.profile.week')}
        </legend>
        <p className="field__hint">{t('work.profile.weekHint')}</p>
        <AvailabilityGrid
          cells={draft.cells}
          onChange={(cells) => set('cells', cells)}
          labelledBy={weekId}
        />
        <p className="form__note" aria-live="polite">
          {t('work.profile.weekSummary', { hours: weekHours })}
        </p>
      </fieldset>

      <CheckboxField
        label={t('work.profile.remoteOk')}
        checked={draft.remoteOk}
        onChange={(event) => set('remoteOk', event.target.checked)}
      />
      <CheckboxField
        label={t('work.profile.onsiteOk')}
        checked={draft.onsiteOk}
        onChange={(event) => set('onsiteOk', event.target.checked)}
      />
      {draft.onsiteOk ? (
        <TextField
          label={t('work.profile.maxTravelKm')}
          name="maxTravelKm"
          inputMode="numeric"
          value={draft.maxTravelKm}
          onChange={(event) => set('maxTravelKm', event.target.value)}
        />
      ) : null}
      <TextField
        label={t('work.profile.availableFrom')}
        name="availableFrom"
        type="date"
        value={draft.availableFrom}
        onChange={(event) => set('availableFrom', event.target.value)}
      />
      <SelectField
        label={t('work.profile.childcareNeed')}
        name="childcareNeed"
        value={draft.childcareNeed}
        onChange={(event) =>
          set('childcareNeed', event.target.value as ProfileDraft['childcareNeed'])
        }
        options={childcareNeeds.map((need) => ({
          value: need,
          label: t(`work.profile.childcareNeeds.${need}`),
        }))}
      />

      <ChipChoices
        legend={t('work.profile.path')}
        single="path"
        options={workPaths.map((path) => ({ value: path, label: workPathLabels[path][locale] }))}
        chosen={new Set([draft.path])}
        onChange={(chosen) => set('path', [...chosen][0] ?? draft.path)}
      />

      <ChipChoices
        legend={t('work.profile.shown')}
        hint={t('work.profile.shownHint')}
        options={shareableProfileFields.map((field) => ({
          value: field,
          label: t(`work.profile.shownFields.${field}`),
        }))}
        chosen={draft.shown}
        onChange={(chosen) => set('shown', chosen)}
      />

      <ErrorAlert error={action.error} />
      {savedNow && saved ? (
        <Alert tone="success">
          {t('work.profile.saved', {
            time: formatDate(saved.updatedAt, locale, { withTime: true }),
          })}
        </Alert>
      ) : null}
      <Button type="submit" pending={action.pending} block>
        {t('work.profile.save')}
      </Button>
    </Form>
  );
}
