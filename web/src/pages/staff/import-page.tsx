import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n';
import { Link } from './ui';

/** The import endpoint's answer (src/imports/): what a dry run would do, or what a commit did. */
interface ImportReport {
  kind: string;
  dryRun: boolean;
  committed: boolean;
  rowsRead: number;
  source: { type: string; encoding?: string; sheet?: string; bytes: number };
  entities: Record<string, { created: number; updated: number; unchanged: number }>;
  problems: {
    line: number | null;
    column: string | null;
    code: string;
    message: string;
    value: string | null;
    severity: 'error' | 'warning';
  }[];
  duplicates: { entity: string; line: number; name: string; reason: string; existing: { id: string; name: string }[]; lines: number[] }[];
  expectedColumns: string[];
}

/** The kinds the server imports (POST /imports/<kind>), each with its templates. */
const KINDS = ['roster', 'mentors', 'sessions', 'collaborations', 'pro-bono', 'outcomes'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file's type as the server reads it: with the session cookie it must be text/csv or XLSX (a cross-site form can send neither). */
const contentType = (file: File) => (/\.xlsx$/i.test(file.name) || file.type === XLSX ? XLSX : 'text/csv');

/**
 * Sends the file as the body, reporting upload progress (fetch cannot); resolves with the status
 * and the JSON answer (a report, or an error with its message).
 */
function upload(url: string, file: File, onProgress: (fraction: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', contentType(file));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { message: xhr.statusText };
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(file);
  });
}

const isReport = (body: unknown): body is ImportReport =>
  typeof body === 'object' && body !== null && 'problems' in body && 'entities' in body;

/** Staff: a spreadsheet import, dry run first (what would change, line-level problems), then commit. */
export default function ImportPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('roster');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      const { status, body } = await upload(`/imports/${kind}?dryRun=${dryRun}`, file, setProgress);
      if (isReport(body)) setReport(body);
      else {
        setReport(null);
        setError(`${status}: ${(body as { message?: string } | null)?.message ?? t('error')}`);
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  const errors = report?.problems.filter((p) => p.severity === 'error').length ?? 0;
  return (
    <div>
      <p>
        <Link to="/staff">← {t('backToPrograms')}</Link>
      </p>
      <h1>{t('importTitle')}</h1>
      <p>{t('importIntro')}</p>
      <form className="panel" onSubmit={submit} aria-labelledby="import-form-title">
        <h2 id="import-form-title">{t('importUpload')}</h2>
        <div className="row">
          <label>
            {t('importKind')}
            <select
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as typeof kind);
                setReport(null);
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('importFile')}
            <input
              type="file"
              accept=".csv,.xlsx,text/csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setReport(null);
              }}
            />
          </label>
        </div>
        <p className="meta">
          {t('importTemplates')}: <a href={`/imports/${kind}/template.csv`}>CSV</a> · <a href={`/imports/${kind}/template.xlsx`}>XLSX</a>
        </p>
        <button type="submit" disabled={!file || progress !== null}>
          {t('importDryRun')}
        </button>
        {progress !== null ? (
          <p role="status">
            <label>
              {progress < 1 ? t('importUploading') : t('importChecking')}
              <progress max={1} value={progress < 1 ? progress : undefined} />
            </label>
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
      </form>
      {report ? (
        <section aria-labelledby="report-title" className="panel">
          <h2 id="report-title">{report.committed ? t('importCommitted') : report.dryRun ? t('importReport') : t('importRefused')}</h2>
          <p className="meta">
            {report.rowsRead} {t('importRows')} · {report.source.type}
            {report.source.encoding ? ` (${report.source.encoding})` : ''}
            {report.source.sheet ? ` · ${report.source.sheet}` : ''}
          </p>
          <table>
            <caption className="visually-hidden">{t('importCounts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('importEntity')}</th>
                <th scope="col">{t('importCreated')}</th>
                <th scope="col">{t('importUpdated')}</th>
                <th scope="col">{t('importUnchanged')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(report.entities).map(([entity, c]) => (
                <tr key={entity}>
                  <th scope="row">{entity}</th>
                  <td>{c.created}</td>
                  <td>{c.updated}</td>
                  <td>{c.unchanged}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('importProblems')}</h3>
          {report.problems.length === 0 ? (
            <p className="empty">{t('importNoProblems')}</p>
          ) : (
            <table className="problems">
              <thead>
                <tr>
                  <th scope="col">{t('importLine')}</th>
                  <th scope="col">{t('importColumn')}</th>
                  <th scope="col">{t('importSeverity')}</th>
                  <th scope="col">{t('importCode')}</th>
                  <th scope="col">{t('importMessage')}</th>
                  <th scope="col">{t('importValue')}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p, i) => (
                  <tr key={i} data-severity={p.severity}>
                    <td>{p.line ?? t('none')}</td>
                    <td>{p.column ?? t('none')}</td>
                    <td className={p.severity === 'error' ? 'form-error' : undefined}>
                      {t(p.severity === 'error' ? 'importError' : 'importWarning')}
                    </td>
                    <td>
                      <code>{p.code}</code>
                    </td>
                    <td>{p.message}</td>
                    <td>{p.value ?? t('none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.duplicates.length ? (
            <>
              <h3>{t('importDuplicates')}</h3>
              <ul className="list">
                {report.duplicates.map((d, i) => (
                  <li key={i}>
                    {t('importLine')} {d.line}: {d.name} ({d.entity}, {d.reason}) ≈ {d.existing.map((x) => x.name).join(', ')}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {report.dryRun && errors === 0 ? (
            <button type="button" disabled={progress !== null} onClick={() => void run(false)}>
              {t('importCommit')}
            </button>
          ) : null}
          {report.dryRun && errors > 0 ? <p className="form-error">{t('importFixFirst')}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
