"""Every URL that names an object: bob (another person) and carla (a coach) get 404 for alice's."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from eerstestap.testing.factories import EntryFactory

pytestmark = pytest.mark.django_db

# Which of alice's objects each URL takes. A new URL with an id must be added here, or this test fails.
OBJECT_FOR_URL = {
    "journal:entry_detail": "entry",
    "journal:entry_edit": "entry",
    "journal:entry_delete": "entry",
    "journal:entry_draft_save": "entry",
}
NOT_PERSONAL = {"accounts:activate", "accounts:password_reset_confirm"}


def urls_with_arguments():
    found = []

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace == "admin":
                    continue
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern) and pattern.name and pattern.pattern.converters:
                found.append(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver().url_patterns)
    return sorted(set(found) - NOT_PERSONAL)


def test_every_url_with_an_id_is_in_the_sweep():
    assert set(urls_with_arguments()) == set(OBJECT_FOR_URL)


@pytest.mark.parametrize("name", sorted(OBJECT_FOR_URL))
@pytest.mark.parametrize("who", ["bob_client", "carla_client"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_others_get_404(request, alice, name, who, method):
    objects = {"entry": EntryFactory(user=alice, body="alleen van alice")}
    client = request.getfixturevalue(who)
    url = reverse(name, args=[objects[OBJECT_FOR_URL[name]].pk])
    response = getattr(client, method)(url, {"body": "x", "sequence": 1} if method == "post" else None)
    assert response.status_code in (404, 405), (name, who, method, response.status_code)
    assert "alleen van alice" not in response.content.decode()
