"""Factories for tests (never JSON fixtures). People get real data keys; their keys are unlocked for the test."""

import factory
from django.utils import timezone

from eerstestap.accounts.models import User
from eerstestap.journal.models import Draft, Entry
from eerstestap.privacy import keyring
from eerstestap.privacy.keys import unlock_with_password

PASSWORD = "een lange zin als wachtwoord"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    language = "nl"
    time_zone = "Europe/Amsterdam"
    consent_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or PASSWORD)
        if create:
            obj.save()
            unlocked = unlock_with_password(obj, extracted or PASSWORD)
            obj.recovery_code = unlocked.recovery_code
            keyring.unlock(obj.pk, {unlocked.version: unlocked.key})


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
    tags = ""
    sequence = 1
