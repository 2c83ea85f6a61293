import signal
import time

from django.core.management.base import BaseCommand

from eerstestap.challenge.reminders import run_once, worker_name


class Command(BaseCommand):
    help = "Send the challenge reminders that are due. Safe to run by cron, in a loop, or as two workers at once."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="keep running, checking every --interval seconds")
        parser.add_argument("--interval", type=float, default=60.0)

    def handle(self, *args, loop: bool, interval: float, **options):
        worker = worker_name()
        stopping = False

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        if loop:  # finish the current run on a stop signal, so no claim is left halfway
            signal.signal(signal.SIGTERM, stop)
            signal.signal(signal.SIGINT, stop)
        while True:
            sent = run_once(worker)
            if sent or not loop:
                self.stdout.write(f"reminders sent: {sent}")
            if not loop or stopping:
                break
            deadline = time.monotonic() + interval
            while not stopping and time.monotonic() < deadline:
                time.sleep(min(1.0, interval))
