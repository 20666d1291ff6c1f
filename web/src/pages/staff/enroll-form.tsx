import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n';
import { enumLabel } from './labels';
import { CreateVenture, EnrollVenture, SearchVentures } from './queries';
import { fieldsOf, FormStatus, SelectField, TextField, todayIn } from './ui';

/** Enrolls a venture into the cohort: one found by name, or a new one created on the spot. */
export function EnrollForm({ cohortId, zone, onDone }: { cohortId: string; zone: string; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [search, setSearch] = useState('');
  const [ventureId, setVentureId] = useState('');
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const [status, setStatus] = useState<'APPLIED' | 'ADMITTED'>('APPLIED');
  const [on, setOn] = useState(() => todayIn(zone));
  const [saved, setSaved] = useState(false);
  const [found] = useQuery({ query: SearchVentures, variables: { search: search.trim() || null }, pause: mode !== 'existing' });
  const [created, createVenture] = useMutation(CreateVenture);
  const [enrolled, enroll] = useMutation(EnrollVenture);
  const ventures = found.data?.ventures?.edges.map((e) => e.node) ?? [];
  const chosen = ventures.some((v) => v.id === ventureId) ? ventureId : (ventures[0]?.id ?? '');
  // A new venture's name errors are createVenture's; the enrollment's are enrollVenture's.
  const errors = fieldsOf(created.error ?? enrolled.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    let id = chosen;
    if (mode === 'new') {
      const res = await createVenture({ input: { name, sector: sector.trim() || null } });
      if (res.error || !res.data?.createVenture) return;
      id = res.data.createVenture.id;
      // From here on it is an existing venture: a failed enrollment does not create it twice.
      setMode('existing');
      setSearch(res.data.createVenture.name);
      setVentureId(id);
    }
    const res = await enroll({ input: { cohortId, ventureId: id, status, on } });
    if (!res.error) {
      setSaved(true);
      onDone();
    }
  };
  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="enroll-title">
      <h2 id="enroll-title">{t('enrollVenture')}</h2>
      <fieldset className="chips">
        <legend className="visually-hidden">{t('venture')}</legend>
        <label className="chip">
          <input type="radio" name="mode" checked={mode === 'existing'} onChange={() => setMode('existing')} />
          {t('existingVenture')}
        </label>
        <label className="chip">
          <input type="radio" name="mode" checked={mode === 'new'} onChange={() => setMode('new')} />
          {t('newVenture')}
        </label>
      </fieldset>
      {mode === 'existing' ? (
        <div className="row">
          <label>
            {t('searchVentures')}
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          {ventures.length ? (
            <SelectField
              label={t('venture')}
              name="input.ventureId"
              errors={errors.fields}
              value={chosen}
              onChange={setVentureId}
              options={ventures.map((v) => [v.id, v.sector ? `${v.name} (${v.sector})` : v.name])}
            />
          ) : (
            <p className="empty">{found.fetching ? t('loading') : t('noVentureFound')}</p>
          )}
        </div>
      ) : (
        <div className="row">
          <TextField label={t('ventureName')} name="input.name" errors={errors.fields} value={name} onChange={setName} />
          <TextField label={t('staffSector')} name="input.sector" errors={errors.fields} value={sector} onChange={setSector} />
        </div>
      )}
      <div className="row">
        <SelectField
          label={t('enrollAs')}
          name="input.status"
          errors={errors.fields}
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          options={[
            ['APPLIED', enumLabel('APPLIED', lang)],
            ['ADMITTED', enumLabel('ADMITTED', lang)],
          ]}
        />
        <TextField label={t('enrollOn')} name="input.on" type="date" errors={errors.fields} value={on} onChange={setOn} />
      </div>
      <FormStatus
        errors={errors}
        shown={['input.ventureId', 'input.name', 'input.sector', 'input.status', 'input.on']}
        saved={saved && t('staffEnrolled')}
      />
      <button type="submit" disabled={created.fetching || enrolled.fetching || (mode === 'existing' && !chosen)}>
        {t('enroll')}
      </button>
    </form>
  );
}
