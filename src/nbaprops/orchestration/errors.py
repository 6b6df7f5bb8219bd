"""Errors that name the object and the fix."""

from __future__ import annotations


class NbapropsError(RuntimeError):
    """Base for errors the CLI prints without a traceback."""


class RegistryError(NbapropsError):
    """The processor declarations do not form a valid DAG (unknown upstream, cycle, duplicate table)."""


class DependencyError(NbapropsError):
    """An upstream table or object lacks data a processor needs; the message says how to fill it."""


class VerificationError(NbapropsError):
    """Computed rows broke a declared rule (duplicate key, null required column, out-of-scope date)."""


class ParseError(NbapropsError):
    """A source body that does not parse or fails validation; the file is quarantined with this reason."""
