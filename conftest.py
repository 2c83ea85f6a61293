"""Shared test fixtures: three people (alice the person, bob another person, carla a coach) and factories."""

import pytest
from django.test import Client

from eerstestap.testing.factories import EntryFactory, UserFactory


@pytest.fixture
def alice(db):
    return UserFactory(email="alice@example.org", language="nl")


@pytest.fixture
def bob(db):
    return UserFactory(email="bob@example.org", language="nl")


@pytest.fixture
def carla(db):
    return UserFactory(email="carla@example.org", language="nl", is_coach=True)


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


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
