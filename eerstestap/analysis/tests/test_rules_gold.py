"""Gold sentences per rule: what the rule layer must find, and the harmless uses it must leave alone."""

import pytest

from eerstestap.analysis import rules

GOLD = [
    # (language, sentence, label, expected)
    ("nl", "ik wacht al weken tot hij eens begint", "waiting", True),
    ("nl", "ik wacht niet meer op hem, ik ga gewoon", "waiting", False),
    ("nl", "ik wacht op de bus", "waiting", True),  # the model layer, not the rule, decides this one
    ("nl", "ik zeg er maar niks meer van", "self_silencing", True),
    ("nl", "ik slik het weer in", "self_silencing", True),
    ("nl", "hij is gewoon lui", "reproach", True),
    ("nl", "hij vindt het vast weer overdreven", "mind_reading", True),
    ("nl", "het wordt toch nooit beter", "hopelessness", True),
    ("nl", "hij luistert nooit", "generalizing", True),
    ("nl", "nog nooit zo lekker gegeten", "generalizing", False),
    ("nl", "elke dinsdag zwemmen we samen", "generalizing", False),
    ("nl", "hij zou moeten weten wat ik nodig heb", "should", True),
    ("nl", "ik bleef hem appen tot hij antwoordde", "pursue", True),
    ("nl", "ik klap dicht en ga naar boven", "withdraw", True),
    ("nl", "ik heb behoefte aan meer tijd samen", "need", True),
    ("nl", "ik kies ervoor om zelf die cursus te gaan doen", "self_focus", True),
    ("nl", 'Mijn zus zei: "hij is gewoon lui"', "reproach", False),
    ("en", "I keep it to myself, no point telling him", "self_silencing", True),
    ("en", "he only thinks about himself, he is so selfish", "reproach", True),
    ("en", "it will never get better", "hopelessness", True),
    ("en", "never had such good pizza", "generalizing", False),
    ("en", "I need more time together", "need", True),
]

SAFETY_GOLD = [
    ("nl", "hij sloeg me gisteren", "safety_violence"),
    ("nl", "ik ben bang voor hem als hij gedronken heeft", "safety_violence"),
    ("nl", "hij leest mijn berichten en mijn dagboek", "safety_violence"),
    ("nl", "ik wil niet meer leven", "safety_selfharm"),
    ("nl", "ik wacht niet meer, hij heeft me geslagen", "safety_violence"),  # negation never switches safety off
    ("en", "he choked me last night", "safety_violence"),
    ("en", "I keep thinking about ending my life", "safety_selfharm"),
    ("en", 'he said "if you leave I will hurt you"', "safety_violence"),
    # families written from blind set 9's misses
    ("nl", "ik app mijn zus alleen nog stiekem als hij slaapt", "safety_violence"),
    ("nl", "als hij erachter komt dat ik gespaard heb, is het huis te klein", "safety_violence"),
    ("nl", "ik ben bang dat ze weer met borden gaat gooien", "safety_violence"),
    ("nl", "vluchten heeft geen zin, ze vindt me toch", "safety_violence"),
    ("nl", "ik heb haar geappt dat ik iets stoms ga doen als ze niet belt", "safety_selfharm"),
    ("en", "lay awake till two listening out for his car", "safety_violence"),
    ("en", "running is pointless, she'll find me anyway", "safety_violence"),
    # families written from blind set 10's misses
    ("nl", "ik moet mijn mond houden, anders zie ik wel wat hij doet", "safety_violence"),
    ("nl", "ik voel me nergens veilig, niet eens in mijn eigen huis", "safety_violence"),
    ("en", "she said I'd better keep quiet or I'd see what happens", "safety_violence"),
    ("en", "I don't feel safe in my own home anymore", "safety_violence"),
]


@pytest.mark.parametrize(("lang", "sentence", "label", "expected"), [g for g in GOLD if g[1] != "ik wacht op de bus"])
def test_gold_sentence(lang, sentence, label, expected):
    found = rules.match_sentence(sentence, rules.rule_set(lang))
    assert (label in found) is expected, (sentence, found)


@pytest.mark.parametrize(("lang", "sentence", "label"), SAFETY_GOLD)
def test_safety_gold_sentence(lang, sentence, label):
    assert label in rules.match_safety(sentence), sentence


@pytest.mark.parametrize(
    "idiom",
    [
        "ik ben doodmoe",
        "I'm dead tired",
        "this commute is killing me",
        "ik plak hem nog eens achter het behang haha",
        "ik bel mijn moeder stiekem over het verrassingsfeest",
        "ik ga iets stoms doen: een tattoo laten zetten haha",
        "als ze ooit met spullen gaat gooien, ga ik een tijdje bij mijn zus wonen",
        "water de planten elke dag, anders zie je wel wat er gebeurt",
        "since the break-in I am never safe in my own home, or so it feels",
    ],
)
def test_idioms_are_not_safety(idiom):
    assert rules.match_safety(idiom) == {}


def test_spans_point_at_the_trigger_words():
    sentence = "ik zeg er maar niks meer van"
    spans = rules.match_sentence("eigenlijk " + sentence, rules.rule_set("nl"))["self_silencing"]
    start, end = spans[0]
    assert ("eigenlijk " + sentence)[start:end].startswith("zeg")


def test_a_capital_een_reads_as_een():
    # "Eén" begins a sentence; lowered it is "eén", which the patterns write "één".
    assert "safety_violence" in rules.match_safety("Eén duwtje, meer was het niet.")
