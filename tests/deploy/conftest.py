"""Real processes for the deployment tests: an S3 emulator (moto's server) per test process."""

import subprocess

import pytest

from deploy_support import PYTHON, S3Server, answers, child_env, free_port, stop, wait_until


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory):
    """moto's S3 emulator as a real server on loopback, one per test process."""
    port = free_port()
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [PYTHON, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=output, stderr=subprocess.STDOUT, env=child_env(MOTO_PORT=port),
        )
    server = S3Server(endpoint=f"http://127.0.0.1:{port}", process=process)
    try:
        wait_until(lambda: answers(server.endpoint + "/moto-api/"), timeout=60, what="moto server", process=process)
        yield server
    finally:
        stop(process)


@pytest.fixture
def media_on_s3(s3_server, settings, monkeypatch):
    """This process's media in a fresh bucket, configured as the environment would."""
    from tribuna.ops.environ import settings_from_environ

    environ = s3_server.environ(s3_server.new_bucket())
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, environ[name])
    deployment = settings_from_environ(dict(environ), settings.STORAGES)
    settings.STORAGES = deployment["STORAGES"]
    settings.TRIBUNA_MEDIA_ON_S3 = True
    return environ
