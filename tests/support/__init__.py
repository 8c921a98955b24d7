"""Test helpers: real servers on loopback and a GraphQL client that behaves like the frontend."""
