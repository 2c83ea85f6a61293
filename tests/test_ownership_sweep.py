"""Every URL that names an object: bob (another person) and carla (a coach) get 404 for alice's."""

import pytest
from django.urls import reverse

from eerstestap.dance.models import Boundary, DanceMap, Experiment, IStatement, Reflection, Worry
from eerstestap.testing.factories import EntryFactory
from eerstestap.testing.urls import named_patterns

pytestmark = pytest.mark.django_db

# Which of alice's objects each URL takes. A new URL with an id must be added here, or this test fails.
OBJECT_FOR_URL = {
    "journal:entry_detail": "entry",
    "journal:entry_edit": "entry",
    "journal:entry_delete": "entry",
    "journal:entry_draft_save": "entry",
    "dance:reflection_detail": "reflection",
    "dance:map_detail": "map",
    "dance:map_edit": "map",
    "dance:experiment_detail": "experiment",
    "dance:worry_zone": "worry",
    "dance:statement_detail": "statement",
    "dance:statement_practised": "statement",
    "dance:boundary_detail": "boundary",
    "dance:delete": "any",
}
NOT_PERSONAL = {
    "accounts:activate",
    "accounts:password_reset_confirm",
    "dance:feedback",
    "library:article",
    # Content pages: the person's progress is looked up by the logged-in person, never by an id in the URL.
    "training:lesson",
    "training:lesson_done",
    "challenge:day",
    # Signed token (tested in the challenge's own tests): it only turns reminders off or on again.
    "challenge:unsubscribe",
}


def alices_objects(alice) -> dict:
    dance_map = DanceMap.objects.create(
        user=alice, title="t", trigger="a", my_move="b", partner_move="c", my_feeling="d", my_need="e"
    )
    return {
        "entry": EntryFactory(user=alice, body="alleen van alice"),
        "reflection": Reflection.objects.create(user=alice, waiting_for="alleen van alice"),
        "map": dance_map,
        "experiment": Experiment.objects.create(user=alice, dance_map=dance_map, step="alleen van alice"),
        "worry": Worry.objects.create(user=alice, text="alleen van alice", zone="mine"),
        "statement": IStatement.objects.create(user=alice, reproach="alleen van alice"),
        "boundary": Boundary.objects.create(user=alice, not_ok="alleen van alice", i_will="x"),
    }


def urls_for(name: str, objects: dict) -> list[str]:
    if name == "dance:delete":
        return [
            reverse(name, args=[kind, objects[key].pk])
            for kind, key in [
                ("reflection", "reflection"),
                ("map", "map"),
                ("experiment", "experiment"),
                ("worry", "worry"),
                ("statement", "statement"),
                ("boundary", "boundary"),
            ]
        ]
    return [reverse(name, args=[objects[OBJECT_FOR_URL[name]].pk])]


def urls_with_arguments():
    return sorted({name for name, pattern in named_patterns() if pattern.pattern.converters} - NOT_PERSONAL)


def test_every_url_with_an_id_is_in_the_sweep():
    assert set(urls_with_arguments()) == set(OBJECT_FOR_URL)


@pytest.mark.parametrize("name", sorted(OBJECT_FOR_URL))
@pytest.mark.parametrize("who", ["bob_client", "carla_client"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_others_get_404(request, alice, name, who, method):
    objects = alices_objects(alice)
    client = request.getfixturevalue(who)
    for url in urls_for(name, objects):
        response = getattr(client, method)(
            url, {"body": "x", "sequence": 1, "zone": "mine"} if method == "post" else None
        )
        assert response.status_code in (404, 405), (url, who, method, response.status_code)
        assert "alleen van alice" not in response.content.decode()
    assert Worry.objects.get(user=alice).zone == "mine"
    assert IStatement.objects.get(user=alice).practised == 0
