// Every migration in migrations/, oldest first. Add each new one here (a test checks the folder and this list agree).
// The list lives outside migrations/ because that folder only ever gains files (CI checks it).
import type { MigrationInterface } from 'typeorm';
import { Foundation1795615072586 } from '../../migrations/1795615072586-Foundation.js';
import { AccountsAndAudit1795617142886 } from '../../migrations/1795617142886-AccountsAndAudit.js';
import { MentorsAndAssignments1795620621157 } from '../../migrations/1795620621157-MentorsAndAssignments.js';
import { MentoringSessions1795620917974 } from '../../migrations/1795620917974-MentoringSessions.js';
import { PasswordChangedAt1795621867361 } from '../../migrations/1795621867361-PasswordChangedAt.js';
import { Collaborations1795622344242 } from '../../migrations/1795622344242-Collaborations.js';
import { ProBonoAndEvents1795623843947 } from '../../migrations/1795623843947-ProBonoAndEvents.js';
import { Outcomes1795624590365 } from '../../migrations/1795624590365-Outcomes.js';
import { ReportIndexes1795627000000 } from '../../migrations/1795627000000-ReportIndexes.js';
import { RowVersions1795628000000 } from '../../migrations/1795628000000-RowVersions.js';
import { NameSearch1795630000000 } from '../../migrations/1795630000000-NameSearch.js';
import { LoginThrottle1796123043412 } from '../../migrations/1796123043412-LoginThrottle.js';
import { SchoolCalendar1796200000000 } from '../../migrations/1796200000000-SchoolCalendar.js';
import { Corrections1796200200000 } from '../../migrations/1796200200000-Corrections.js';
import { CorrectableFollowUpsAndAffiliations1796200300000 } from '../../migrations/1796200300000-CorrectableFollowUpsAndAffiliations.js';
import { DatedVolunteerHours1796200310000 } from '../../migrations/1796200310000-DatedVolunteerHours.js';
import { RateLimits1796200500000 } from '../../migrations/1796200500000-RateLimits.js';
import { WebSessions1796250000000 } from '../../migrations/1796250000000-WebSessions.js';
import { UnloggedRateLimits1796260000000 } from '../../migrations/1796260000000-UnloggedRateLimits.js';
import { MergedInto1796310000000 } from '../../migrations/1796310000000-MergedInto.js';
import { SchoolReferences1796350000000 } from '../../migrations/1796350000000-SchoolReferences.js';
import { AccountChangeNotices1796380000000 } from '../../migrations/1796380000000-AccountChangeNotices.js';
import { GraduatesByName1796400000000 } from '../../migrations/1796400000000-GraduatesByName.js';

export const migrations: (new () => MigrationInterface)[] = [
  Foundation1795615072586,
  AccountsAndAudit1795617142886,
  MentorsAndAssignments1795620621157,
  MentoringSessions1795620917974,
  PasswordChangedAt1795621867361,
  Collaborations1795622344242,
  ProBonoAndEvents1795623843947,
  Outcomes1795624590365,
  ReportIndexes1795627000000,
  RowVersions1795628000000,
  NameSearch1795630000000,
  LoginThrottle1796123043412,
  SchoolCalendar1796200000000,
  Corrections1796200200000,
  CorrectableFollowUpsAndAffiliations1796200300000,
  DatedVolunteerHours1796200310000,
  RateLimits1796200500000,
  WebSessions1796250000000,
  UnloggedRateLimits1796260000000,
  MergedInto1796310000000,
  SchoolReferences1796350000000,
  AccountChangeNotices1796380000000,
  GraduatesByName1796400000000,
];
