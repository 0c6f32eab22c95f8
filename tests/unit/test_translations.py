"""Every interface string has an English translation; a missing or fuzzy one shows Vietnamese to English readers.

The catalogue is regenerated from the sources in a scratch copy, so a string added to the code but never
extracted into ``locale/en`` fails here too, not only a catalogue entry left empty."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

BASE = Path(settings.BASE_DIR)
SOURCES = ["portal", "cms", "procedures", "dossiers", "search", "backups", "reports", "templates", "locale"]
PO_FILE = Path("locale") / "en" / "LC_MESSAGES" / "django.po"


def msgfmt_statistics(po_file):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs gettext's msgfmt and xgettext")
def test_every_string_in_the_code_is_translated(tmp_path):
    for name in SOURCES:
        shutil.copytree(BASE / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    shutil.copy(BASE / "manage.py", tmp_path / "manage.py")
    extract = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "VAR_DIR": str(tmp_path)},
    )
    assert extract.returncode == 0, extract.stderr
    statistics = msgfmt_statistics(tmp_path / PO_FILE)
    assert "untranslated" not in statistics and "fuzzy" not in statistics, statistics
    assert "translated message" in statistics
