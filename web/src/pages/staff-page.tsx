import { useI18n } from '../i18n';
import { lazyPage } from '../lazy-page';
import { usePath } from '../router';
import './staff/staff.css';

// Each staff page is its own chunk, loaded when it is opened.
const ProgramsPage = lazyPage(() => import('./staff/programs-page'));
const CohortPage = lazyPage(() => import('./staff/cohort-page'));
const VenturePage = lazyPage(() => import('./staff/venture-page'));
const ImportPage = lazyPage(() => import('./staff/import-page'));
// This chunk is loaded when /staff… is opened: fetch the page's own chunk now, not after a render.
const [, , kindAtLoad, idAtLoad] = location.pathname.split('/');
if (!kindAtLoad) void ProgramsPage.preload();
else if (kindAtLoad === 'cohorts' && idAtLoad) void CohortPage.preload();
else if (kindAtLoad === 'ventures' && idAtLoad) void VenturePage.preload();
else if (kindAtLoad === 'import') void ImportPage.preload();

/** Staff: /staff (programs and cohorts), /staff/cohorts/:id, /staff/ventures/:id, /staff/import. */
export default function StaffPage() {
  const { t } = useI18n();
  const path = usePath();
  const [, , kind, id] = path.split('/');
  const loading = <p role="status">{t('loading')}</p>;
  if (!kind) return <ProgramsPage fallback={loading} />;
  if (kind === 'cohorts' && id) return <CohortPage key={id} id={id} fallback={loading} />;
  if (kind === 'ventures' && id) return <VenturePage key={id} id={id} fallback={loading} />;
  if (kind === 'import' && !id) return <ImportPage fallback={loading} />;
  return <p>{t('notFound')}</p>;
}
