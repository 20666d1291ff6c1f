import { graphql } from '../../gql';

/** What the shared filters offer: programs, sectors in use, outcome metrics. */
export const AnalystChoices = graphql(`
  query AnalystChoices {
    programs(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    ventureSectors {
      sector
      count
    }
    metricDefinitions {
      code
      name
      unit
    }
  }
`);

export const Insights = graphql(`
  query AnalystInsights($filter: AnalyticsFilter, $fromFiscalYear: Int, $toFiscalYear: Int, $metricCode: String!, $withSeries: Boolean!) {
    analytics {
      cohortComparison(filter: $filter) {
        cohortId
        programName
        year
        fiscalYear
        provisional
        enrolled
        graduated
        withdrawn
        graduationRate
      }
      collaborationFunnel(filter: $filter) {
        key
        label
        collaborations
        stages {
          stage
          reached
          conversionFromPrevious
          medianDaysInStage
        }
      }
      proBonoImpact(groupBy: FISCAL_YEAR, fromFiscalYear: $fromFiscalYear, toFiscalYear: $toFiscalYear) {
        engagements
        volunteers
        hours
        groups {
          key
          label
          engagements
          volunteers
          hours
        }
      }
      outcomeSeries(filter: $filter, metricCode: $metricCode, interval: FISCAL_YEAR, groupBy: COHORT) @include(if: $withSeries) {
        key
        label
        currency
        points {
          label
          value
        }
      }
    }
  }
`);

export const AlumniSearch = graphql(`
  query AlumniSearch($filter: AlumniSearchFilter, $after: String) {
    analytics {
      alumniSearch(filter: $filter, first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            sector
            sdgs
            foundedOn
            graduatedOn
            website
          }
        }
      }
    }
  }
`);

/** Partner organizations offered by alumni search (top-level ones; their units count with them). */
export const AlumniPartners = graphql(`
  query AlumniPartners {
    organizations(first: 100, filter: { topLevel: true }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
