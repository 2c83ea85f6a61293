from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DanceConfig(AppConfig):
    name = "eerstestap.dance"
    label = "dance"
    verbose_name = _("Change the dance")

    def ready(self):
        from eerstestap.privacy.registry import personal_data

        from .models import Boundary, BoundaryLog, DanceMap, Experiment, IStatement, Reflection, Worry

        personal_data.register(
            Reflection, _("Three questions"), ["created_at", "waiting_for", "holding_back", "wants_to_move"]
        )
        personal_data.register(
            DanceMap,
            _("Dance maps"),
            ["created_at", "title", "trigger", "my_move", "partner_move", "my_feeling", "my_need", "new_step"],
        )
        personal_data.register(
            Experiment,
            _("Experiments"),
            [
                "created_at",
                "dance_map_id",
                "step",
                "planned_for",
                "motive",
                "status",
                "what_i_did",
                "feeling_score",
                "feeling_words",
                "learned",
                "partner_reaction",
            ],
        )
        personal_data.register(Worry, _("Circle of influence"), ["created_at", "text", "zone", "suggested_zone"])
        personal_data.register(
            IStatement,
            _("From reproach to need"),
            ["created_at", "reproach", "observation", "feeling", "need", "request", "practised"],
        )
        personal_data.register(Boundary, _("Boundaries"), ["created_at", "not_ok", "i_will", "statement"])
        personal_data.register(BoundaryLog, _("Boundary log"), ["created_at", "boundary_id", "held", "note"])
