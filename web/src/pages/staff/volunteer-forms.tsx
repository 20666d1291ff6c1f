import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n';
import { AddHours, AddVolunteer, SearchPeople } from './venture-queries';
import { fieldsOf, FormStatus, orNull, SelectField, TextField } from './ui';

/** Adds a volunteer to an engagement (a person found by name), or logs a volunteer's dated hours. */
export function VolunteerForms({
  engagementId,
  title,
  volunteers,
  today,
  onDone,
}: {
  engagementId: string;
  title: string;
  volunteers: { person: { id: string; name: string } }[];
  today: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState('');
  const [joinedOn, setJoinedOn] = useState(today);
  const [volunteerId, setVolunteerId] = useState('');
  const [workedOn, setWorkedOn] = useState(today);
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [savedWhat, setSavedWhat] = useState<'' | 'volunteer' | 'hours'>('');
  const [people] = useQuery({ query: SearchPeople, variables: { search: search.trim() || null }, pause: search.trim().length < 1 });
  const [added, add] = useMutation(AddVolunteer);
  const [logged, log] = useMutation(AddHours);
  const found = people.data?.people?.edges.map((e) => e.node) ?? [];
  const person = found.some((p) => p.id === personId) ? personId : (found[0]?.id ?? '');
  const volunteer = volunteers.some((v) => v.person.id === volunteerId) ? volunteerId : (volunteers[0]?.person.id ?? '');
  const addErrors = fieldsOf(added.error);
  const logErrors = fieldsOf(logged.error);
  const submitVolunteer = async (e: FormEvent) => {
    e.preventDefault();
    setSavedWhat('');
    const res = await add({ input: { engagementId, personId: person, role, on: joinedOn } });
    if (!res.error) {
      setSavedWhat('volunteer');
      setRole('');
      onDone();
    }
  };
  const submitHours = async (e: FormEvent) => {
    e.preventDefault();
    setSavedWhat('');
    const res = await log({ input: { engagementId, personId: volunteer, workedOn, hours: Number(hours), note: orNull(note) } });
    if (!res.error) {
      setSavedWhat('hours');
      setHours('');
      setNote('');
      onDone();
    }
  };
  return (
    <details className="volunteer-forms">
      <summary>{t('volunteersAndHours')}</summary>
      <div className="row">
        <form onSubmit={(e) => void submitVolunteer(e)} noValidate aria-label={`${t('addVolunteer')}: ${title}`}>
          <h4>{t('addVolunteer')}</h4>
          <label>
            {t('searchPeople')}
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          {found.length ? (
            <SelectField
              label={t('person')}
              name="input.personId"
              errors={addErrors.fields}
              value={person}
              onChange={setPersonId}
              options={found.map((p) => [p.id, p.name])}
            />
          ) : null}
          <TextField label={t('role')} name="input.role" errors={addErrors.fields} value={role} onChange={setRole} />
          <TextField label={t('joinedOn')} name="input.on" type="date" errors={addErrors.fields} value={joinedOn} onChange={setJoinedOn} />
          <FormStatus
            errors={addErrors}
            shown={found.length ? ['input.personId', 'input.role', 'input.on'] : ['input.role', 'input.on']}
            saved={savedWhat === 'volunteer' && t('volunteerAdded')}
          />
          <button type="submit" className="secondary" disabled={added.fetching || !person}>
            {t('addVolunteer')}
          </button>
        </form>
        {volunteers.length ? (
          <form onSubmit={(e) => void submitHours(e)} noValidate aria-label={`${t('logHours')}: ${title}`}>
            <h4>{t('logHours')}</h4>
            <SelectField
              label={t('volunteer')}
              name="input.personId"
              errors={logErrors.fields}
              value={volunteer}
              onChange={setVolunteerId}
              options={volunteers.map((v) => [v.person.id, v.person.name])}
            />
            <TextField
              label={t('workedOn')}
              name="input.workedOn"
              type="date"
              errors={logErrors.fields}
              value={workedOn}
              onChange={setWorkedOn}
            />
            <TextField
              label={t('staffHours')}
              name="input.hours"
              type="number"
              step="0.25"
              errors={logErrors.fields}
              value={hours}
              onChange={setHours}
            />
            <TextField label={t('note')} name="input.note" errors={logErrors.fields} value={note} onChange={setNote} />
            <FormStatus
              errors={logErrors}
              shown={['input.personId', 'input.workedOn', 'input.hours', 'input.note']}
              saved={savedWhat === 'hours' && t('hoursLogged')}
            />
            <button type="submit" className="secondary" disabled={logged.fetching}>
              {t('logHours')}
            </button>
          </form>
        ) : null}
      </div>
    </details>
  );
}
