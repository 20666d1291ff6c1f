import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import type { Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';

/** Operations to start from, per role (the server still decides what each may do). */
const EXAMPLES: Record<string, { query: string; variables?: string }[]> = {
  MENTOR: [
    {
      query: `# The ventures you mentor and your open follow-ups\nquery MyWork {\n  myVentures { id name }\n  myOpenFollowUps { id text dueOn }\n}\n`,
    },
    {
      query: `# Your latest sessions\nquery MySessions {\n  mySessions(first: 10) {\n    edges { node { id heldAt durationMinutes format topics venture { name } } }\n  }\n}\n`,
    },
  ],
  STAFF: [
    {
      query: `# Cohorts, newest first, with their enrollments\nquery Cohorts {\n  cohorts(first: 5) {\n    edges { node { id name year program { name } enrollments { status statusOn venture { name } } } }\n  }\n}\n`,
    },
    {
      query: `# Mentors by load against capacity\nquery MentorLoad {\n  mentorLoad { activeVentures capacity mentor { person { name } } }\n}\n`,
    },
  ],
  ANALYST: [
    {
      query: `# Cohort comparison\nquery CohortComparison {\n  analytics {\n    cohortComparison { programName year enrolled graduated withdrawn mentoringHours }\n  }\n}\n`,
    },
  ],
};

/** Same-origin POSTs with the session cookie, as the console's own client sends them. */
const fetcher: Fetcher = async (params) => {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify(params),
  });
  return res.json() as Promise<Record<string, unknown>>;
};

export default function GraphiQLPage({ roles }: { roles: readonly string[] }) {
  const tabs = useMemo(() => {
    const all = roles.includes('ADMIN') ? Object.keys(EXAMPLES) : roles;
    return all.flatMap((role) => EXAMPLES[role] ?? []);
  }, [roles]);
  return (
    <div className="graphiql-page">
      <GraphiQL fetcher={fetcher} defaultTabs={tabs} isHeadersEditorEnabled={false} />
    </div>
  );
}
