import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  auditActionGroupOf,
  auditActionGroups,
  auditActions,
  type AuditAction,
  type TAuditFilter,
} from '@yorisoi/shared';
import { Button } from '../../../ui/Button.tsx';
import { SelectField, TextField } from '../../../ui/Field.tsx';

interface Actor {
  id: string;
  name: string;
  role: string;
}

/** What the "what" select offers: each group, then its actions. */
const actionChoices = auditActionGroups.flatMap((group) => [
  { value: `group:${group}`, group, action: null },
  ...auditActions
    .filter((action) => auditActionGroupOf(action) === group)
    .map((action) => ({ value: `action:${action}`, group, action })),
]);

const whatOf = (filter: TAuditFilter) =>
  filter.action ? `action:${filter.action}` : filter.group ? `group:${filter.group}` : '';

/** Who, what, when and which target: the questions an investigation asks of the log. */
export function AuditFilterForm({
  filter,
  actors,
  onApply,
}: {
  filter: TAuditFilter;
  actors: readonly Actor[];
  onApply: (filter: TAuditFilter) => void;
}) {
  const { t } = useTranslation();
  const [actorId, setActorId] = useState(filter.actorId ?? '');
  const [what, setWhat] = useState(whatOf(filter));
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [targetId, setTargetId] = useState(filter.targetId ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [kind, value] = what.split(':') as [string, string | undefined];
    onApply({
      actorId: actorId || undefined,
      action: kind === 'action' ? (value as AuditAction) : undefined,
      group: kind === 'group' ? value : undefined,
      from: from || undefined,
      to: to || undefined,
      targetId: targetId.trim() || undefined,
    });
  };

  return (
    <form className="audit-filter" onSubmit={submit}>
      <div className="audit-filter__fields">
        <SelectField
          label={t('audit.who')}
          value={actorId}
          onChange={(e) => setActorId(e.target.value)}
          options={[
            { value: '', label: t('audit.anyone') },
            ...actors.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          label={t('audit.what')}
          value={what}
          onChange={(e) => setWhat(e.target.value)}
          options={[
            { value: '', label: t('audit.anything') },
            ...actionChoices.map((c) => ({
              value: c.value,
              label: c.action
                ? `\u3000${t(`audit.actions.${c.action}`)}`
                : `${t(`audit.groups.${c.group}`)}（${t('audit.anything')}）`,
            })),
          ]}
        />
        <TextField
          label={t('audit.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          label={t('audit.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
        <TextField
          label={t('audit.targetId')}
          hint={t('audit.targetHint')}
          value={targetId}
          onChange={(e) => setTargetId(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="row-actions">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button variant="secondary" type="button" onClick={() => onApply({})}>
          {t('audit.clear')}
        </Button>
      </div>
    </form>
  );
}
