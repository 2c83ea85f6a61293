from django.core.management.base import BaseCommand

from eerstestap.accounts.demo import DEMO_EMAIL, DEMO_PASSWORD, load_demo_account


class Command(BaseCommand):
    help = "Create the demo account with its sample journal (does nothing if it exists)."

    def handle(self, *args, **options):
        user, created = load_demo_account()
        if created:
            self.stdout.write(f"Demo account created: {DEMO_EMAIL} / {DEMO_PASSWORD} ({user.entries.count()} entries)")
        else:
            self.stdout.write(f"Demo account already there: {DEMO_EMAIL}")
