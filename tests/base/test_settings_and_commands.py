"""Settings from the environment, the `tribuna` command, and what `make run` relies on."""

import os
import socket
import subprocess
import sys

import pytest


def tribuna(*args, env=None, timeout=120):
    inherited = {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}
    full_env = {k: v for k, v in os.environ.items() if k not in inherited}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "tribuna", *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_secret_key_is_generated_once_into_the_data_dir(tmp_path):
    shown = tribuna("shell", "-c", "from django.conf import settings; print(settings.SECRET_KEY)",
                    env={"TRIBUNA_DATA_DIR": str(tmp_path)})
    assert shown.returncode == 0, shown.stderr
    key = (tmp_path / "secret_key").read_text().strip()
    assert len(key) >= 50 and shown.stdout.split()[-1] == key
    assert oct((tmp_path / "secret_key").stat().st_mode & 0o777) == "0o600"
    again = tribuna("shell", "-c", "from django.conf import settings; print(settings.SECRET_KEY)",
                    env={"TRIBUNA_DATA_DIR": str(tmp_path)})
    assert again.stdout.split()[-1] == key


def test_production_settings_pass_the_deploy_check(tmp_path):
    result = tribuna(
        "check", "--deploy", "--fail-level", "WARNING",
        env={
            "TRIBUNA_DATA_DIR": str(tmp_path),
            "TRIBUNA_HTTPS": "1",
            "ALLOWED_HOSTS": "news.example.org",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_createsuperuser_noinput_takes_email_and_password(tmp_path):
    env = {
        "TRIBUNA_DATA_DIR": str(tmp_path),
        "DJANGO_SUPERUSER_EMAIL": "Ana@Example.org",
        "DJANGO_SUPERUSER_PASSWORD": "a long and unusual passphrase",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    assert tribuna("migrate", "-v0", env=env).returncode == 0
    created = tribuna("createsuperuser", "--noinput", env=env)
    assert created.returncode == 0, created.stderr
    check = tribuna(
        "shell", "-c",
        "from django.contrib.auth import authenticate; "
        "print(authenticate(email='ana@example.org', password='a long and unusual passphrase').is_staff)",
        env=env,
    )
    assert check.stdout.split()[-1] == "True", check.stderr


def test_run_refuses_a_busy_port_before_touching_anything(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = tribuna("run", "--port", str(port), env={"TRIBUNA_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert f"Port {port} on 127.0.0.1 is busy" in result.stderr
    assert not (tmp_path / "tribuna.sqlite3").exists()


def test_run_refuses_a_data_dir_in_use(tmp_path):
    from tribuna.base import serving

    lock = serving.lock_data_dir(tmp_path)
    try:
        with pytest.raises(serving.AlreadyRunning, match="Another `tribuna run`"):
            serving.lock_data_dir(tmp_path)
    finally:
        lock.close()
    serving.lock_data_dir(tmp_path).close()  # free again once the first run stops


@pytest.mark.django_db
def test_first_editor_gets_a_fresh_random_password():
    from django.contrib.auth import authenticate

    from tribuna.accounts.first_editor import ensure_first_editor

    email, password = ensure_first_editor()
    assert password and len(password) >= 16
    assert authenticate(email=email, password=password).is_superuser
    assert ensure_first_editor() == (email, None)


def test_a_local_site_follows_the_address_it_is_served_on(demo_site):
    from wagtail.models import Site

    from tribuna.base import serving

    serving.follow_local_address("http://127.0.0.1:8001")
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://127.0.0.1:8001"

    site.hostname, site.port = "perusupportgroup.org.uk", 443
    site.save()
    serving.follow_local_address("http://127.0.0.1:8002")
    assert Site.objects.get(is_default_site=True).root_url == "https://perusupportgroup.org.uk"
