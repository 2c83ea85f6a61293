import pytest
from django.db import connection
from django.urls import reverse

from eerstestap.dance import services
from eerstestap.dance.models import Boundary, DanceMap, Experiment, IStatement, Reflection, Worry
from eerstestap.journal.services import create_entry

pytestmark = pytest.mark.django_db

MAP = {
    "title": "De afwas",
    "trigger": "De afwas blijft staan.",
    "my_move": "Ik begin te mopperen.",
    "partner_move": "Mijn partner zet de tv harder.",
    "my_feeling": "Eenzaam en moe.",
    "my_need": "Samenwerking.",
}


def raw(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def test_three_questions_are_saved_sealed_and_get_cards(alice_client, alice):
    response = alice_client.post(
        reverse("dance:reflections"),
        {
            "waiting_for": "Ik wacht tot hij eindelijk eens begint over ons.",
            "holding_back": "",
            "wants_to_move": "Ik kies ervoor om zelf een cursus te gaan doen.",
        },
    )
    reflection = Reflection.objects.get(user=alice)
    assert response["Location"] == reverse("dance:reflection_detail", args=[reflection.pk])
    assert raw("dance_reflection", "waiting_for", reflection.pk).startswith("es1.")
    html = alice_client.get(response["Location"]).content.decode()
    assert "Wachten op de ander" in html and "Je eigen stap" in html


def test_three_questions_need_at_least_one_answer(alice_client):
    response = alice_client.post(
        reverse("dance:reflections"), {"waiting_for": " ", "holding_back": "", "wants_to_move": ""}
    )
    assert response.status_code == 400
    assert not Reflection.objects.exists()


def test_a_dance_map_is_shown_as_a_cycle_and_takes_a_new_step(alice_client, alice):
    response = alice_client.post(reverse("dance:map_new"), MAP)
    dance_map = DanceMap.objects.get(user=alice)
    html = alice_client.get(response["Location"]).content.decode()
    assert html.count('class="cycle-step"') == 5
    assert raw("dance_dancemap", "trigger", dance_map.pk).startswith("es1.")
    alice_client.post(
        reverse("dance:map_detail", args=[dance_map.pk]), {"new_step": "Ik doe de afwas samen met muziek."}
    )
    dance_map.refresh_from_db()
    assert dance_map.new_step == "Ik doe de afwas samen met muziek."
    edit = alice_client.post(
        reverse("dance:map_edit", args=[dance_map.pk]),
        {**MAP, "title": "Afwas, ronde 2", "new_step": dance_map.new_step},
    )
    assert edit.status_code == 302
    assert DanceMap.objects.get(pk=dance_map.pk).title == "Afwas, ronde 2"


def test_an_experiment_is_planned_then_logged_by_what_i_did(alice_client, alice):
    dance_map = DanceMap.objects.create(user=alice, **MAP, new_step="Ik ga wandelen.")
    form = alice_client.get(reverse("dance:experiment_new") + f"?map={dance_map.pk}").content.decode()
    assert "Ik ga wandelen." in form
    response = alice_client.post(
        reverse("dance:experiment_new"),
        {
            "dance_map": dance_map.pk,
            "step": "Ik ga zaterdag alleen wandelen.",
            "planned_for": "2026-12-05",
            "motive": "to_change",
        },
    )
    experiment = Experiment.objects.get(user=alice)
    page = alice_client.get(response["Location"]).content.decode()
    assert "om je partner te laten veranderen" in page
    alice_client.post(
        reverse("dance:experiment_detail", args=[experiment.pk]),
        {
            "status": "done",
            "what_i_did": "Twee uur gewandeld.",
            "feeling_score": "4",
            "feeling_words": "Vrij.",
            "learned": "Ik mag tijd voor mezelf nemen.",
            "partner_reaction": "Hij zei niks.",
        },
    )
    experiment.refresh_from_db()
    assert (experiment.status, experiment.feeling_score) == ("done", 4)
    assert experiment.logged_at is not None
    timeline = alice_client.get(reverse("dance:map_detail", args=[dance_map.pk])).content.decode()
    assert "Ik ga zaterdag alleen wandelen." in timeline


def test_an_experiment_needs_an_honest_motive(alice_client):
    response = alice_client.post(reverse("dance:experiment_new"), {"step": "Iets doen"})
    assert response.status_code == 400
    assert not Experiment.objects.exists()


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Ik kies ervoor om zelf een cursus te volgen", "mine"),
        ("Hij luistert nooit naar me en verandert toch niet", "not_mine"),
        ("He never listens and he won't change", "not_mine"),
    ],
)
def test_the_circle_suggests_a_zone_by_who_must_change(text, zone):
    assert services.suggest_zone(text) == zone


def test_the_person_can_overrule_the_suggested_zone(alice_client, alice):
    alice_client.post(reverse("dance:circle"), {"text": "Hij wil niet naar therapie"})
    worry = Worry.objects.get(user=alice)
    assert worry.zone == worry.suggested_zone == "not_mine"
    alice_client.post(reverse("dance:worry_zone", args=[worry.pk]), {"zone": "influence"})
    worry.refresh_from_db()
    assert worry.zone == "influence"
    assert "door jou hierheen verplaatst" in alice_client.get(reverse("dance:circle")).content.decode()


def test_a_reproach_becomes_an_i_statement_the_analyser_reads_as_need(alice_client, alice):
    reproach = "Jij luistert ook nooit naar me, je denkt alleen aan jezelf."
    assert {"reproach", "generalizing"} <= {f.label for f in services.statement_feedback(reproach)}
    parts = {
        "observation": "je gisteren op je telefoon keek terwijl ik over mijn werk vertelde",
        "feeling": "eenzaam",
        "need": "aandacht en verbinding",
        "request": "je telefoon weg te leggen als we praten",
    }
    statement = services.compose_statement(**parts)
    labels = {f.label for f in services.statement_feedback(statement)}
    assert "need" in labels and "reproach" not in labels
    alice_client.post(reverse("dance:statements"), {"reproach": reproach, **parts})
    saved = IStatement.objects.get(user=alice)
    html = alice_client.get(reverse("dance:statement_detail", args=[saved.pk])).content.decode()
    assert "eenzaam" in html
    alice_client.post(reverse("dance:statement_practised", args=[saved.pk]))
    saved.refresh_from_db()
    assert saved.practised == 1


def test_live_feedback_answers_json(alice_client):
    response = alice_client.post(
        reverse("dance:feedback", args=["statement"]),
        {"observation": "je nooit luistert", "feeling": "", "need": "", "request": ""},
    )
    assert response.status_code == 200
    assert {"text", "feedback"} <= set(response.json())
    assert alice_client.post(reverse("dance:feedback", args=["nope"])).status_code == 404


def test_the_boundary_builder_flags_threats_and_demands(alice_client, alice):
    flagged = {
        f.label for f in services.boundary_feedback("Hij schreeuwt altijd", "Hij moet stoppen, anders ga je zien")
    }
    assert "threat" in flagged
    good = services.boundary_feedback(
        "Als er tegen me geschreeuwd wordt", "Ik stop het gesprek en ga een rondje lopen."
    )
    assert [f.kind for f in good] == ["good"]
    alice_client.post(
        reverse("dance:boundaries"),
        {"not_ok": "Geschreeuw tijdens ruzie", "i_will": "Ik stop het gesprek en ga wandelen.", "statement": ""},
    )
    boundary = Boundary.objects.get(user=alice)
    alice_client.post(reverse("dance:boundary_detail", args=[boundary.pk]), {"held": "yes", "note": "Gelukt."})
    assert boundary.logs.get().held is True


def test_a_boundary_needs_both_parts(alice_client):
    response = alice_client.post(reverse("dance:boundaries"), {"not_ok": "Geschreeuw", "i_will": ""})
    assert response.status_code == 400
    assert not Boundary.objects.exists()


def test_tools_show_safety_first_after_recent_safety_writing(alice_client, alice):
    assert "Je veiligheid komt eerst" not in alice_client.get(reverse("dance:statements")).content.decode()
    create_entry(alice, "Hij heeft me gisteren geslagen.", 1, [])
    for name in ["dance:statements", "dance:boundaries", "dance:experiments", "dance:maps"]:
        main = alice_client.get(reverse(name)).content.decode().split("<main", 1)[1]
        assert "Je veiligheid komt eerst" in main, name
        if "<form" in main:
            assert main.index("Je veiligheid komt eerst") < main.index("<form"), name


def test_deleting_a_tool_item(alice_client, alice):
    worry = Worry.objects.create(user=alice, text="x", zone="mine")
    assert alice_client.get(reverse("dance:delete", args=["worry", worry.pk])).status_code == 200
    alice_client.post(reverse("dance:delete", args=["worry", worry.pk]))
    assert not Worry.objects.exists()
    assert alice_client.get(reverse("dance:delete", args=["nothing", 1])).status_code == 404
