"""The public contract of ANALYSIS.md: Python API, JSON shape and the command line."""

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eerstestap.analysis import LABELS, MAX_CHARS, TextTooLong, analyse


def test_the_result_has_language_sentences_labels_scores_and_spans():
    text = "Ik wacht al weken tot hij eens begint. Ik heb behoefte aan rust."
    result = analyse(text)
    data = result.to_dict()
    assert data["lang"] == "nl"
    assert [s["text"] for s in data["sentences"]] == [
        "Ik wacht al weken tot hij eens begint.",
        "Ik heb behoefte aan rust.",
    ]
    assert set(data["labels"]) >= {"waiting", "need"}
    for sentence in data["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        for hit in sentence["labels"]:
            assert hit["label"] in LABELS and 0 <= hit["score"] <= 1
            for start, end in hit["spans"]:
                assert sentence["start"] <= start < end <= sentence["end"]
    assert data["labels"] == [
        lb for lb in LABELS if any(lb == h["label"] for s in data["sentences"] for h in s["labels"])
    ]


def test_safety_overrides_and_is_found_whatever_the_language():
    assert "safety_violence" in analyse("He hit me again. Ik ben bang.", lang="nl").labels
    assert analyse("hij heeft me geslagen").has_safety


def test_very_long_texts_are_refused_clearly():
    with pytest.raises(TextTooLong):
        analyse("a" * (MAX_CHARS + 1))
    with pytest.raises(TextTooLong):
        analyse("woord " * 200_000)  # 1.2 MB


def test_a_long_entry_is_handled():
    result = analyse("Ik voel me alleen en hij luistert nooit. " * 2_000)
    assert "generalizing" in result.labels


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes_and_spans_stay_inside(text):
    first = analyse(text)
    assert first.to_dict() == analyse(text).to_dict()
    for sentence in first.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)
        for hit in sentence.labels:
            for start, end in hit.spans:
                assert 0 <= start < end <= len(text)


def run_cli(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "eerstestap.cli", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_the_jsonl_command_answers_every_line_and_survives_bad_ones():
    lines = "\n".join(
        [
            json.dumps({"id": 1, "text": "Ik slik het weer in.", "extra": "ignored"}),
            "dit is geen json",
            json.dumps({"id": "b", "text": "I need a break, I feel so alone."}),
            json.dumps({"id": 3}),
        ]
    )
    result = run_cli("analyse", "--jsonl", stdin=lines)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == [1, None, "b", 3]
    assert "self_silencing" in out[0]["labels"] and out[0]["lang"] == "nl"
    assert "error" in out[1] and "error" in out[3]
    assert out[2]["lang"] == "en" and "need" in out[2]["labels"]
    assert set(out[0]) >= {"id", "lang", "labels", "sentences"}


def test_the_readable_command_and_the_file_form(tmp_path):
    path = tmp_path / "entry.txt"
    path.write_text("Hij luistert nooit.", encoding="utf-8")
    assert "generalizing" in run_cli("analyse", str(path)).stdout
    assert "language: nl" in run_cli("analyse", "Ik zeg er maar niks meer van.").stdout


def test_the_analyser_never_imports_django():
    code = "import sys, eerstestap.analysis as a; a.analyse('ik wacht'); print('django' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False", result.stderr


def test_evaluate_scores_any_labelled_file(tmp_path):
    path = tmp_path / "held-out.jsonl"
    rows = [
        {"id": 1, "text": "Ik slik het weer in, zoals altijd.", "labels": ["self_silencing"]},
        {"id": 2, "text": "I need some time for myself, I feel worn out.", "labels": ["need"]},
        {"id": 3, "text": "Vandaag boodschappen gedaan en gefietst.", "labels": []},
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    result = run_cli("analysis", "evaluate", "--file", str(path), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert set(scores) == {"nl", "en"}
    assert scores["nl"]["per_label"]["self_silencing"]["support"] == 1
