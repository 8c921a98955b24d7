"""HTTP middleware of the edge."""
