"""The site's languages: a setting read before Django starts, so no models here."""

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured


def from_codes(codes: list[str]) -> list[tuple[str, str]]:
    """("es", "español") pairs for TRIBUNA_LANGUAGES, each named in its own language."""
    if not codes:
        raise ImproperlyConfigured("TRIBUNA_LANGUAGES names no language.")
    pairs = []
    for code in codes:
        code = code.lower()
        info = LANG_INFO.get(code)
        if info is None:
            raise ImproperlyConfigured(f"TRIBUNA_LANGUAGES: Django knows no language {code!r}.")
        # "English", not "British English": readers pick a language, not a spelling.
        name = LANG_INFO.get(code.split("-")[0], info)["name_local"]
        pairs.append((code, name[:1].upper() + name[1:]))
    return pairs
