import type { ReactNode } from 'react';
import type { Page } from './app';
import { type Lang, useI18n } from './i18n';
import { navigate } from './router';
import { ideEnabled, signOut } from './session';

interface Props {
  user: { email: string; person: { name: string } };
  pages: Page[];
  current: Page | undefined;
  children: ReactNode;
}

export function Layout({ user, pages, current, children }: Props) {
  const { t, lang, setLang } = useI18n();
  const link = (path: string, label: string, active: boolean) => (
    <a
      href={path}
      aria-current={active ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate(path);
      }}
    >
      {label}
    </a>
  );
  return (
    <>
      <header className="bar">
        <strong>{t('appName')}</strong>
        <nav aria-label="main">
          {pages.map((p) => (
            <span key={p}>{link(`/${p}`, t(p), p === current)}</span>
          ))}
          {ideEnabled() ? <a href="/graphiql">{t('graphiql')}</a> : null}
        </nav>
        <span className="who" title={user.email}>
          {user.person.name}
        </span>
        <label className="lang">
          <span className="visually-hidden">{t('language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            void signOut().then(() => location.assign('/signin'));
          }}
        >
          {t('signOut')}
        </button>
      </header>
      <main>{children}</main>
    </>
  );
}
