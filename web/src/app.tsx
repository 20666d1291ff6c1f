import { lazy, Suspense, useEffect } from 'react';
import { useQuery } from 'urql';
import { isUnauthenticated } from './client';
import { graphql } from './gql';
import { useI18n } from './i18n';
import { Layout } from './layout';
import { MentorPage } from './pages/mentor-page';
import { SignInPage } from './pages/sign-in-page';
import { navigate, usePath } from './router';
import { ideEnabled } from './session';

// Loaded on demand: the IDE and the charts stay out of the initial JavaScript.
const GraphiQLPage = lazy(() => import('./pages/graphiql-page'));
const AnalystPage = lazy(() => import('./pages/analyst/analyst-page'));
const StaffPage = lazy(() => import('./pages/staff-page'));

const Me = graphql(`
  query Me {
    me {
      id
      email
      roles
      person {
        name
      }
    }
  }
`);

export type Page = 'mentor' | 'staff' | 'analyst';

/** The pages a role may use (ADMIN: all); what a role may not do is not offered. */
export function pagesOf(roles: readonly string[]): Page[] {
  const admin = roles.includes('ADMIN');
  const pages: Page[] = [];
  if (admin || roles.includes('MENTOR')) pages.push('mentor');
  if (admin || roles.includes('STAFF')) pages.push('staff');
  if (admin || roles.includes('STAFF') || roles.includes('ANALYST')) pages.push('analyst');
  return pages;
}

export function App() {
  const path = usePath();
  const { t } = useI18n();
  const [me, refetchMe] = useQuery({ query: Me, requestPolicy: 'network-only' });
  const user = me.data?.me ?? null;
  const signedOut = !me.fetching && (isUnauthenticated(me.error) || (me.data && !user));

  useEffect(() => {
    if (signedOut && path !== '/signin') navigate('/signin');
    if (user && (path === '/' || path === '/signin')) navigate(`/${pagesOf(user.roles)[0] ?? 'graphiql'}`);
  }, [signedOut, user, path]);

  if (path === '/signin' || signedOut) return <SignInPage onSignedIn={() => refetchMe({ requestPolicy: 'network-only' })} />;
  if (!user) return <p role="status">{me.error ? `${t('error')}: ${me.error.message}` : t('loading')}</p>;
  if (path === '/graphiql' && ideEnabled()) {
    return (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <GraphiQLPage roles={user.roles} />
      </Suspense>
    );
  }
  const pages = pagesOf(user.roles);
  const page = pages.find((p) => path === `/${p}` || path.startsWith(`/${p}/`));
  return (
    <Layout user={user} pages={pages} current={page}>
      {!page ? <p>{pages.length ? t('notFound') : t('forbidden')}</p> : null}
      {page === 'mentor' ? <MentorPage /> : null}
      {page === 'staff' ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <StaffPage />
        </Suspense>
      ) : null}
      {page === 'analyst' ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <AnalystPage />
        </Suspense>
      ) : null}
    </Layout>
  );
}
