"""The plugin kit."""
