import { useEffect } from 'react';
import { useQuery } from 'urql';
import { isUnauthenticated } from './client';
import { graphql } from './gql';
import { useI18n } from './i18n';
import { Layout } from './layout';
import { lazyPage } from './lazy-page';
import { AnalystChoices, Insights } from './pages/analyst/analyst-queries';
import { DEFAULT_METRIC, insightsVariables, NO_FILTERS } from './pages/analyst/filter-values';
import { MentorPage } from './pages/mentor-page';
import { MentorHome, MySessions } from './pages/mentor-queries';
import { StaffPrograms } from './pages/staff/queries';
import { SignInPage } from './pages/sign-in-page';
import { prefetch, usePrefetched } from './prefetch';
import { navigate, usePath } from './router';
import { ideEnabled } from './session';

// Loaded on demand: the IDE and the charts stay out of the initial JavaScript.
const GraphiQLPage = lazyPage(() => import('./pages/graphiql-page'));
const AnalystPage = lazyPage(() => import('./pages/analyst/analyst-page'));
const StaffPage = lazyPage(() => import('./pages/staff-page'));
// Opened at one of them: fetch its chunk now, alongside the Me query, not after it.
if (location.pathname.startsWith('/analyst')) void AnalystPage.preload();
else if (location.pathname.startsWith('/staff')) void StaffPage.preload();
else if (location.pathname.startsWith('/graphiql')) void GraphiQLPage.preload();

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

// The landing pages' own queries, asked for now with `me` (prefetch.ts): not after the page's chunk
// has arrived and `me` has said who is signed in. For another role the server refuses them, unused.
prefetch(Me);
if (/^\/analyst\/?$/.test(location.pathname)) {
  prefetch(Insights, insightsVariables({ ...NO_FILTERS, metricCode: DEFAULT_METRIC }));
  prefetch(AnalystChoices);
} else if (/^\/staff\/?$/.test(location.pathname)) {
  prefetch(StaffPrograms);
} else if (/^\/mentor\/?$/.test(location.pathname)) {
  prefetch(MentorHome);
  prefetch(MySessions);
}

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
  const [me, refetchMe] = useQuery({ query: Me, requestPolicy: usePrefetched(Me, undefined, 'network-only') });
  const user = me.data?.me ?? null;
  const signedOut = !me.fetching && (isUnauthenticated(me.error) || (me.data && !user));

  useEffect(() => {
    if (signedOut && path !== '/signin') navigate('/signin');
    if (user && (path === '/' || path === '/signin')) navigate(`/${pagesOf(user.roles)[0] ?? 'graphiql'}`);
  }, [signedOut, user, path]);

  if (path === '/signin' || signedOut) return <SignInPage onSignedIn={() => refetchMe({ requestPolicy: 'network-only' })} />;
  if (!user) return <p role="status">{me.error ? `${t('error')}: ${me.error.message}` : t('loading')}</p>;
  if (path === '/graphiql' && ideEnabled()) {
    return <GraphiQLPage roles={user.roles} fallback={<p role="status">{t('loading')}</p>} />;
  }
  const pages = pagesOf(user.roles);
  const page = pages.find((p) => path === `/${p}` || path.startsWith(`/${p}/`));
  return (
    <Layout user={user} pages={pages} current={page}>
      {!page ? <p>{pages.length ? t('notFound') : t('forbidden')}</p> : null}
      {page === 'mentor' ? <MentorPage /> : null}
      {page === 'staff' ? <StaffPage fallback={<p role="status">{t('loading')}</p>} /> : null}
      {page === 'analyst' ? <AnalystPage fallback={<p role="status">{t('loading')}</p>} /> : null}
    </Layout>
  );
}
