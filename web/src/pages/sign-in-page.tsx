import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { signIn, SignInError } from '../session';

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t, lang, setLang } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
      onSignedIn();
      navigate('/');
    } catch (err) {
      setError({ message: err instanceof Error ? err.message : String(err), field: err instanceof SignInError ? err.field : undefined });
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (name: string) =>
    error?.field?.endsWith(name) ? (
      <span className="field-error" id={`${name}-error`}>
        {error.message}
      </span>
    ) : null;

  return (
    <main className="signin">
      <h1>{t('appName')}</h1>
      <form onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <h2 id="signin-title">{t('signIn')}</h2>
        <label>
          {t('email')}
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          {fieldError('email')}
        </label>
        <label>
          {t('password')}
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          {fieldError('password')}
        </label>
        {error && !error.field ? (
          <p role="alert" className="form-error">
            {error.message}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
        <label className="lang">
          {t('language')}
          <select value={lang} onChange={(e) => setLang(e.target.value as 'ja' | 'en')}>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </label>
      </form>
    </main>
  );
}
