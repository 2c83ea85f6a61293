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
    # Every match contains one of these strings: a cheap `in` test skips the expression for most sentences.
    literals: tuple[str, ...] | None = None


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
    # Aho-Corasick automaton over every pattern's required strings: one pass over a sentence tells which
    # patterns can match at all; patterns without required strings are always tried.
    index: object = None
    always: frozenset = frozenset()


def _indexed(ruleset: RuleSet) -> RuleSet:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    keys: dict[str, list[tuple[int, int]]] = {}
    always = set()
    for i, rules in enumerate(ruleset.labels):
        for j, pattern in enumerate(rules.patterns):
            if pattern.literals is None:
                always.add((i, j))
            for text in pattern.literals or ():
                keys.setdefault(text, []).append((i, j))
    for text, ids in keys.items():
        automaton.add_word(text, tuple(ids))
    if keys:
        automaton.make_automaton()
    return RuleSet(ruleset.lang, ruleset.labels, ruleset.overcome, automaton if keys else None, frozenset(always))


def _lower_pattern(expression: str) -> str:
    """Lower-case the letters of an expression, but not escapes such as \\B, \\S or \\W."""
    out, escaped = [], False
    for char in expression:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


def _compile(expressions) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(_lower_pattern(e), FLAGS) for e in expressions or ())


def required_literals(expression: str) -> tuple[str, ...] | None:
    """Strings of which every match must contain at least one (None when no such set can be told).

    Read from the parsed expression: a run of literal characters, an alternation whose every branch has
    required strings, or a group or repeat (at least once) around such a part. The most selective one is kept.
    """
    from re import _constants as c
    from re import _parser

    def walk(sequence) -> set[str] | None:
        candidates: list[set[str]] = []
        run: list[str] = []

        def flush():
            if run:
                candidates.append({"".join(run)})
                run.clear()

        for op, av in sequence:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            flush()
            if op is c.SUBPATTERN:
                found = walk(av[-1])
            elif op is c.BRANCH:
                branches = [walk(branch) for branch in av[1]]
                found = set().union(*branches) if all(branches) else None
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
                found = walk(av[2])
            else:
                found = None
            if found:
                candidates.append(found)
        flush()
        if not candidates:
            return None
        return max(candidates, key=lambda group: (min(len(text) for text in group), -len(group)))

    try:
        found = walk(_parser.parse(expression))
    except Exception:  # noqa: BLE001 - an unusual construct only means no shortcut
        return None
    if not found or min(len(text) for text in found) < 2:
        return None
    return tuple(sorted(found))


def _label_rules(label: str, spec: dict, default_quoted: bool) -> LabelRules:
    patterns = []
    for item in spec.get("patterns", []):
        item = {"re": item} if isinstance(item, str) else item
        expression = _lower_pattern(item["re"])
        patterns.append(
            Pattern(
                re.compile(expression, FLAGS),
                bool(item.get("questions", False)),
                _compile(item.get("unless")),
                bool(item.get("quoted", default_quoted)),
                required_literals(expression),
            )
        )
    return LabelRules(
        label, tuple(patterns), _compile(spec.get("unless")), bool(spec.get("overcome", label in TRAP_LABELS))
    )


def _read(lang: str, name: str) -> dict:
    path = resources.files("eerstestap.analysis").joinpath(f"data/{lang}/{name}")
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=4)
def rule_set(lang: str) -> RuleSet:
    data = _read(lang, "rules.yaml")
    labels = tuple(_label_rules(label, spec or {}, False) for label, spec in (data.get("labels") or {}).items())
    return _indexed(RuleSet(lang, labels, _compile(data.get("overcome"))))


@lru_cache(maxsize=1)
def safety_set() -> RuleSet:
    """Safety rules of every language in one set, applied to every text whatever language was detected."""
    merged: dict[str, dict] = {}
    for lang in ("nl", "en"):
        for label, spec in (_read(lang, "safety.yaml").get("labels") or {}).items():
            merged.setdefault(label, {"patterns": []})["patterns"].extend((spec or {}).get("patterns", []))
    return _indexed(RuleSet("any", tuple(_label_rules(label, spec, True) for label, spec in merged.items()), ()))


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
        ruleset.index,
        ruleset.always,
    )
    return _match(sentence, relaxed, safety)


def _match(sentence: str, ruleset: RuleSet, safety: bool) -> dict[str, list[tuple[int, int]]]:
    lowered = sentence.lower()
    candidates = set(ruleset.always)
    if ruleset.index is not None:
        for _end, ids in ruleset.index.iter(lowered):
            candidates.update(ids)
    quotes = quoted_ranges(sentence)
    question = is_question(sentence)
    overcome = any(p.search(sentence) for p in ruleset.overcome)
    found: dict[str, list[tuple[int, int]]] = {}
    by_label: dict[int, list[int]] = {}
    for i, j in candidates:
        by_label.setdefault(i, []).append(j)
    for i in sorted(by_label):
        rules = ruleset.labels[i]
        if any(p.search(sentence) for p in rules.unless):
            continue
        if overcome and rules.overcome and not safety:
            continue
        spans = []
        for j in sorted(by_label[i]):
            pattern = rules.patterns[j]
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
