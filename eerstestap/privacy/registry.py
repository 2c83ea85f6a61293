"""Every model that holds a person's data registers here, once, in its app's ready().

Export, deletion and the re-sealing of old texts all walk this one registry, so an app that stores
personal data cannot be forgotten by any of them (a test fails for a model that is not registered).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models


@dataclass(frozen=True)
class PersonalModel:
    model: type[models.Model]
    title: str
    export_fields: list[str]
    owner: str = "user"
    # Optional: rows of this person, when they are not simply filter(owner=person).
    rows: Callable | None = None


@dataclass
class Registry:
    entries: dict[str, PersonalModel] = field(default_factory=dict)
    # Models with a link to a person that hold no personal data of their own, with the reason.
    exempt: dict[str, str] = field(default_factory=dict)

    def register(self, model, title, export_fields, owner="user", rows=None) -> None:
        self.entries[model._meta.label_lower] = PersonalModel(model, title, list(export_fields), owner, rows)

    def exempt_model(self, label: str, reason: str) -> None:
        self.exempt[label] = reason

    def rows_for(self, item: PersonalModel, user):
        if item.rows is not None:
            return item.rows(user)
        return item.model._default_manager.filter(**{item.owner: user})

    def __iter__(self):
        return iter(self.entries.values())


personal_data = Registry()
