"""The rule layer: lexicons and patterns as data (data/<lang>/rules.yaml, data/<lang>/safety.yaml).

Each label has regular expressions matched per sentence, case-insensitively. The rules know:
- quotes: words inside quotation marks are someone else's and carry no pattern label (rule 2; safety excepted);
- questions: a pattern only counts in a question when it is marked `questions: true` (rule 4);
- overcome/negation: the language's `overcome` cues cancel trap labels in the same sentence (rule 3);
- `unless`: per label or per pattern, expressions that mark a harmless use ("ik moet nog boodschappen doen").
Safety patterns are matched for every language and never cancelled by negation (safety comes first).
"""

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter

import yaml

from .model import SAFETY_LABELS, TRAP_LABELS
from .text import word_list

QUOTED = re.compile(r"\"[^\"]{2,}\"|“[^”]{2,}”|„[^”“]{2,}[”“]|‘[^’]{2,}’|«[^»]{2,}»|(?<!\w)'[^']{2,}'(?!\w)")
QUOTE_OPENERS = frozenset("\"“„‘«'")  # a quote starts with one of these: without them the search is skipped
# Reported speech without quote marks: "de instructeur zei: nooit remmen in de bocht". What follows the colon is
# someone else's words (ANALYSIS.md rule 2), unless the speaker is the writer ("ik zei: ...").
SPEECH = re.compile(
    r"\b(\w+)\s+(?:\w+\s+)?(?:zei|zegt|zeggen|zeiden|riep|roept|vroeg|vraagt|appte|appt|schreef|schrijft|said|says|"
    r"asked|asks|shouted|texted|wrote|goes)\s*:\s*(?=\S)",
    re.IGNORECASE | re.UNICODE,
)
WRITER = frozenset({"ik", "i", "k", "'k"})
# Sentences are lower-cased once before matching (much faster than IGNORECASE on every scan); the rare text whose
# lower-case form has another length is matched case-insensitively instead, so spans always fit the original.
FLAGS = re.UNICODE
FLAGS_ANY_CASE = re.IGNORECASE | re.UNICODE
ALSO_MIN_LENGTH = 3


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern
    questions: bool
    unless: tuple[re.Pattern, ...]
    quoted: bool  # also counts inside quotes (a partner's threat is safety, quoted or not)
    # Every match contains a string of each group: one Aho-Corasick pass over the sentence skips the expression
    # for most sentences (the first, most selective group is indexed; the others are checked after).
    requires: tuple[tuple[str, ...], ...] = ()

    @property
    def also_requires(self) -> tuple[frozenset[str], ...]:
        """The groups after the indexed one, as sets (a set test is much cheaper than a loop). Groups with a short
        string are left out: "en" or "t " occur in nearly every sentence, filter nothing and cost an index hit each."""
        return tuple(frozenset(group) for group in self.requires[1:] if min(map(len, group)) >= ALSO_MIN_LENGTH)


@dataclass(frozen=True)
class LabelRules:
    label: str
    patterns: tuple[Pattern, ...]
    unless: re.Pattern | None
    overcome: bool
    safety: bool = False  # safety rules count in questions too (and are never cancelled as overcome)


@dataclass(frozen=True)
class RuleSet:
    lang: str
    labels: tuple[LabelRules, ...]
    overcome: re.Pattern | None
    # Aho-Corasick automaton over every pattern's required strings: one pass over a sentence tells which
    # patterns can match at all; patterns without required strings are always tried.
    index: object = None
    always: frozenset = frozenset()
    also: dict = field(default_factory=dict)  # pattern -> the further groups it requires, as string numbers
    opens: tuple = ()  # string number -> the patterns it opens
    # The numbers of the strings one of which every overcome cue contains; None: search the cues in every sentence.
    overcome_keys: frozenset | None = None


def _indexed(ruleset: RuleSet) -> RuleSet:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    keys: dict[str, list[tuple[int, int]]] = {}
    always = set()
    for i, rules in enumerate(ruleset.labels):
        for j, pattern in enumerate(rules.patterns):
            if not pattern.requires:
                always.add((i, j))
                continue
            for text in pattern.requires[0]:
                keys.setdefault(text, []).append((i, j))
            for group in pattern.also_requires:
                for text in group:
                    keys.setdefault(text, [])
    # The overcome cues are searched only when one of their strings is in the sentence (a long alternation, and it
    # ran for every sentence with a trap label).
    overcome_strings = None
    if ruleset.overcome is not None:
        firsts = [required_literals(branch) for branch in top_level_branches(ruleset.overcome.pattern)]
        if all(firsts):
            overcome_strings = {text for groups in firsts for text in groups[0]}
            for text in overcome_strings:
                keys.setdefault(text, [])
    # Each string is stored as its number: a set of small integers is built and compared faster than one of strings
    # or tuples, and this runs for every sentence (the rule layer took 8% fewer instructions under callgrind).
    numbers = {text: k for k, text in enumerate(keys)}
    for text, k in numbers.items():
        automaton.add_word(text, k)
    if keys:
        automaton.make_automaton()
    also = {
        (i, j): tuple(frozenset(numbers[text] for text in group) for group in pattern.also_requires)
        for i, rules in enumerate(ruleset.labels)
        for j, pattern in enumerate(rules.patterns)
        if pattern.also_requires
    }
    opens = tuple(tuple(ids) for ids in keys.values())
    index = automaton if keys else None
    overcome_keys = frozenset(numbers[text] for text in overcome_strings) if overcome_strings is not None else None
    return RuleSet(ruleset.lang, ruleset.labels, ruleset.overcome, index, frozenset(always), also, opens, overcome_keys)


def _lower_pattern(expression: str) -> str:
    """Lower-case the letters of an expression, but not escapes such as \\B, \\S or \\W."""
    out, escaped = [], False
    for char in expression:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


def _compile(expressions) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(_lower_pattern(e), FLAGS) for e in expressions or ())


def _compile_one(expressions) -> re.Pattern | None:
    """Several expressions as one alternation: one scan of the sentence instead of one per expression."""
    expressions = [_lower_pattern(e) for e in expressions or ()]
    return re.compile("|".join(f"(?:{e})" for e in expressions), FLAGS) if expressions else None


def _selectivity(group) -> tuple[int, int, int]:
    """Higher is rarer: no function word ("ik", "the") among the strings, then the shortest string's length."""
    return (-sum(_common(text) for text in group), min(len(text) for text in group), -len(group))


@cache
def _common(text: str) -> bool:
    """Only function words: such a string is in most sentences, so it filters little."""
    function_words = word_list("nl", "stopwords.txt") | word_list("en", "stopwords.txt")
    return all(word in function_words for word in text.split())


# The index reads a sentence with every non-word character as a space, padded with a space at both ends. A literal
# the expression can only match at a word boundary then carries that space (" od " for \bod\b): far rarer than
# "od", which is inside "goods" and "methode". The length stays the same, so nothing that matches can be missed.
NON_WORD = re.compile(r"\W", FLAGS)
WORD_CHAR = re.compile(r"\w", FLAGS)


def index_form(lowered: str) -> str:
    return f" {NON_WORD.sub(' ', lowered)} "


EXPANSION_LIMIT = 24  # strings one part of an expression may stand for before it is split up


def required_literals(expression: str) -> tuple[tuple[str, ...], ...]:
    """Groups of strings: every match contains at least one string of each group (empty when none can be told).

    Read from the parsed expression. Consecutive parts that stand for a few fixed strings (literals, small
    character classes, alternations of such, optional parts) are expanded into the strings they can match,
    with the space of a word boundary next to them (see index_form); a group or repeat (at least once) is
    searched inside. Strings are in index form. Most selective group first.
    """
    from re import _constants as c
    from re import _parser

    def boundary(item) -> bool:
        return item[0] is c.AT and item[1] is c.AT_BOUNDARY

    def strings_of(sequence) -> set[str] | None:
        """The fixed strings a part can match, or None when there are too many or they cannot be told."""
        found = {""}
        for op, av in sequence:
            if op is c.LITERAL:
                options = {chr(av)}
            elif op is c.IN and len(av) <= 4 and all(kind is c.LITERAL for kind, _ in av):
                options = {chr(code) for _, code in av}
            elif op is c.SUBPATTERN:
                options = strings_of(av[-1])
            elif op is c.BRANCH:
                parts = [strings_of(branch) for branch in av[1]]
                options = None if any(part is None for part in parts) else set().union(*parts)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
                inner = strings_of(av[2])
                options = None if inner is None else inner | {""}
            else:
                return None
            if options is None or len(found) * len(options) > EXPANSION_LIMIT:
                return None
            found = {a + b for a in found for b in options}
        return found

    def padded(strings: set[str], bounded_before: bool, bounded_after: bool) -> frozenset[str]:
        out = set()
        for text in strings:
            form = NON_WORD.sub(" ", text)
            if bounded_before and text and WORD_CHAR.match(text[0]):
                form = " " + form
            if bounded_after and text and WORD_CHAR.match(text[-1]):
                form += " "
            out.add(form)
        return frozenset(out)

    def walk(sequence, bounded_before: bool = False, bounded_after: bool = False) -> list[frozenset[str]]:
        items = list(sequence)
        groups: list[frozenset[str]] = []
        run: set[str] | None = None  # the strings of the consecutive fixed parts so far
        run_bounded = False

        def close(bounded_after_run: bool) -> None:
            nonlocal run
            if run is not None and "" not in run:
                groups.append(padded(run, run_bounded, bounded_after_run))
            run = None

        for k, (op, av) in enumerate(items):
            before = boundary(items[k - 1]) if k else bounded_before
            after = boundary(items[k + 1]) if k + 1 < len(items) else bounded_after
            options = strings_of([(op, av)]) if not boundary((op, av)) else None
            if options is not None:
                if run is not None and len(run) * len(options) <= EXPANSION_LIMIT:
                    run = {a + b for a in run for b in options}
                else:
                    close(False)
                    run, run_bounded = options, before
                continue
            if boundary((op, av)):
                close(True)
                continue
            close(False)
            if op is c.SUBPATTERN:
                groups.extend(walk(av[-1], before, after))
            elif op is c.BRANCH:
                branches = [walk(branch, before, after) for branch in av[1]]
                if all(branches):
                    groups.append(frozenset().union(*(max(b, key=_selectivity) for b in branches)))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
                groups.extend(walk(av[2]))
        close(bounded_after)
        return groups

    try:
        groups = walk(_parser.parse(expression))
    except Exception:  # noqa: BLE001 - an unusual construct only means no shortcut
        return ()
    # Strings of one character (or of spaces only) are everywhere: such a group filters nothing.
    useful = {group for group in groups if all(len(text) >= 2 and text.strip() for text in group)}
    return tuple(
        tuple(sorted(group)) for group in sorted(useful, key=lambda g: (_selectivity(g), sorted(g)), reverse=True)
    )


def top_level_branches(expression: str) -> list[str]:
    """`a|b|c` as ["a", "b", "c"]: the `|` outside groups and character classes."""
    branches, depth, class_from, escaped, start = [], 0, -1, False, 0
    for index, char in enumerate(expression):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif class_from >= 0:
            # a "]" right after "[" or "[^" is a literal, not the end of the class
            if char == "]" and expression[class_from + 1 : index] not in ("", "^"):
                class_from = -1
        elif char == "[":
            class_from = index
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(expression[start:index])
            start = index + 1
    branches.append(expression[start:])
    return branches


def _label_rules(label: str, spec: dict, default_quoted: bool, safety: bool = False) -> LabelRules:
    patterns = []
    for item in spec.get("patterns", []):
        item = {"re": item} if isinstance(item, str) else item
        unless = _compile(item.get("unless"))
        # Joined alternatives are matched one by one: each has its own required strings, so the index skips
        # most of them (a joined expression needs only one common word such as "ik" to be tried).
        for branch in top_level_branches(_lower_pattern(item["re"])):
            patterns.append(
                Pattern(
                    re.compile(branch, FLAGS),
                    bool(item.get("questions", False)),
                    unless,
                    bool(item.get("quoted", default_quoted)),
                    required_literals(branch),
                )
            )
    return LabelRules(
        label,
        tuple(patterns),
        _compile_one(spec.get("unless")),
        bool(spec.get("overcome", label in TRAP_LABELS)),
        safety,
    )


def _read(lang: str, name: str) -> dict:
    path = resources.files("eerstestap.analysis").joinpath(f"data/{lang}/{name}")
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=4)
def rule_set(lang: str) -> RuleSet:
    data = _read(lang, "rules.yaml")
    labels = tuple(_label_rules(label, spec or {}, False) for label, spec in (data.get("labels") or {}).items())
    return _indexed(RuleSet(lang, labels, _compile_one(data.get("overcome"))))


CUE = "cue:"  # labels of the broad safety cues inside the safety set ("cue:nl:safety_violence")


@lru_cache(maxsize=1)
def safety_set() -> RuleSet:
    """Safety rules of every language in one set, applied to every text whatever language was detected.

    The broad safety cues (data/<lang>/safety_cues.yaml, a feature of the model) ride along as labels
    "cue:<lang>:...", so one pass over a sentence finds both. Cues stay with their language: English "die" and
    "last" are everyday Dutch and English words, and the other way round."""
    merged: dict[str, dict] = {}
    for lang in ("nl", "en"):
        for label, spec in (_read(lang, "safety.yaml").get("labels") or {}).items():
            target = merged.setdefault(label, {"patterns": [], "unless": []})
            target["patterns"].extend((spec or {}).get("patterns", []))
            target["unless"].extend((spec or {}).get("unless", []))
    for lang in ("nl", "en"):
        for label, expressions in (_read(lang, "safety_cues.yaml").get("labels") or {}).items():
            merged.setdefault(f"{CUE}{lang}:{label}", {"patterns": []})["patterns"].extend(expressions or [])
    return _indexed(
        RuleSet("any", tuple(_label_rules(label, spec, True, safety=True) for label, spec in merged.items()), None)
    )


@lru_cache(maxsize=4)
def combined_set(lang: str) -> RuleSet:
    """The language's rules and the safety rules (with their cues) as one set: one index pass per sentence."""
    language, safety = rule_set(lang), safety_set()
    other_cues = tuple(f"{CUE}{other}:" for other in ("nl", "en") if other != lang)
    kept = tuple(rules for rules in safety.labels if not rules.label.startswith(other_cues))
    return _indexed(RuleSet(lang, language.labels + kept, language.overcome))


def match_all(sentence: str, lang: str) -> tuple[dict[str, list[tuple[int, int]]], set[str]]:
    """Pattern and safety labels -> spans in one sentence, and the safety labels with a broad cue."""
    found = match_sentence(sentence, combined_set(lang))
    return {label: spans for label, spans in found.items() if not label.startswith(CUE)}, _cues(found, lang)


def _cues(found: dict, lang: str) -> set[str]:
    """The safety labels with a broad cue of the text's own language among the labels found."""
    prefix = f"{CUE}{lang}:"
    return {label[len(prefix) :] for label in found if label.startswith(prefix)}


def quoted_ranges(sentence: str) -> list[tuple[int, int]]:
    ranges = [] if QUOTE_OPENERS.isdisjoint(sentence) else [m.span() for m in QUOTED.finditer(sentence)]
    if ":" in sentence:
        speech = SPEECH.search(sentence)
        if speech and speech.group(1).lower() not in WRITER:
            ranges.append((speech.end(), len(sentence)))
    return ranges


QUESTION_TAIL = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d.!]+$")


def is_question(sentence: str) -> bool:
    return "?" in sentence and QUESTION_TAIL.sub("", sentence).endswith("?")


def _inside(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in ranges)


def match_sentence(sentence: str, ruleset: RuleSet, safety: bool = False) -> dict[str, list[tuple[int, int]]]:
    """Label -> spans (relative to the sentence) found by the rules in one sentence."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        return _match(sentence, lowered, _any_case(ruleset), safety)
    if "eén" in lowered:
        lowered = CAPITAL_EEN.sub("één", lowered)  # "Eén" starts a sentence; lowered it is "eén", not "één"
    return _match(lowered, lowered, ruleset, safety)


CAPITAL_EEN = re.compile(r"\beén\b")
SECOND = itemgetter(1)


_ANY_CASE: dict[int, tuple[RuleSet, RuleSet]] = {}


def _any_case(ruleset: RuleSet) -> RuleSet:
    """The rule set compiled case-insensitively, built once per rule set: recompiling two thousand expressions for
    every sentence with an "İ" took a third of a second per sentence."""
    cached = _ANY_CASE.get(id(ruleset))
    if cached is None or cached[0] is not ruleset:
        cached = _ANY_CASE[id(ruleset)] = (ruleset, _compiled_any_case(ruleset))
    return cached[1]


def _compiled_any_case(ruleset: RuleSet) -> RuleSet:
    def any_case(p: re.Pattern | None) -> re.Pattern | None:
        return re.compile(p.pattern, FLAGS_ANY_CASE) if p is not None else None

    return RuleSet(
        ruleset.lang,
        tuple(
            LabelRules(
                r.label,
                tuple(
                    Pattern(any_case(p.regex), p.questions, tuple(map(any_case, p.unless)), p.quoted, p.requires)
                    for p in r.patterns
                ),
                any_case(r.unless),
                r.overcome,
                r.safety,
            )
            for r in ruleset.labels
        ),
        any_case(ruleset.overcome),
        ruleset.index,
        ruleset.always,
        ruleset.also,
        ruleset.opens,
        ruleset.overcome_keys,
    )


def _match(sentence: str, lowered: str, ruleset: RuleSet, safety: bool) -> dict[str, list[tuple[int, int]]]:
    """`sentence` is what the expressions search (lower-cased unless the rule set is the case-insensitive one);
    `lowered` is what the index reads."""
    by_label: dict[int, list[int]] = {}
    present: frozenset[int] | set[int] = frozenset()  # the empty frozenset is a shared constant
    for candidate in ruleset.always:
        by_label.setdefault(candidate[0], []).append(candidate[1])
    if ruleset.index is not None:
        indexed = index_form(lowered)
        present = set(map(SECOND, ruleset.index.iter(indexed)))
        also, opens = ruleset.also, ruleset.opens
        for candidate in {candidate for k in present for candidate in opens[k]}:
            # Each further group of required strings must be in the sentence too (they are in the index as well).
            groups = also.get(candidate)
            if groups is None or not any(map(present.isdisjoint, groups)):
                by_label.setdefault(candidate[0], []).append(candidate[1])
    if not by_label:
        return {}
    # Cheap tests first, expensive ones only when something matched: most candidates match nothing.
    question = is_question(sentence) and not safety
    quotes = None
    overcome = None
    found: dict[str, list[tuple[int, int]]] = {}
    for i in sorted(by_label):
        rules = ruleset.labels[i]
        spans = []
        for j in sorted(by_label[i]):
            pattern = rules.patterns[j]
            if question and not pattern.questions and not rules.safety:
                continue
            first = pattern.regex.search(sentence)
            if first is None:
                continue  # most candidates match nothing: one search is cheaper than collecting all matches
            if first.end() > first.start():  # go on from the first match rather than search it again
                matches = [first.span()]
                matches += [m.span() for m in pattern.regex.finditer(sentence, first.end()) if m.end() > m.start()]
            else:
                matches = [m.span() for m in pattern.regex.finditer(sentence) if m.end() > m.start()]
            if matches and not pattern.quoted:
                quotes = quoted_ranges(sentence) if quotes is None else quotes
                matches = [span for span in matches if not _inside(span, quotes)]
            if matches and not (pattern.unless and any(u.search(sentence) for u in pattern.unless)):
                spans.extend(matches)
        if not spans or (rules.unless is not None and rules.unless.search(sentence)):
            continue
        if rules.overcome and not safety and ruleset.overcome is not None:
            if overcome is None:
                keys = ruleset.overcome_keys
                overcome = (keys is None or not present.isdisjoint(keys)) and bool(ruleset.overcome.search(sentence))
            if overcome:
                continue
        found[rules.label] = merge_spans(found.get(rules.label, []) + spans)
    return found


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one: alternatives of one rule often match the same words."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def match_safety(sentence: str, cues: set[str] | None = None, lang: str = "nl") -> dict[str, list[tuple[int, int]]]:
    """Safety label -> spans in one sentence; the safety labels with a broad cue of `lang` are added to `cues`."""
    found = match_sentence(sentence, safety_set(), safety=True)
    if cues is not None:
        cues.update(_cues(found, lang))
    return {label: spans for label, spans in found.items() if label in SAFETY_LABELS}
