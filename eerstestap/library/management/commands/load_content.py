from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from eerstestap.library.loading import ContentError, load


class Command(BaseCommand):
    help = "Validate the content files and load them into the database (idempotent; keeps a coach's edits)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="let the files win over edits made in the admin")

    def handle(self, *args, force: bool, **options):
        try:
            report = load(settings.CONTENT_DIR, force=force)
        except ContentError as error:
            raise CommandError("The content has problems; nothing was loaded:\n" + "\n".join(error.problems)) from error
        self.stdout.write(
            f"content: {len(report.created)} new, {len(report.updated)} updated, {len(report.unchanged)} unchanged"
        )
        for name in report.kept_edits:
            self.stdout.write(self.style.WARNING(f"kept the coach's edits of {name} (use --force to overwrite)"))
