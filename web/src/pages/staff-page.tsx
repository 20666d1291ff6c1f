import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n';
import { usePath } from '../router';
import './staff/staff.css';

// Each staff page is its own chunk, loaded when it is opened.
const ProgramsPage = lazy(() => import('./staff/programs-page'));
const CohortPage = lazy(() => import('./staff/cohort-page'));
const VenturePage = lazy(() => import('./staff/venture-page'));
const ImportPage = lazy(() => import('./staff/import-page'));

/** Staff: /staff (programs and cohorts), /staff/cohorts/:id, /staff/ventures/:id, /staff/import. */
export default function StaffPage() {
  const { t } = useI18n();
  const path = usePath();
  const [, , kind, id] = path.split('/');
  let page = <ProgramsPage />;
  if (kind === 'cohorts' && id) page = <CohortPage key={id} id={id} />;
  else if (kind === 'ventures' && id) page = <VenturePage key={id} id={id} />;
  else if (kind === 'import' && !id) page = <ImportPage />;
  else if (kind) page = <p>{t('notFound')}</p>;
  return <Suspense fallback={<p role="status">{t('loading')}</p>}>{page}</Suspense>;
}
