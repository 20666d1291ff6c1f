import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The text of schema.gql for a schema: sorted, with a header, so diffs stay small. */
export function renderSchema(schema: GraphQLSchema): string {
  return (
    '# Generated from the code by `npm run schema:generate`. Do not edit by hand:\n' +
    '# a test fails when this file and the code disagree.\n\n' +
    printSchema(lexicographicSortSchema(schema)) +
    '\n'
  );
}
