import { analystMentorEn, analystMentorJa } from './labels-analyst-mentor';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { staffEn, staffJa } from './pages/staff/labels';

/** The console's own labels; the staff pages and the analyst/mentor pages keep theirs in their own files. */
const baseEn = {
  appName: 'Alumni Graph',
  language: 'Language',
  signIn: 'Sign in',
  signOut: 'Sign out',
  email: 'Email',
  password: 'Password',
  signingIn: 'Signing in…',
  signedInAs: 'Signed in as',
  mentor: 'Mentoring',
  staff: 'Cohorts',
  analyst: 'Insights',
  graphiql: 'GraphQL IDE',
  loading: 'Loading…',
  myVentures: 'My ventures',
  current: 'current',
  ended: 'ended',
  noVentures: 'You have no ventures yet: staff assign mentors to ventures in a cohort.',
  logSession: 'Log a session',
  venture: 'Venture',
  heldAt: 'When',
  heldOn: 'Date',
  heldAtTime: 'Start time',
  timeZoneNote: 'Times are in the program’s time zone',
  duration: 'Duration (minutes)',
  format: 'Format',
  IN_PERSON: 'In person',
  ONLINE: 'Online',
  PHONE: 'Phone',
  topics: 'Topics',
  summary: 'Summary (the venture’s staff can read it)',
  privateNotes: 'Private notes (only you and staff)',
  followUps: 'Follow-ups',
  followUpText: 'What to do',
  dueOn: 'Due on',
  addFollowUp: 'Add a follow-up',
  remove: 'Remove',
  save: 'Save the session',
  saving: 'Saving…',
  saved: 'Session saved.',
  openFollowUps: 'My open follow-ups',
  noFollowUps: 'No open follow-ups: add them when you log a session.',
  pastSessions: 'My past sessions',
  noSessions: 'No sessions yet: log your first one above.',
  minutes: 'min',
  due: 'due',
  error: 'Something went wrong',
  forbidden: 'Your account has no access to this page.',
  notFound: 'This page does not exist.',
  cohort: 'Cohort',
  status: 'Status',
  statusOn: 'Since',
  enrollments: 'Enrollments',
  noEnrollments: 'No ventures are enrolled in this cohort yet.',
  noCohorts: 'No cohorts yet: create a program and a cohort first.',
  chooseCohort: 'Choose a cohort',
  move: 'Move',
  moveOn: 'On',
  downloadCsv: 'Download CSV',
  cohortComparison: 'Cohort comparison',
} as const;

/**
 * A key in two of the dictionaries would be overwritten without a word by the spread below (it
 * happened: `hours`, `enrolled`, `metric`… showed the analyst's words on the staff forms). This
 * fails `npm run typecheck`, naming the keys, when one is defined twice.
 */
type Shared<A, B> = Extract<keyof A, keyof B>;
type DefinedTwice = [
  Shared<typeof baseEn, typeof staffEn>,
  Shared<typeof baseEn, typeof analystMentorEn>,
  Shared<typeof staffEn, typeof analystMentorEn>,
][number];
export const labelsDefinedOnce: [DefinedTwice] extends [never] ? true : { 'labels defined in two dictionaries': DefinedTwice } = true;

/** Every label of the console, in both languages (keys are English-ish ids). */
const en = { ...baseEn, ...staffEn, ...analystMentorEn };

export type Key = keyof typeof en;
export type Lang = 'ja' | 'en';

const ja: Record<Key, string> = {
  appName: 'Alumni Graph',
  language: '言語',
  signIn: 'サインイン',
  signOut: 'サインアウト',
  email: 'メールアドレス',
  password: 'パスワード',
  signingIn: 'サインイン中…',
  signedInAs: 'サインイン中のユーザー',
  mentor: 'メンタリング',
  staff: 'コホート',
  analyst: 'インサイト',
  graphiql: 'GraphQL IDE',
  loading: '読み込み中…',
  myVentures: '担当ベンチャー',
  current: '担当中',
  ended: '終了',
  noVentures: '担当ベンチャーはまだありません。スタッフがコホート内でメンターを割り当てます。',
  logSession: 'セッションを記録',
  venture: 'ベンチャー',
  heldAt: '日時',
  heldOn: '日付',
  heldAtTime: '開始時刻',
  timeZoneNote: '時刻はプログラムのタイムゾーンです',
  duration: '時間（分）',
  format: '形式',
  IN_PERSON: '対面',
  ONLINE: 'オンライン',
  PHONE: '電話',
  topics: 'トピック',
  summary: '概要（スタッフも閲覧できます）',
  privateNotes: '非公開メモ（本人とスタッフのみ）',
  followUps: 'フォローアップ',
  followUpText: 'やること',
  dueOn: '期限',
  addFollowUp: 'フォローアップを追加',
  remove: '削除',
  save: 'セッションを保存',
  saving: '保存中…',
  saved: 'セッションを保存しました。',
  openFollowUps: '未完了のフォローアップ',
  noFollowUps: '未完了のフォローアップはありません。セッション記録時に追加できます。',
  pastSessions: '過去のセッション',
  noSessions: 'セッションはまだありません。上のフォームから記録してください。',
  minutes: '分',
  due: '期限',
  error: 'エラーが発生しました',
  forbidden: 'このページを利用する権限がありません。',
  notFound: 'このページは存在しません。',
  cohort: 'コホート',
  status: 'ステータス',
  statusOn: '変更日',
  enrollments: '参加ベンチャー',
  noEnrollments: 'このコホートにはまだベンチャーが参加していません。',
  noCohorts: 'コホートはまだありません。まずプログラムとコホートを作成してください。',
  chooseCohort: 'コホートを選択',
  move: '変更',
  moveOn: '日付',
  downloadCsv: 'CSVをダウンロード',
  cohortComparison: 'コホート比較',
  ...staffJa,
  ...analystMentorJa,
};

const DICTIONARIES: Record<Lang, Record<Key, string>> = { en, ja };

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: Key) => string;
  /** A BCP 47 locale for Intl formatting. */
  locale: string;
}

const I18nContext = createContext<I18n | null>(null);

const initialLang = (): Lang => {
  const saved = localStorage.getItem('lang');
  if (saved === 'ja' || saved === 'en') return saved;
  return navigator.language.startsWith('ja') ? 'ja' : 'en';
};

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem('lang', next);
    setLangState(next);
  }, []);
  // Screen readers pronounce the page in its language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key) => DICTIONARIES[lang][key], locale: lang === 'ja' ? 'ja-JP' : 'en-GB' }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
