"""The rule layer: lexicons and patterns as data (data/<lang>/rules.yaml, data/<lang>/safety.yaml).

Each label has regular expressions matched per sentence, case-insensitively. The rules know:
- quotes: words inside quotation marks are someone else's and carry no pattern label (rule 2; safety excepted);
- questions: a pattern only counts in a question when it is marked `questions: true` (rule 4);
- overcome/negation: the language's `overcome` cues cancel trap labels in the same sentence (rule 3);
- `unless`: per label or per pattern, expressions that mark a harmless use ("ik moet nog boodschappen doen").
Safety patterns are matched for every language and never cancelled by negation (safety comes first).
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .model import SAFETY_LABELS, TRAP_LABELS

QUOTED = re.compile(r"\"[^\"]{2,}\"|“[^”]{2,}”|„[^”“]{2,}[”“]|‘[^’]{2,}’|«[^»]{2,}»|(?<!\w)'[^']{2,}'(?!\w)")
# Sentences are lower-cased once before matching (much faster than IGNORECASE on every scan); the rare text whose
# lower-case form has another length is matched case-insensitively instead, so spans always fit the original.
FLAGS = re.UNICODE
FLAGS_ANY_CASE = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern
    questions: bool
    unless: tuple[re.Pattern, ...]
    quoted: bool  # also counts inside quotes (a partner's threat is safety, quoted or not)


@dataclass(frozen=True)
class LabelRules:
    label: str
    patterns: tuple[Pattern, ...]
    unless: tuple[re.Pattern, ...]
    overcome: bool


@dataclass(frozen=True)
class RuleSet:
    lang: str
    labels: tuple[LabelRules, ...]
    overcome: tuple[re.Pattern, ...]


def _lower_pattern(expression: str) -> str:
    """Lower-case the letters of an expression, but not escapes such as \\B, \\S or \\W."""
    out, escaped = [], False
    for char in expression:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


def _compile(expressions) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(_lower_pattern(e), FLAGS) for e in expressions or ())


def _label_rules(label: str, spec: dict, default_quoted: bool) -> LabelRules:
    """Patterns that behave the same are joined into one expression: one scan per group, not per pattern."""
    groups: dict[tuple, list[str]] = {}
    for item in spec.get("patterns", []):
        item = {"re": item} if isinstance(item, str) else item
        re.compile(item["re"], FLAGS)  # fail early, naming the faulty expression
        key = (
            bool(item.get("questions", False)),
            tuple(item.get("unless") or ()),
            bool(item.get("quoted", default_quoted)),
        )
        groups.setdefault(key, []).append(_lower_pattern(item["re"]))
    patterns = tuple(
        Pattern(re.compile("|".join(f"(?:{e})" for e in expressions), FLAGS), questions, _compile(unless), quoted)
        for (questions, unless, quoted), expressions in groups.items()
    )
    return LabelRules(label, patterns, _compile(spec.get("unless")), bool(spec.get("overcome", label in TRAP_LABELS)))


def _read(lang: str, name: str) -> dict:
    path = resources.files("eerstestap.analysis").joinpath(f"data/{lang}/{name}")
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=4)
def rule_set(lang: str) -> RuleSet:
    data = _read(lang, "rules.yaml")
    labels = tuple(_label_rules(label, spec or {}, False) for label, spec in (data.get("labels") or {}).items())
    return RuleSet(lang, labels, _compile(data.get("overcome")))


@lru_cache(maxsize=1)
def safety_set() -> RuleSet:
    """Safety rules of every language in one set, applied to every text whatever language was detected."""
    merged: dict[str, dict] = {}
    for lang in ("nl", "en"):
        for label, spec in (_read(lang, "safety.yaml").get("labels") or {}).items():
            merged.setdefault(label, {"patterns": []})["patterns"].extend((spec or {}).get("patterns", []))
    return RuleSet("any", tuple(_label_rules(label, spec, True) for label, spec in merged.items()), ())


def quoted_ranges(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTED.finditer(sentence)]


def is_question(sentence: str) -> bool:
    stripped = re.sub(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d.!]+$", "", sentence)
    return stripped.endswith("?")


def _inside(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in ranges)


def match_sentence(sentence: str, ruleset: RuleSet, safety: bool = False) -> dict[str, list[tuple[int, int]]]:
    """Label -> spans (relative to the sentence) found by the rules in one sentence."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        return _match_any_case(sentence, ruleset, safety)
    return _match(lowered, ruleset, safety)


def _match_any_case(sentence: str, ruleset: RuleSet, safety: bool) -> dict[str, list[tuple[int, int]]]:
    def any_case(p: re.Pattern) -> re.Pattern:
        return re.compile(p.pattern, FLAGS_ANY_CASE)

    relaxed = RuleSet(
        ruleset.lang,
        tuple(
            LabelRules(
                r.label,
                tuple(
                    Pattern(any_case(p.regex), p.questions, tuple(map(any_case, p.unless)), p.quoted)
                    for p in r.patterns
                ),
                tuple(map(any_case, r.unless)),
                r.overcome,
            )
            for r in ruleset.labels
        ),
        tuple(map(any_case, ruleset.overcome)),
    )
    return _match(sentence, relaxed, safety)


def _match(sentence: str, ruleset: RuleSet, safety: bool) -> dict[str, list[tuple[int, int]]]:
    quotes = quoted_ranges(sentence)
    question = is_question(sentence)
    overcome = any(p.search(sentence) for p in ruleset.overcome)
    found: dict[str, list[tuple[int, int]]] = {}
    for rules in ruleset.labels:
        if any(p.search(sentence) for p in rules.unless):
            continue
        if overcome and rules.overcome and not safety:
            continue
        spans = []
        for pattern in rules.patterns:
            if question and not pattern.questions and not safety:
                continue
            if pattern.unless and any(u.search(sentence) for u in pattern.unless):
                continue
            for m in pattern.regex.finditer(sentence):
                if m.end() > m.start() and (pattern.quoted or not _inside(m.span(), quotes)):
                    spans.append(m.span())
        if spans:
            found[rules.label] = sorted(set(spans))
    return found


def match_safety(sentence: str) -> dict[str, list[tuple[int, int]]]:
    found = match_sentence(sentence, safety_set(), safety=True)
    return {label: spans for label, spans in found.items() if label in SAFETY_LABELS}


@lru_cache(maxsize=1)
def safety_cues() -> dict[str, re.Pattern]:
    """Broad safety cues of both languages, one expression per label (data/<lang>/safety_cues.yaml)."""
    merged: dict[str, list[str]] = {}
    for lang in ("nl", "en"):
        for label, expressions in (_read(lang, "safety_cues.yaml").get("labels") or {}).items():
            merged.setdefault(label, []).extend(_lower_pattern(e) for e in expressions or [])
    return {label: re.compile("|".join(f"(?:{e})" for e in exprs), FLAGS) for label, exprs in merged.items()}


def match_cues(text: str) -> set[str]:
    lowered = text.lower()
    return {label for label, pattern in safety_cues().items() if pattern.search(lowered)}
