import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type {
  CollaborationDomain,
  CollaborationKind,
  CollaborationStage,
  Currency,
  EngagementStatus,
  OutcomeSource,
  StaffFormChoicesQuery,
} from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { enumLabel } from './labels';
import { CreateCollaboration, CreateEngagement, RecordOutcome } from './venture-queries';
import { fieldsOf, FormStatus, orNull, SelectField, TextField } from './ui';

type Choices = StaffFormChoicesQuery;
interface Props {
  ventureId: string;
  today: string;
  onDone: () => void;
}

const KINDS: CollaborationKind[] = ['BUSINESS_ALLIANCE', 'DEMONSTRATION_PROJECT', 'INVESTMENT', 'PROCUREMENT', 'PROOF_OF_CONCEPT', 'OTHER'];
const DOMAINS: CollaborationDomain[] = [
  'AGRICULTURE',
  'COMMUNITY',
  'EDUCATION',
  'EMPLOYMENT',
  'ENERGY',
  'ENVIRONMENT',
  'HEALTHCARE',
  'OTHER',
];
const STAGES: CollaborationStage[] = ['EXPLORING', 'PILOT', 'DEMONSTRATION', 'COMMERCIAL'];
const SOURCES: OutcomeSource[] = ['VENTURE_REPORT', 'SURVEY', 'PUBLIC_REPORT', 'STAFF_ESTIMATE', 'OTHER'];
const CURRENCIES: Currency[] = ['JPY', 'USD', 'EUR'];

const options = <T extends string>(values: T[], lang: 'ja' | 'en'): [string, string][] => values.map((v) => [v, enumLabel(v, lang)]);

/** A collaboration of the venture with an organization, starting in a stage on a day. */
export function CollaborationForm({ ventureId, today, onDone, choices }: Props & { choices: Choices | undefined }) {
  const { t, lang } = useI18n();
  const orgs = choices?.organizations?.edges.map((e) => e.node) ?? [];
  const [draft, setDraft] = useState({
    organizationId: '',
    title: '',
    kind: KINDS[0],
    domain: DOMAINS[0],
    stage: STAGES[0],
    startedOn: today,
  });
  const [saved, setSaved] = useState(false);
  const [result, create] = useMutation(CreateCollaboration);
  const errors = fieldsOf(result.error);
  const set = (name: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const organizationId = orgs.some((o) => o.id === draft.organizationId) ? draft.organizationId : (orgs[0]?.id ?? '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const res = await create({
      input: {
        ventureId,
        organizationId,
        title: draft.title,
        kind: draft.kind,
        domain: draft.domain,
        stage: draft.stage,
        startedOn: draft.startedOn,
      },
    });
    if (!res.error) {
      setSaved(true);
      setDraft((d) => ({ ...d, title: '' }));
      onDone();
    }
  };
  if (!orgs.length) return <p className="empty">{t('noOrganizations')}</p>;
  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="collaboration-title">
      <h3 id="collaboration-title">{t('newCollaboration')}</h3>
      <div className="row">
        <TextField label={t('title')} name="input.title" errors={errors.fields} value={draft.title} onChange={set('title')} />
        <SelectField
          label={t('organization')}
          name="input.organizationId"
          errors={errors.fields}
          value={organizationId}
          onChange={set('organizationId')}
          options={orgs.map((o) => [o.id, o.name])}
        />
        <SelectField
          label={t('kind')}
          name="input.kind"
          errors={errors.fields}
          value={draft.kind}
          onChange={set('kind')}
          options={options(KINDS, lang)}
        />
        <SelectField
          label={t('domain')}
          name="input.domain"
          errors={errors.fields}
          value={draft.domain}
          onChange={set('domain')}
          options={options(DOMAINS, lang)}
        />
        <SelectField
          label={t('staffStage')}
          name="input.stage"
          errors={errors.fields}
          value={draft.stage}
          onChange={set('stage')}
          options={options(STAGES, lang)}
        />
        <TextField
          label={t('startedOn')}
          name="input.startedOn"
          type="date"
          errors={errors.fields}
          value={draft.startedOn}
          onChange={set('startedOn')}
        />
      </div>
      <FormStatus
        errors={errors}
        shown={['input.title', 'input.organizationId', 'input.kind', 'input.domain', 'input.stage', 'input.startedOn']}
        saved={saved && t('collaborationSaved')}
      />
      <button type="submit" disabled={result.fetching}>
        {t('saveCollaboration')}
      </button>
    </form>
  );
}

/** A pro bono engagement whose beneficiary is the venture. */
export function EngagementForm({ ventureId, today, onDone }: Props) {
  const { t, lang } = useI18n();
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<EngagementStatus>('PROPOSED');
  const [startedOn, setStartedOn] = useState(today);
  const [saved, setSaved] = useState(false);
  const [result, create] = useMutation(CreateEngagement);
  const errors = fieldsOf(result.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const res = await create({ input: { beneficiaryVentureId: ventureId, title, status, startedOn } });
    if (!res.error) {
      setSaved(true);
      setTitle('');
      onDone();
    }
  };
  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="engagement-title">
      <h3 id="engagement-title">{t('newEngagement')}</h3>
      <div className="row">
        <TextField label={t('title')} name="input.title" errors={errors.fields} value={title} onChange={setTitle} />
        <SelectField
          label={t('status')}
          name="input.status"
          errors={errors.fields}
          value={status}
          onChange={(v) => setStatus(v as EngagementStatus)}
          options={options<EngagementStatus>(['PROPOSED', 'ACTIVE'], lang)}
        />
        <TextField
          label={t('startedOn')}
          name="input.startedOn"
          type="date"
          errors={errors.fields}
          value={startedOn}
          onChange={setStartedOn}
        />
      </div>
      <FormStatus errors={errors} shown={['input.title', 'input.status', 'input.startedOn']} saved={saved && t('engagementSaved')} />
      <button type="submit" disabled={result.fetching}>
        {t('saveEngagement')}
      </button>
    </form>
  );
}

/** An outcome of the venture: a metric's value, as of a day, from a source. */
export function OutcomeForm({ ventureId, today, onDone, choices }: Props & { choices: Choices | undefined }) {
  const { t, lang } = useI18n();
  const metrics = choices?.metricDefinitions ?? [];
  const [metricCode, setMetricCode] = useState('');
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState<Currency>('JPY');
  const [asOf, setAsOf] = useState(today);
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [source, setSource] = useState<OutcomeSource>('VENTURE_REPORT');
  const [saved, setSaved] = useState(false);
  const [result, record] = useMutation(RecordOutcome);
  const errors = fieldsOf(result.error);
  const metric = metrics.find((m) => m.code === metricCode) ?? metrics[0];
  if (!metric) return null;
  const flow = metric.kind === 'FLOW';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const res = await record({
      input: {
        ventureId,
        metricCode: metric.code,
        value: Number(value),
        currency: metric.unit === 'MONEY' ? currency : null,
        source,
        // A flow (funding, revenue) is measured over a period; a stock (employees) on a day.
        ...(flow ? { periodStart: orNull(periodStart), periodEnd: orNull(periodEnd) } : { asOf: orNull(asOf) }),
      },
    });
    if (!res.error) {
      setSaved(true);
      setValue('');
      onDone();
    }
  };
  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="outcome-title">
      <h3 id="outcome-title">{t('newOutcome')}</h3>
      <div className="row">
        <SelectField
          label={t('staffMetric')}
          name="input.metricCode"
          errors={errors.fields}
          value={metric.code}
          onChange={setMetricCode}
          options={metrics.map((m) => [m.code, m.name])}
        />
        <TextField label={t('staffValue')} name="input.value" type="number" errors={errors.fields} value={value} onChange={setValue} />
        {metric.unit === 'MONEY' ? (
          <SelectField
            label={t('staffCurrency')}
            name="input.currency"
            errors={errors.fields}
            value={currency}
            onChange={(v) => setCurrency(v as Currency)}
            options={CURRENCIES.map((c) => [c, c])}
          />
        ) : null}
        {flow ? (
          <>
            <TextField
              label={t('periodStart')}
              name="input.periodStart"
              type="date"
              errors={errors.fields}
              value={periodStart}
              onChange={setPeriodStart}
            />
            <TextField
              label={t('periodEnd')}
              name="input.periodEnd"
              type="date"
              errors={errors.fields}
              value={periodEnd}
              onChange={setPeriodEnd}
            />
          </>
        ) : (
          <TextField label={t('asOf')} name="input.asOf" type="date" errors={errors.fields} value={asOf} onChange={setAsOf} />
        )}
        <SelectField
          label={t('source')}
          name="input.source"
          errors={errors.fields}
          value={source}
          onChange={(v) => setSource(v as OutcomeSource)}
          options={options(SOURCES, lang)}
        />
      </div>
      <FormStatus
        errors={errors}
        shown={['input.metricCode', 'input.value', 'input.currency', 'input.asOf', 'input.periodStart', 'input.periodEnd', 'input.source']}
        saved={saved && t('outcomeSaved')}
      />
      <button type="submit" disabled={result.fetching}>
        {t('saveOutcome')}
      </button>
    </form>
  );
}
