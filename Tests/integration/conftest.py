"""Shared helpers for the integration tests: the release binary run on copies of the real site."""
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FOLIO = REPO / ".build" / "release" / "folio"


def copy_site(target: Path) -> Path:
    """A copy of the repository's folio.yaml, content/ and themes/ in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "folio.yaml", target / "folio.yaml")
    shutil.copytree(REPO / "content", target / "content", symlinks=True)
    shutil.copytree(REPO / "themes", target / "themes", symlinks=True)
    return target


def run_folio(*args, timeout=120):
    return subprocess.run([str(FOLIO), *args], capture_output=True, text=True, timeout=timeout)


def tree(folder: Path) -> dict:
    """Every file below `folder` (hidden ones included): relative path → SHA-256 of its bytes."""
    files = {}
    for directory, _, names in os.walk(folder):
        for name in names:
            path = Path(directory) / name
            files[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


@pytest.fixture(scope="session")
def folio():
    assert FOLIO.exists(), "build the release binary first: swift build -c release --product folio"
    return FOLIO
