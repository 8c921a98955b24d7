"""Fixtures for a plugin's own tests (registered through the pytest11 entry point)."""
