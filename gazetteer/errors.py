"""Errors raised by the gazetteer. All derive from :class:`GazetteerError`."""

from __future__ import annotations


class GazetteerError(Exception):
    """Root of the gazetteer's errors."""


class ImportFormatError(GazetteerError, ValueError):
    """A user file to import is not in a format the gazetteer reads; the message names file and line."""


class GazetteerDataError(GazetteerError, OSError):
    """Bundled or cached gazetteer data is missing or unreadable."""
