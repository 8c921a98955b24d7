"""Failures of outside services that a later retry may overcome."""

from __future__ import annotations


class OutsideServiceUnavailable(Exception):
    """An outside service did not do what we asked; try again later."""
