"""Every interface string has a Spanish translation, and what runs is what was written.

The first test extracts the strings exactly as `scripts/messages` does, into a copy of
the source, so a template or module with a new, untranslated string fails here.
"""

import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

SOURCE = Path(settings.SRC_DIR)
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The catalogues as they would be after extracting the current source."""
    copy = tmp_path_factory.mktemp("source") / "tribuna"
    shutil.copytree(SOURCE, copy, ignore=shutil.ignore_patterns("__pycache__", "static", "*.mo"))
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(copy)
        patch.setattr(settings, "LOCALE_PATHS", [copy / "locale"])
        call_command(
            "makemessages", locale=TRANSLATED, extensions=["html", "txt", "py"], add_location="file", verbosity=0
        )
    return copy / "locale"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_interface_string_is_translated(extracted, language):
    catalogue = polib.pofile(str(extracted / language / "LC_MESSAGES" / "django.po"))
    missing = [
        f"{entry.msgid!r} ({', '.join(sorted({path for path, _line in entry.occurrences}))})"
        for entry in catalogue
        if not entry.obsolete and (not entry.translated() or entry.fuzzy)
    ]
    assert not missing, f"{len(missing)} strings lack a {language} translation (run scripts/messages):\n" + "\n".join(
        missing
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_catalogue_matches_its_source(language):
    folder = SOURCE / "locale" / language / "LC_MESSAGES"
    written = {entry.msgid: entry.msgstr or entry.msgstr_plural for entry in polib.pofile(str(folder / "django.po"))
               if entry.translated()}
    compiled = {entry.msgid: entry.msgstr or entry.msgstr_plural for entry in polib.mofile(str(folder / "django.mo"))
                if entry.msgid}
    assert compiled == written, "django.mo is out of date: run scripts/messages"
