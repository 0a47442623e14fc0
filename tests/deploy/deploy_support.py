"""Helpers for the deployment tests: free ports, polling with a deadline, child
processes configured by their environment, and moto's S3 emulator."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PYTHON = sys.executable
TRIBUNA = str(Path(sys.executable).parent / "tribuna")
# What a child process must not inherit from the shell the tests run in: each test says
# which database, caches, media and mail its processes use.
OWN_VARIABLES = {
    "DATABASE_URL", "REDIS_URL", "EMAIL_URL", "SECRET_KEY", "TRIBUNA_DATA_DIR", "TRIBUNA_SERVE_MEDIA",
    "TRIBUNA_FRONTEND_CACHE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DEBUG",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(predicate, *, timeout: float = 60, what: str = "the condition", process=None):
    """Poll `predicate` until it returns something true; fail after `timeout` seconds or
    as soon as `process` (a Popen, or a list of them) has stopped."""
    processes = process if isinstance(process, list) else [process] if process else []
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        for each in processes:
            assert each.poll() is None, f"{each.args[:3]} stopped (exit {each.returncode}) before {what}"
        assert time.monotonic() < deadline, f"no {what} within {timeout:.0f} s"
        time.sleep(0.1)  # polling for an outcome, not waiting for a guess


def http_get(url: str, headers=None, timeout: float = 10):
    """(status, headers, body) for a GET, whatever the status."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def answers(url: str) -> bool:
    try:
        http_get(url, timeout=2)
        return True
    except OSError:
        return False


def child_env(**values) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in OWN_VARIABLES and not k.startswith("TRIBUNA_S3_")}
    env.update({k: str(v) for k, v in values.items()})
    return env


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def database_url() -> str:
    """This test's database (pytest-django's), for the processes a test starts."""
    from django.db import connection

    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def png(width=120, height=90, colour=(200, 30, 40)) -> bytes:
    import io

    from PIL import Image as PillowImage

    out = io.BytesIO()
    PillowImage.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def public_read_policy(bucket: str) -> dict:
    return {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{bucket}/*"}
        ],
    }


@dataclass
class S3Server:
    endpoint: str
    process: subprocess.Popen
    region: str = "eu-west-2"

    def client(self):
        import boto3

        return boto3.client(
            "s3", endpoint_url=self.endpoint, region_name=self.region,
            aws_access_key_id="tribuna-test", aws_secret_access_key="tribuna-test-secret",
        )

    def new_bucket(self) -> str:
        """A bucket that anyone may read from, as docs/deploy.md sets one up."""
        name = f"tribuna-media-{secrets.token_hex(4)}"
        client = self.client()
        client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": self.region})
        client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_read_policy(name)))
        return name

    def environ(self, bucket: str) -> dict:
        """The variables a deployment sets for media on this bucket."""
        return {
            "TRIBUNA_S3_BUCKET": bucket,
            "TRIBUNA_S3_ENDPOINT_URL": self.endpoint,
            "TRIBUNA_S3_REGION": self.region,
            "AWS_ACCESS_KEY_ID": "tribuna-test",
            "AWS_SECRET_ACCESS_KEY": "tribuna-test-secret",
        }
