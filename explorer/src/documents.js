// Every GraphQL document the explorer sends. The build (vite.config.js) formats each one as
// urql sends it (with __typename added for the normalized cache), writes the texts into
// persisted-documents.json for the server to register, and the page then sends only their ids:
// GET /graphql?documentId=sha256:...&variables=... Keep one operation per document, named.

export const CountryList = `
query CountryList($first: Int, $after: String, $withRelations: Boolean) {
  countries(first: $first, after: $after, withRelations: $withRelations) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id code iso2 name aliases relationCount } }
  }
}`;

export const Country = `
query Country($code: String!, $first: Int, $after: String) {
  country(code: $code) {
    id code iso2 name officialName capital region subregion relationCount
    relations(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id codes
          latest { iso }
          countries { id code name }
        }
      }
    }
  }
}`;

export const CountryPartners = `
query CountryPartners(
  $code: String!, $currency: String! = "USD", $from: Date, $to: Date, $first: Int, $tradeAfter: String, $eventsAfter: String
) {
  country(code: $code) {
    id
    partnersByTrade(currency: $currency, first: $first, after: $tradeAfter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          country { id code name }
          relation { id codes }
          turnover {
            value qualifier asOf conflicting
            period { start { iso } end { iso } cumulative }
          }
        }
      }
    }
    partnersByEvents(from: $from, to: $to, first: $first, after: $eventsAfter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          country { id code name }
          relation { id codes }
          eventCount
        }
      }
    }
  }
}`;

export const Relation = `
query Relation($a: String!, $b: String!, $first: Int, $after: String) {
  relation(a: $a, b: $b) {
    id codes
    latest { iso }
    countries { id code iso2 name }
    events(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id type title status dateText location
          date { iso }
          endDate { iso }
          participants { id name }
          sources {
            quote start end
            article { id title url publishedOn }
          }
        }
      }
    }
  }
}`;

export const TradeTimeline = `
query TradeTimeline($a: String!, $b: String!) {
  relation(a: $a, b: $b) {
    id
    tradeTimeline {
      metric unit
      origin { id code name }
      destination { id code name }
      points {
        value qualifier asOf conflicting resolution
        period { start { iso } end { iso } cumulative }
        figures {
          id value unit qualifier
          sources { quote start end article { id title } }
        }
      }
    }
    eventCounts { type year count }
  }
}`;

export const Articles = `
query Articles($search: String, $first: Int, $after: String) {
  articles(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title titleDerived url publishedOn } }
  }
}`;

export const Article = `
query Article($id: ID!) {
  article(id: $id) {
    id title titleDerived url publishedOn text
    countries { id code name }
    events {
      id type title
      date { iso }
      sources { quote start end article { id } }
    }
    figures {
      id metric value unit qualifier
      sources { quote start end article { id } }
    }
  }
}`;
