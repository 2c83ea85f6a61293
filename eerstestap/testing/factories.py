"""Factories for tests (never JSON fixtures)."""

import factory

from eerstestap.accounts.models import User
from eerstestap.journal.models import Draft, Entry

PASSWORD = "een lange zin als wachtwoord"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    language = "nl"
    time_zone = "Europe/Amsterdam"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class EntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Entry

    user = factory.SubFactory(UserFactory)
    body = factory.Sequence(lambda n: f"Vandaag schreef ik stuk nummer {n}.")
    mood = 3
    tags = factory.LazyFunction(list)


class DraftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Draft

    user = factory.SubFactory(UserFactory)
    body = "Half af"
    sequence = 1
