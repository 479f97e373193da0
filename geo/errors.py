"""Errors of the pipeline. All derive from :class:`IncidentMapperError`; leaves also
subclass the matching builtin so callers can catch either."""

from __future__ import annotations


class IncidentMapperError(Exception):
    """Root of the pipeline's errors."""


class InputError(IncidentMapperError, ValueError):
    """An input could not be read; the message names the file (and line) and the reason."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class OutputError(IncidentMapperError, OSError):
    """An output could not be written; the message names the path."""


class UnknownFormatError(IncidentMapperError, ValueError):
    """A format name that is not supported; the message lists the valid names."""
