"""What `tribuna run` does around gunicorn: guard the port and data dir, supervise processes."""

import errno
import fcntl
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path


class AlreadyRunning(Exception):
    pass


def check_port_free(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise AlreadyRunning(
                    f"Port {port} on {host} is busy: is Tribuna (or something else) already "
                    f"running there? Stop it, or choose another port: PORT={port + 1} make run"
                ) from error
            raise


def lock_data_dir(data_dir: Path):
    """Hold an exclusive lock on the data dir for as long as the returned file is open."""
    handle = open(data_dir / "run.lock", "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as error:
        handle.close()
        raise AlreadyRunning(
            f"Another `tribuna run` is using {data_dir}. Stop it first, or set "
            "TRIBUNA_DATA_DIR to another directory."
        ) from error
    return handle


def supervise(commands: list[list[str]]) -> int:
    """Start every command; when one exits or we are told to stop, stop them all."""
    processes = [subprocess.Popen(command) for command in commands]

    def stop(signum, frame):
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    try:
        pid, status = os.wait()
        exit_code = os.waitstatus_to_exitcode(status)
    except ChildProcessError:
        pass
    stop(None, None)
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
    return exit_code


def python_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "tribuna", *args]


LOOPBACK_NAMES = {"localhost", "127.0.0.1", "[::1]", "::1"}


def follow_local_address(base_url: str) -> None:
    """A site still on a loopback name (the demo, a trial) takes the address it is served
    on, so links the worker writes into e-mails lead back to it. Real hostnames stay."""
    from urllib.parse import urlsplit

    from wagtail.models import Site

    address = urlsplit(base_url)
    for site in Site.objects.filter(is_default_site=True, hostname__in=LOOPBACK_NAMES):
        port = address.port or (443 if address.scheme == "https" else 80)
        if (site.hostname, site.port) != (address.hostname, port):
            site.hostname, site.port = address.hostname, port
            site.save()
