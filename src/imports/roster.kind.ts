import { EnrollmentStatus } from '../enrollments/enrollment-status.enum.js';
import { date, email, integer, kana, oneOf, reference, sdgs, text } from './cell-parsers.js';
import type { ImportColumn, ImportKind, ParsedRow, ProblemSink } from './import-kind.js';
import { movesOf } from './roster-moves.js';
import { planRoster, type RosterPlan } from './roster-plan.js';
import { writeRoster } from './roster-write.js';

/** The roster's columns, exactly as the export writes them (docs: README "Importing the school's past"). */
export const ROSTER_COLUMNS: readonly ImportColumn[] = [
  {
    name: 'program',
    required: true,
    example: 'NEC Social Entrepreneurship School',
    description: 'an existing program (NFKC, case-insensitive)',
    parse: text(200),
  },
  {
    name: 'fiscal_year',
    required: true,
    example: '2024',
    description: "the cohort's fiscal year (2024 = FY2024); the cohort is created if missing",
    parse: integer(1900, 2200, 'BAD_YEAR'),
  },
  {
    name: 'venture',
    required: true,
    example: 'BANSO-CO',
    description: 'venture name (matched NFKC, kana- and width-insensitive)',
    parse: text(200),
  },
  {
    name: 'venture_ref',
    required: false,
    example: 'V-2021-03',
    description: "the school's own id for the venture (matched first)",
    parse: reference,
  },
  { name: 'sector', required: false, example: 'healthcare', description: 'sector (empty keeps what is stored)', parse: text(100) },
  { name: 'sdgs', required: false, example: '3;8', description: 'SDG numbers separated by ";" (empty keeps what is stored)', parse: sdgs },
  {
    name: 'founder',
    required: false,
    example: '山田 太郎',
    description: "founder's name (required when any founder_* is filled)",
    parse: text(200),
  },
  { name: 'founder_kana', required: false, example: 'ヤマダ タロウ', description: "the name's reading in kana", parse: kana },
  {
    name: 'founder_email',
    required: false,
    example: 'taro@example.org',
    description: "founder's email (matched case-insensitively)",
    parse: email,
  },
  {
    name: 'founder_ref',
    required: false,
    example: 'S-2021-017',
    description: "the school's own id for the person (matched first)",
    parse: reference,
  },
  {
    name: 'status',
    required: true,
    example: 'GRADUATED',
    description: 'APPLIED, ADMITTED, ACTIVE, GRADUATED or WITHDRAWN',
    parse: oneOf(Object.values(EnrollmentStatus), 'BAD_STATUS'),
  },
  { name: 'applied_on', required: false, example: '2021-04-10', description: 'date of the move (YYYY-MM-DD)', parse: date },
  { name: 'admitted_on', required: false, example: '2021-05-20', description: 'date of the move', parse: date },
  { name: 'started_on', required: false, example: '2021-06-01', description: 'date of the move to ACTIVE', parse: date },
  { name: 'graduated_on', required: false, example: '2022-02-26', description: 'date of the move', parse: date },
  { name: 'withdrawn_on', required: false, example: '', description: 'date of the move', parse: date },
];

const FOUNDER_DETAILS = ['founder_kana', 'founder_email', 'founder_ref'];

/** Cohort roster: one row per (cohort enrollment, founder); a venture without founders has one row with them empty. */
export const rosterKind: ImportKind<RosterPlan> = {
  name: 'roster',
  entities: ['cohorts', 'ventures', 'people', 'founders', 'enrollments'],
  columns: ROSTER_COLUMNS,
  validateRow(row: ParsedRow, problems: ProblemSink) {
    if (row.values.founder === undefined) {
      const filled = FOUNDER_DETAILS.find((c) => row.raw[c]);
      if (filled) problems.error(row, 'founder', 'REQUIRED', `founder is required when ${filled} is given`, null);
    }
    const moves = movesOf(row, problems);
    if (moves) row.values.moves = moves;
  },
  plan: planRoster,
  write: writeRoster,
};
