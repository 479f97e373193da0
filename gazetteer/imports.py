"""User extensions: GeoNames dumps and simple CSV files of places, checked and kept in the
user's data folder so that every later run indexes them with the bundled places."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from .errors import ImportFormatError
from .index import default_imports_dir
from .sources import read_user_file


def import_file(path: Path, imports_dir: Path | None = None) -> tuple[Path, int]:
    """Check ``path`` (every line must read) and copy it into ``imports_dir``.

    Returns the stored copy and how many places it holds. Raises
    :class:`ImportFormatError` naming the file and line of the first problem.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportFormatError(f"{path}: no such file")
    entries = read_user_file(path)
    if not entries:
        raise ImportFormatError(f"{path}: no places in it")
    folder = Path(imports_dir) if imports_dir else default_imports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
    target = folder / f"{path.stem}-{digest}{path.suffix or '.txt'}"
    shutil.copyfile(path, target)
    return target, len(entries)


def imported_files(imports_dir: Path | None = None) -> list[Path]:
    """Files imported so far, oldest name first."""
    folder = Path(imports_dir) if imports_dir else default_imports_dir()
    return sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
