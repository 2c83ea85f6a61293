"""Shared test fixtures: three people (alice the person, bob another person, carla a coach) and factories."""

import pytest
from django.test import Client
from django.urls import reverse

from eerstestap.privacy import keyring
from eerstestap.testing.factories import PASSWORD, EntryFactory, UserFactory


@pytest.fixture
def alice(db):
    return UserFactory(email="alice@example.org", language="nl")


@pytest.fixture
def bob(db):
    return UserFactory(email="bob@example.org", language="nl")


@pytest.fixture
def carla(db):
    return UserFactory(email="carla@example.org", language="nl", is_coach=True)


@pytest.fixture(autouse=True)
def _locked_keyring_after_each_test():
    yield
    keyring.lock_all()


def log_in(client: Client, user, password: str = PASSWORD) -> Client:
    """Log in through the real form, so the session holds the person's wrapped key and the unlock cookie."""
    response = client.post(reverse("accounts:login"), {"username": user.email, "password": password})
    assert response.status_code == 302, "log-in failed"
    return client


def _client_for(user) -> Client:
    return log_in(Client(), user)


@pytest.fixture
def alice_client(alice):
    return _client_for(alice)


@pytest.fixture
def bob_client(bob):
    return _client_for(bob)


@pytest.fixture
def carla_client(carla):
    return _client_for(carla)


@pytest.fixture
def alice_entry(alice):
    return EntryFactory(user=alice, body="Ik wacht al weken tot hij eindelijk eens begint.")
