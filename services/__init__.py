"""Use cases, GraphQL-agnostic: plain async functions and small classes named by what they do."""
