"""Language detection, sentence splitting and tokens with character offsets."""

import re
from functools import lru_cache
from importlib import resources

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", re.UNICODE)
# Sentence ends: . ! ? … (repeated), or a line break; emoji right after an end stay with their sentence.
END = re.compile(r"([.!?…]+[\"'”’)\]]*(?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+)*)(\s+|$)|\n+")


@lru_cache(maxsize=4)
def word_list(lang: str, name: str) -> frozenset[str]:
    text = resources.files("eerstestap.analysis").joinpath(f"data/{lang}/{name}").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def detect_language(text: str) -> str:
    """ "nl" or "en", from function words; short or mixed texts fall back to Dutch-looking spelling, then Dutch."""
    words = TOKEN.findall(text.lower())
    nl = sum(map(word_list("nl", "stopwords.txt").__contains__, words))
    en = sum(map(word_list("en", "stopwords.txt").__contains__, words))
    if nl != en:
        return "nl" if nl > en else "en"
    lowered = text.lower()
    dutch_marks = len(re.findall(r"ij|oe|ui|aa|ee|sch|cht", lowered))
    english_marks = len(re.findall(r"th|wh|ing\b|ck", lowered))
    return "en" if english_marks > dutch_marks else "nl"


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences; abbreviations such as "bv." or "e.g." do not end one."""
    abbreviations = word_list(lang, "abbreviations.txt")
    spans = []
    start = 0
    for match in END.finditer(text):
        end = match.end(1) if match.group(1) else match.start()
        if match.group(1) and match.group(1).startswith("."):
            # the word before the full stop; a short window is enough (abbreviations are short)
            before = text[max(start, match.start(1) - 12) : match.start(1)].split()
            last = before[-1].lower() if before else ""
            following = text[match.end() : match.end() + 1]
            if last + "." in abbreviations or (len(last) == 1 and last.isalpha() and following.isupper()):
                continue
        _add(spans, text, start, end)
        start = match.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))


@lru_cache(maxsize=200_000)
def dictionary_lemma(word: str, lang: str) -> str:
    """simplemma's lemma. Training only: simplemma loads ~60 MB of dictionaries; the trained model keeps the few
    entries that matter (classifier.LanguageModel.lemma)."""
    import simplemma

    return simplemma.lemmatize(word, lang=lang)
