"""Every interface string has an English translation; a missing or fuzzy one shows Vietnamese to English readers.

The catalogue is regenerated from the sources in a scratch copy, so a string added to the code but never
extracted into ``locale/en`` fails here too, not only a catalogue entry left empty."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import django
import pytest
from django.apps import apps
from django.conf import settings

BASE = Path(settings.BASE_DIR)
SOURCES = ["portal", "cms", "procedures", "signing", "dossiers", "search", "backups", "reports", "templates", "locale"]
PO_FILE = Path("locale") / "en" / "LC_MESSAGES" / "django.po"
DOMAINS = ("django", "djangojs")


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


def po_entries(po_file):
    """``{(msgctxt, msgid): msgstr}`` of a .po file (the first plural form for plurals; fuzzy entries as empty)."""
    entries, entry, key = {}, {}, None
    for line in [*po_file.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if entry.get("msgid"):
                translation = entry.get("msgstr", entry.get("msgstr[0]", ""))
                entries[entry.get("msgctxt"), entry["msgid"]] = "" if entry.get("fuzzy") else translation
            entry, key = {}, None
        elif line.startswith("#,") and "fuzzy" in line:
            entry["fuzzy"] = True
        elif line.startswith('"') and key:
            entry[key] += ast.literal_eval(line)
        elif not line.startswith("#") and " " in line:
            key, value = line.split(" ", 1)
            entry[key] = ast.literal_eval(value)
    return entries


def admin_catalogues():
    """``(English .po, the package's own Vietnamese .po)`` of Django and of every installed app that ships an English
    catalogue: Wagtail's apps, Django's contrib apps, taggit."""
    locales = [Path(django.__file__).parent / "conf" / "locale"]
    locales += [Path(app.path) / "locale" for app in apps.get_app_configs() if "site-packages" in Path(app.path).parts]
    for locale in locales:
        for english in sorted((locale / "en" / "LC_MESSAGES").glob("*.po")):
            yield english, locale / "vi" / "LC_MESSAGES" / english.name


def test_every_message_the_admin_uses_has_vietnamese():
    """Each message of Wagtail's and Django's catalogues reads in Vietnamese, from the project's vi catalogue or the
    package's own: no staff screen falls back to English for a message it has no Vietnamese for."""
    ours = {domain: po_entries(BASE / "locale" / "vi" / "LC_MESSAGES" / f"{domain}.po") for domain in DOMAINS}
    missing, checked = [], 0
    for english, vietnamese in admin_catalogues():
        own = po_entries(vietnamese) if vietnamese.exists() else {}
        for key in po_entries(english):
            checked += 1
            if not (ours[english.stem].get(key) or own.get(key)):
                site_packages = english.parents[len(english.parts) - english.parts.index("site-packages") - 2]
                missing.append(f"{english.relative_to(site_packages)}: {key[1]!r}")
    assert checked > 1500
    assert not missing, f"{len(missing)} messages without Vietnamese:\n" + "\n".join(missing)


def test_the_vietnamese_catalogue_leaves_the_projects_own_messages_alone():
    """The project's msgids are Vietnamese already: an entry for one in the vi catalogue would only hide a change
    made to the source text."""
    ours = set(po_entries(BASE / PO_FILE))
    for domain in DOMAINS:
        assert not ours & set(po_entries(BASE / "locale" / "vi" / "LC_MESSAGES" / f"{domain}.po"))
