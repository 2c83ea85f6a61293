import os
import signal
import subprocess
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand

from eerstestap.accounts.demo import DEMO_EMAIL, DEMO_PASSWORD


class Command(BaseCommand):
    help = "Prepare the database (migrations, cache table, demo content) and serve the app on 127.0.0.1."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--no-demo", action="store_true", help="Do not create the demo account.")
        parser.add_argument("--no-worker", action="store_true", help="Do not start the reminder worker.")

    def handle(self, *args, port: int, no_demo: bool, no_worker: bool, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("createcachetable", verbosity=0)
        call_command("load_content")
        if not no_demo:
            call_command("load_demo")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Eerste Stap runs at http://127.0.0.1:{port}/"))
        if not no_demo:
            self.stdout.write(f"Demo login: {DEMO_EMAIL} / {DEMO_PASSWORD}")
        self.stdout.write("Stop with Ctrl+C.\n")
        # The challenge reminders' worker runs beside the server, as it would in production (see README).
        worker = None
        # A stop signal ends the server through `finally`, so the worker never outlives it.
        for stop_signal in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(stop_signal, lambda *_: sys.exit(0))
        if not no_worker:
            worker = subprocess.Popen([sys.executable, "-m", "eerstestap.cli", "send_reminders", "--loop"])  # noqa: S603
        try:
            call_command("runserver", f"127.0.0.1:{port}", use_reloader=False)
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=10)
