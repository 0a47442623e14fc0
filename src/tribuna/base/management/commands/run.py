import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from tribuna.accounts.first_editor import ensure_first_editor
from tribuna.base import serving


class Command(BaseCommand):
    help = "Migrate, build the demo site on an empty database, then serve it with gunicorn and a worker."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))
        parser.add_argument("--no-demo", action="store_true", help="Leave an empty database empty.")

    def handle(self, *args, host, port, workers, no_demo, **options):
        try:
            serving.check_port_free(host, port)
            lock = serving.lock_data_dir(settings.DATA_DIR)
        except serving.AlreadyRunning as error:
            raise CommandError(str(error)) from error

        call_command("migrate", interactive=False, verbosity=0)
        call_command("createcachetable", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        if not no_demo:
            from tribuna.demo.builder import build_demo, site_is_empty

            if site_is_empty():
                self.stdout.write("Building the demo site…")
                build_demo(stdout=self.stdout)

        email, password = ensure_first_editor()
        base_url = f"http://{host}:{port}"
        if "TRIBUNA_BASE_URL" not in os.environ:
            os.environ["TRIBUNA_BASE_URL"] = base_url  # for the web and worker processes
        serving.follow_local_address(os.environ["TRIBUNA_BASE_URL"])
        self.stdout.write(self.style.SUCCESS(f"\nTribuna is starting at {base_url}/"))
        self.stdout.write(f"Editor: {base_url}/admin/  e-mail: {email}")
        if password:
            self.stdout.write(f"Password (generated now, shown once): {password}")
        else:
            self.stdout.write(f"Forgotten the password? tribuna changepassword {email}")
        self.stdout.write(f"Data: {settings.DATA_DIR}   Stop with Ctrl+C.\n")
        self.stdout.flush()

        gunicorn = [
            sys.executable, "-m", "gunicorn",
            "tribuna.wsgi:application",
            "--bind", f"{host}:{port}",
            "--workers", str(workers),  # one thread each (see docs/deploy.md); GUNICORN_CMD_ARGS adds more
            "--access-logfile", "-",
            "--no-control-socket",
            "--forwarded-allow-ips", os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
        ]
        exit_code = serving.supervise(
            [gunicorn, serving.python_command("worker", "--verbosity", "0")]
        )
        lock.close()
        if exit_code:
            raise CommandError(f"A process stopped with exit code {exit_code}.")
