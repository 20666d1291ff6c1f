/**
 * The demo dataset: the public case of ../shared/DOMAIN.md (the NEC Social Entrepreneurship
 * School organised by ETIC with NEC since 2002, 74 graduates by fiscal 2024, BANSO-CO from
 * the 2021 cohort, NEC Body Care, the NEC Pro Bono Club, Service Grant and the local
 * governments) plus fictional cohorts, ventures and people so that lists page and filters
 * mean something. Everything fictional says so in its description. Deterministic for a given
 * day: the fictional cohorts are laid around the day it is loaded (demo-calendar.ts), the rest
 * is the same every time (ids are generated at load).
 */
import { Sdg } from '../common/graphql/sdg.enum.js';
import { LAST_PUBLIC_FISCAL_YEAR } from './demo-calendar.js';

export interface DemoOrganization {
  key: string;
  name: string;
  kind: string;
  parent?: string;
  website?: string;
  country?: string;
  region?: string;
  description?: string;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'etic',
    name: 'ETIC.',
    kind: 'NPO',
    country: 'JP',
    region: 'Tokyo',
    website: 'https://www.etic.or.jp',
    description: 'NPO that organizes the NEC Social Entrepreneurship School.',
  },
  {
    key: 'nec',
    name: 'NEC Corporation',
    kind: 'COMPANY',
    country: 'JP',
    region: 'Tokyo',
    website: 'https://www.nec.com',
    description: 'Official partner of the NEC Social Entrepreneurship School; started in-house pro bono work in 2010.',
  },
  {
    key: 'necBodyCare',
    name: 'NEC Body Care',
    kind: 'CORPORATE_UNIT',
    parent: 'nec',
    country: 'JP',
    description: 'Healthcare service developed as an NEC demonstration project.',
  },
  {
    key: 'proBonoClub',
    name: 'NEC Pro Bono Club',
    kind: 'EMPLOYEE_GROUP',
    parent: 'nec',
    country: 'JP',
    description: 'Volunteer-led employee group launched in July 2020; more than 730 NEC Group employees took part by June 2025.',
  },
  { key: 'tamagawa', name: 'NEC Tamagawa Plant', kind: 'CORPORATE_UNIT', parent: 'nec', country: 'JP', region: 'Kawasaki' },
  {
    key: 'serviceGrant',
    name: 'Service Grant',
    kind: 'NPO',
    country: 'JP',
    region: 'Tokyo',
    description: 'NPO that pioneered pro bono in Japan; partner of NEC since 2010.',
  },
  { key: 'scienceTokyo', name: 'Institute of Science Tokyo', kind: 'EDUCATIONAL_INSTITUTION', country: 'JP', region: 'Tokyo' },
  { key: 'tokyo', name: 'Tokyo Metropolitan Government', kind: 'LOCAL_GOVERNMENT', country: 'JP', region: 'Tokyo' },
  { key: 'fukushima', name: 'Fukushima Prefecture', kind: 'LOCAL_GOVERNMENT', country: 'JP', region: 'Fukushima' },
  { key: 'yamaguchi', name: 'Yamaguchi Prefecture', kind: 'LOCAL_GOVERNMENT', country: 'JP', region: 'Yamaguchi' },
  { key: 'kawasaki', name: 'Kawasaki City', kind: 'LOCAL_GOVERNMENT', country: 'JP', region: 'Kanagawa' },
  {
    key: 'hbsClub',
    name: 'Harvard Business School Club of Japan',
    kind: 'OTHER',
    country: 'JP',
    description: 'Gives the "Entrepreneur of the Year" award.',
  },
  { key: 'newsweek', name: 'Newsweek', kind: 'COMPANY', description: 'Selected the "Top 100 social entrepreneurs who change the world".' },
  { key: 'demoFoundation', name: 'Hamakaze Community Foundation', kind: 'NPO', country: 'JP', description: 'Fictional demo organization.' },
  {
    key: 'demoUniversity',
    name: 'Minato Institute of Design',
    kind: 'EDUCATIONAL_INSTITUTION',
    country: 'JP',
    description: 'Fictional demo organization.',
  },
];

export const NEC_SCHOOL = {
  name: 'NEC Social Entrepreneurship School',
  description:
    'Program for young social entrepreneurs launched in 2002, organized by ETIC with NEC as official partner. By fiscal 2024, 74 groups had graduated.',
  foundedYear: 2002,
  organizer: 'etic',
  partners: [{ organization: 'nec', role: 'official partner' }],
};

export const DEMO_PROGRAM = {
  name: 'Hamakaze Local Impact Lab',
  description: 'Fictional demo program, so that program filters have something to tell apart.',
  foundedYear: 2021,
  organizer: 'demoFoundation',
  partners: [{ organization: 'demoUniversity', role: 'academic partner' }],
};

const PREFIXES = ['Aozora', 'Hikari', 'Midori', 'Tsunagu', 'Mirai', 'Kizuna', 'Sora', 'Umi', 'Mori', 'Kaze', 'Hoshi', 'Niji'];
const SUFFIXES = ['Care', 'Learning', 'Farms', 'Works', 'Labs', 'Bridge', 'Link', 'Energy', 'Table', 'Health', 'Craft', 'Circle'];
const FAMILY = [
  'Sato',
  'Suzuki',
  'Takahashi',
  'Tanaka',
  'Watanabe',
  'Ito',
  'Yamamoto',
  'Nakamura',
  'Kobayashi',
  'Kato',
  'Yoshida',
  'Yamada',
];
const GIVEN = ['Haruka', 'Ren', 'Yui', 'Sota', 'Aoi', 'Hinata', 'Riku', 'Mei', 'Yuto', 'Sakura', 'Kaito', 'Mio', 'Daiki'];

export const SECTORS: { sector: string; sdgs: Sdg[] }[] = [
  { sector: 'healthcare', sdgs: [Sdg.GOOD_HEALTH_AND_WELL_BEING] },
  { sector: 'education', sdgs: [Sdg.QUALITY_EDUCATION, Sdg.REDUCED_INEQUALITIES] },
  { sector: 'agriculture', sdgs: [Sdg.ZERO_HUNGER, Sdg.LIFE_ON_LAND] },
  { sector: 'environment', sdgs: [Sdg.CLIMATE_ACTION, Sdg.RESPONSIBLE_CONSUMPTION_AND_PRODUCTION] },
  { sector: 'community', sdgs: [Sdg.SUSTAINABLE_CITIES_AND_COMMUNITIES] },
  { sector: 'employment', sdgs: [Sdg.DECENT_WORK_AND_ECONOMIC_GROWTH, Sdg.REDUCED_INEQUALITIES] },
  { sector: 'disability', sdgs: [Sdg.REDUCED_INEQUALITIES, Sdg.GOOD_HEALTH_AND_WELL_BEING] },
  { sector: 'energy', sdgs: [Sdg.AFFORDABLE_AND_CLEAN_ENERGY, Sdg.CLIMATE_ACTION] },
];

/** The i-th fictional venture name (unique; from the 145th on with a number). */
export const fictionalVentureName = (i: number): string =>
  `${PREFIXES[i % 12]} ${SUFFIXES[Math.floor(i / 12) % 12]}${i < 144 ? '' : ` ${Math.floor(i / 144) + 1}`}`;
/** The i-th fictional person name (unique for i < 156). */
export const fictionalPersonName = (i: number): string => `${GIVEN[(i * 7) % 13]} ${FAMILY[i % 12]}`;

/** Graduates per NEC school cohort, fiscal 2002..2024: 74 in all, as reported. */
export function necGraduatesIn(year: number): number {
  return year % 5 === 0 || year === 2021 ? 4 : 3;
}

/**
 * A cohort's dates: the public case's ran June to the end of February; the fictional ones after
 * it run the whole fiscal year (April to March), so that one is running whatever the day.
 */
export const cohortDates = (year: number) =>
  year <= LAST_PUBLIC_FISCAL_YEAR
    ? { startsOn: `${year}-06-01`, endsOn: `${year + 1}-02-28` }
    : { startsOn: `${year}-04-01`, endsOn: `${year + 1}-03-31` };
