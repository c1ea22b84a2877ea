"""User-facing errors: each carries a location and prints as one line."""

from __future__ import annotations

from pathlib import Path


class SitegenError(Exception):
    """An error in the user's input or environment, printed as ``path:line: message``."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class ConfigError(SitegenError):
    """The site's configuration is invalid."""


class InputError(SitegenError):
    """A corpus file or an edited page can't be read."""


class ThemeError(SitegenError):
    """A template failed to load or render."""
