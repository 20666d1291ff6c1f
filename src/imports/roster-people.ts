import type { EntityManager } from 'typeorm';
import type { ParsedRow, ProblemSink } from './import-kind.js';
import { NAME_KEY, normal, type PersonPlan, type Stored, v } from './roster-types.js';
import type { Ventures } from './roster-ventures.js';

interface StoredPerson extends Stored {
  name_kana: string | null;
  email: string | null;
  key: string;
  venture_id?: string;
}

/** The file's founders as people: by founder_ref, else founder_email, else their name within the venture. */
function groupPeople(rows: ParsedRow[], keys: Map<string, string>, ventures: Ventures, problems: ProblemSink) {
  // An email given with a reference somewhere in the file means that person on its other rows too.
  const refOfEmail = new Map<string, string>();
  for (const row of rows) {
    const [ref, mail] = [v<string>(row, 'founder_ref'), v<string>(row, 'founder_email')?.toLowerCase()];
    if (!ref || !mail) continue;
    const known = refOfEmail.get(mail);
    if (known && known !== ref)
      problems.error(row, 'founder_email', 'DUPLICATE_PERSON', `this email is given for founder_ref ${known} too`);
    else refOfEmail.set(mail, ref);
  }
  const people = new Map<string, PersonPlan>();
  const listed = new Map<string, number>();
  for (const row of rows.filter((r) => !r.failed && r.values.founder !== undefined)) {
    const venture = ventures.ofRow.get(row);
    if (!venture) continue;
    const name = v<string>(row, 'founder')!;
    const nameKey = keys.get(name)!;
    const mail = v<string>(row, 'founder_email');
    const ref = v<string>(row, 'founder_ref') ?? (mail ? refOfEmail.get(mail.toLowerCase()) : undefined);
    const key = ref ? `ref:${ref}` : mail ? `email:${mail.toLowerCase()}` : `name:${venture.key}:${nameKey}`;
    const enrollment = `${normal(v<string>(row, 'program')!)}:${v<number>(row, 'fiscal_year')}:${venture.key}:${key}`;
    const twice = listed.get(enrollment);
    if (twice !== undefined) {
      problems.error(row, 'founder', 'DUPLICATE_PERSON', `this founder is listed for this venture and cohort on line ${twice} already`);
      continue;
    }
    listed.set(enrollment, row.line);
    const plan = people.get(key);
    if (!plan) {
      people.set(key, {
        key,
        ref,
        email: mail,
        name,
        nameKey,
        kana: v(row, 'founder_kana'),
        ventureKey: venture.key,
        rows: [row],
        create: false,
        update: {},
      });
      continue;
    }
    const by = ref ? `founder_ref ${ref}` : `founder_email ${mail}`;
    if (plan.nameKey !== nameKey) {
      problems.error(row, 'founder', 'DUPLICATE_PERSON', `${by} is "${plan.name}" on line ${plan.rows[0].line}: one person, two names`);
      continue;
    }
    if (mail && plan.email && mail.toLowerCase() !== plan.email.toLowerCase()) {
      problems.error(row, 'founder_email', 'CONFLICTING_VALUES', `${by} has email ${plan.email} on line ${plan.rows[0].line}`);
      continue;
    }
    plan.email ??= mail;
    plan.kana ??= v(row, 'founder_kana');
    plan.rows.push(row);
  }

  return people;
}

/**
 * Matches the file's people to stored ones (reference, else email, else the venture's founder of that
 * name) and plans their updates; returns them with the stored founder links of the matched ventures.
 */
export async function planPeople(
  manager: EntityManager,
  rows: ParsedRow[],
  keys: Map<string, string>,
  ventures: Ventures,
  problems: ProblemSink,
) {
  const people = groupPeople(rows, keys, ventures, problems);
  const plans = [...people.values()];
  const select = `SELECT id, name, name_kana, email, reference, ${NAME_KEY('name')} AS key FROM people WHERE merged_into_id IS NULL`;
  const byRef = new Map(
    (await manager.query<StoredPerson[]>(`${select} AND reference = ANY($1::text[])`, [plans.flatMap((p) => (p.ref ? [p.ref] : []))])).map(
      (s) => [s.reference!, s],
    ),
  );
  const byEmail = new Map(
    (
      await manager.query<StoredPerson[]>(`${select} AND lower(email) = ANY($1::text[])`, [
        plans.flatMap((p) => (p.email ? [p.email.toLowerCase()] : [])),
      ])
    ).map((s) => [s.email!.toLowerCase(), s]),
  );
  const ventureIds = [...ventures.byKey.values()].flatMap((x) => (x.id ? [x.id] : []));
  const founders = await manager.query<StoredPerson[]>(
    `SELECT p.id, p.name, p.name_kana, p.email, p.reference, ${NAME_KEY('p.name')} AS key, vf.venture_id
       FROM venture_founders vf JOIN people p ON p.id = vf.person_id WHERE vf.venture_id = ANY($1::uuid[]) AND p.merged_into_id IS NULL`,
    [ventureIds],
  );
  const taken = new Set<string>();
  for (const plan of plans) {
    const row = plan.rows[0];
    let stored = plan.ref ? byRef.get(plan.ref) : undefined;
    const withEmail = plan.email ? byEmail.get(plan.email.toLowerCase()) : undefined;
    if (stored && withEmail && withEmail.id !== stored.id) {
      problems.error(
        row,
        'founder_email',
        'DUPLICATE_PERSON',
        `this email belongs to another person ("${withEmail.name}") than founder_ref ${plan.ref} ("${stored.name}")`,
      );
      continue;
    }
    if (!stored && withEmail) {
      if (plan.ref && withEmail.reference && withEmail.reference !== plan.ref) {
        problems.error(
          row,
          'founder_email',
          'DUPLICATE_PERSON',
          `this email belongs to the person with reference ${withEmail.reference}, not ${plan.ref}`,
        );
        continue;
      }
      stored = withEmail;
    }
    if (!stored) {
      // A founder of the venture with this name and no other email or reference: the same person.
      const ventureId = ventures.byKey.get(plan.ventureKey)?.id;
      stored = founders.find(
        (f) =>
          f.venture_id === ventureId &&
          f.key === plan.nameKey &&
          (!plan.email || !f.email || f.email.toLowerCase() === plan.email.toLowerCase()) &&
          (!plan.ref || !f.reference),
      );
    }
    if (stored && taken.has(stored.id)) {
      problems.error(
        row,
        'founder',
        'DUPLICATE_PERSON',
        `the same stored person as another founder of the file ("${stored.name}"): give founder_email or founder_ref`,
      );
      continue;
    }
    if (!stored) {
      plan.create = true;
      continue;
    }
    taken.add(stored.id);
    plan.id = stored.id;
    if (plan.name !== stored.name && (plan.ref || plan.email)) plan.update.name = plan.name;
    if (plan.kana !== undefined && plan.kana !== stored.name_kana) plan.update.nameKana = plan.kana;
    if (plan.email !== undefined && plan.email.toLowerCase() !== stored.email?.toLowerCase()) plan.update.email = plan.email;
    if (plan.ref !== undefined && stored.reference === null) plan.update.reference = plan.ref;
  }
  for (const [key, plan] of people) if (plan.rows.some((r) => r.failed)) people.delete(key);
  const links = new Set(founders.map((f) => `${f.venture_id}/${f.id}`));
  return { people, links };
}
