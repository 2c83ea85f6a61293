from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "eerstestap.training"
    label = "training"
    verbose_name = _("Training")

    def ready(self):
        from eerstestap.privacy.registry import personal_data

        from .models import LessonProgress

        personal_data.register(
            LessonProgress,
            _("Training progress"),
            ["lesson_key", "started_at", "visited_at", "done_at", "exercise_entry_id"],
        )
