from eerstestap.analysis.text import detect_language, split_sentences


def sentences(text, lang="nl"):
    return [text[a:b] for a, b in split_sentences(text, lang)]


def test_it_detects_dutch_and_english():
    assert detect_language("ik wacht al weken tot hij eens begint") == "nl"
    assert detect_language("I keep waiting for him to make the first move") == "en"
    assert detect_language("amai, ge moet da ni doen") == "nl"


def test_short_texts_fall_back_sensibly():
    assert detect_language("moe") == "nl"
    assert detect_language("") == "nl"
    assert detect_language("thinking") == "en"


def test_it_splits_on_end_marks_and_keeps_emoji_with_their_sentence():
    assert sentences("ik ben moe. hij zegt niks!! waarom altijd ik? 😢 morgen weer") == [
        "ik ben moe.",
        "hij zegt niks!!",
        "waarom altijd ik? 😢",
        "morgen weer",
    ]


def test_abbreviations_do_not_end_a_sentence():
    assert sentences("We gaan bv. naar zee. Fijn.") == ["We gaan bv. naar zee.", "Fijn."]
    assert sentences("He said i.e. never. Ok.", "en") == ["He said i.e. never.", "Ok."]


def test_line_breaks_end_a_sentence_without_punctuation():
    assert sentences("eerste gedachte\ntweede gedachte") == ["eerste gedachte", "tweede gedachte"]
