"""The first editor account on a new site, with a generated password (never a default)."""

import os
import secrets

from django.contrib.auth import get_user_model

DEFAULT_EMAIL = "editor@example.org"


def ensure_first_editor() -> tuple[str, str | None]:
    """Return (e-mail, new password or None when a staff account already existed)."""
    User = get_user_model()
    existing = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    if existing:
        return existing.email, None
    email = os.environ.get("TRIBUNA_EDITOR_EMAIL", DEFAULT_EMAIL)
    password = secrets.token_urlsafe(12)
    User.objects.create_superuser(email=email, password=password, first_name="Site", last_name="Editor")
    return email, password
