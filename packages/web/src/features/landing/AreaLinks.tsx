import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiData } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { municipalityPath } from './municipality-paths.ts';

/**
 * Where the visitor's own area is: one prominent link when the server serves one
 * municipality; a list and a code field when it serves a network of them.
 */
export function AreaLinks() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useApiData('listPublicMunicipalities');
  const [code, setCode] = useState('');
  if (!data || data.items.length === 0) return null;
  const [only] = data.items;
  if (data.items.length === 1 && only) {
    return (
      <Link className="landing-area__one" to={municipalityPath(only.code)}>
        {t('landing.areaOne', { name: only.name })}
        <span aria-hidden="true"> ›</span>
      </Link>
    );
  }
  const digits = code.replace(/\D/g, '');
  return (
    <>
      <ul className="landing-area__list">
        {data.items.map((m) => (
          <li key={m.code}>
            <Link className="landing-area__link" to={municipalityPath(m.code)}>
              <span className="landing-area__prefecture">{m.prefecture}</span>
              {m.name}
            </Link>
          </li>
        ))}
      </ul>
      <Form
        className="landing-area__form"
        onSubmit={() => {
          if (digits.length >= 5) void navigate(municipalityPath(digits));
        }}
      >
        <TextField
          label={t('landing.areaCodeLabel')}
          hint={t('landing.areaCodeHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={digits.length < 5}>
          {t('landing.areaCodeSubmit')}
        </Button>
      </Form>
    </>
  );
}
