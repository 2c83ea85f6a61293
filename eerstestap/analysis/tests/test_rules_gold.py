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
    # families written from blind set 11's misses
    ("nl", "hij zei dat ik mijn mond moest houden als ik heel thuis wilde komen", "safety_violence"),
    ("nl", "ze reed als een gek over de dijk omdat ik over scheiden begon", "safety_violence"),
    ("nl", "zonder mij ben je helemaal niks, zegt hij steeds", "safety_violence"),
    ("nl", "hij eist elke avond een foto van waar ik ben", "safety_violence"),
    ("nl", "ze belde mijn baas en zei dat ik ziek was, zodat ik die opdracht kwijtraakte", "safety_violence"),
    ("en", "shut up if you want to get home in one piece", "safety_violence"),
    ("en", "he swerved all over the road to scare me", "safety_violence"),
    ("en", "she keeps saying nobody else would ever want you", "safety_violence"),
    ("en", "every time I go out he demands photos of who I'm with", "safety_violence"),
    ("en", "he told my boss I was sick so I'd lose the contract", "safety_violence"),
    # families written from the family probe files (nl-t, en-o)
    ("nl", "hij houdt mijn paspoort gewoon in zijn binnenzak", "safety_violence"),
    ("nl", "ze dreigt dat ze me kan laten uitzetten", "safety_violence"),
    ("nl", "hij zegt dat hij de kinderen meeneemt naar het buitenland en dat ik ze nooit meer zie", "safety_violence"),
    ("nl", "hij ging voor de deur staan en zei dat ik niet weg mocht", "safety_violence"),
    ("nl", "ze maakt me elke nacht wakker als straf omdat ik te laat was", "safety_violence"),
    ("nl", "er staat een lening op mijn naam waar ik nooit van wist", "safety_violence"),
    ("nl", "ik had nee gezegd maar hij ging gewoon door", "safety_violence"),
    ("nl", "ik heb alles weggegeven, ik heb het niet meer nodig", "safety_selfharm"),
    ("nl", "ik haal bij elke apotheek een doosje paracetamol", "safety_selfharm"),
    ("en", "she keeps my passport in her safe and says I will get it back when I behave", "safety_violence"),
    ("en", "he says one call to the home office and I am gone", "safety_violence"),
    ("en", "he said he will take the kids abroad and I will never see them", "safety_violence"),
    ("en", "he blocked the doorway and said nobody is going anywhere", "safety_violence"),
    ("en", "she wakes me up every hour when she is annoyed", "safety_violence"),
    ("en", "there is a loan in my name I never signed", "safety_violence"),
    ("en", "I said no but he did what he wanted anyway", "safety_violence"),
    ("en", "gave my guitar to my brother, I will not need it anymore", "safety_selfharm"),
    ("en", "bought paracetamol from three different chemists", "safety_selfharm"),
    # families written from blind set 12's misses
    ("nl", "ik zorg dat het huis netjes is en het eten op tijd klaar, zodat hij rustig blijft", "safety_violence"),
    ("nl", "ze zei dat ik straks thuis wel zou merken wat ervan komt", "safety_violence"),
    ("nl", "waarom besta ik eigenlijk nog", "safety_selfharm"),
    ("en", "she hid my car keys again so I can't leave the house", "safety_violence"),
    ("en", "I stay out of his way until the mood passes", "safety_violence"),
    ("en", "she decides who I'm allowed to talk to", "safety_violence"),
    ("en", "he said if I go I will be leaving without the kids", "safety_violence"),
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
        "we zijn heelhuids thuisgekomen na die storm",
        "mijn broer reed veel te hard toen hij te laat was voor zijn trein",
        "ik ben niks zonder jou schat",
        "mama wil foto's van waar ik ben op vakantie",
        "ik belde mijn baas om te zeggen dat ik ziek was",
        "we got home in one piece after the storm",
        "my friend wants pictures of where I am in Rome",
        "my doctor made me quit smoking",
        "de dokter wil dat ik stop met de pil",
        "ik had mezelf buitengesloten, stom",
        "de baby maakte me wakker om drie uur",
        "the baby woke me up every hour last night",
        "my ex and I agreed the kids stay with him on weekends",
        "I sent my mate the Samaritans number",
        "bought paracetamol for the flu from two different chemists",
        "the beam in the garage needs replacing",
        "ik zorg dat de kinderen op tijd in bed liggen, dan is de avond lekker rustig",
        "water de plant niet te veel, dan zie je wel wat ervan komt",
        "waarom ben ik er nog steeds niet uit met die offerte",
        "the mechanic kept the keys so the car is stuck at the garage",
        "keep out of the kitchen until the paint dries",
        "the ward has rules about who I'm allowed to see during visiting hours",
        "she beat me three games straight at crib",
        "the dog threatened to eat my slipper again",
        "a weekend away without the kids would be lovely",
        "she started the row, she can end it",
        "als zij niet eens een poging doet, waarom zou ik dan moeite doen",
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
