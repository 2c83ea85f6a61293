"""Reading the team's content files: Markdown with YAML front matter, one file per language.

Plain functions (no database): parse a file, render its Markdown to safe HTML, resolve internal links
(`tool:`, `lesson:`, `article:`, `challenge:`), and validate the whole content folder.
"""

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import nh3
import yaml

LANGUAGES = ("nl", "en")
TOOLS = {
    "journal",
    "three_questions",
    "dance_map",
    "experiments",
    "circle_of_influence",
    "reproach_to_need",
    "boundary_builder",
    "challenge",
    "library",
    "questionnaires",
    "insights",
    "safety",
}
LINK = re.compile(r"\]\((?P<target>[a-z_]+:[^)\s]+)\)")
ANY_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")
ALLOWED_TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "blockquote", "br", "hr"}


@dataclass
class Document:
    path: Path
    language: str
    meta: dict
    body: str
    digest: str = field(default="")


def read(path: Path, language: str) -> Document:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ValueError(f"{path}: no front matter (the file must start with ---)")
    try:
        _, front, body = text.split("---\n", 2)
        meta = yaml.safe_load(front) or {}
    except (ValueError, yaml.YAMLError) as error:
        raise ValueError(f"{path}: front matter is not valid YAML ({error})") from error
    return Document(path, language, meta, body.strip(), hashlib.sha256(text.encode()).hexdigest())


def articles(content_dir: Path, language: str) -> list[Document]:
    return [read(path, language) for path in sorted((content_dir / language / "library").glob("*.md"))]


def intro(content_dir: Path, language: str, programme: str) -> Document:
    """The introduction of a programme: `training/_training.md` or `challenge/_challenge.md`."""
    return read(content_dir / language / programme / f"_{programme}.md", language)


def training(content_dir: Path, language: str) -> list[tuple[Document, list[Document]]]:
    """The training's modules in folder order, each with its lessons in file order."""
    modules = []
    for folder in sorted((content_dir / language / "training").glob("[0-9][0-9]-*")):
        lessons = [read(path, language) for path in sorted(folder.glob("[0-9][0-9]-*.md"))]
        modules.append((read(folder / "_module.md", language), lessons))
    return modules


def challenge_days(content_dir: Path, language: str) -> list[Document]:
    return [read(path, language) for path in sorted((content_dir / language / "challenge").glob("day-*.md"))]


def render(body: str, resolve) -> str:
    """Markdown to HTML with internal links resolved by `resolve(target) -> url or None`; sanitised with nh3.

    A link whose target does not exist (yet) becomes plain text, so a reader never meets a broken link.
    """

    def replace(match):
        url = resolve(match.group("target"))
        return f"]({url})" if url else "](#)"

    html = markdown.markdown(LINK.sub(replace, body), extensions=["sane_lists"], output_format="html")
    html = html.replace(' href="#"', "")
    return nh3.clean(html, tags=ALLOWED_TAGS, attributes={"a": {"href"}}, link_rel=None)


def unsafe_html(body: str) -> bool:
    """True when the Markdown carries raw HTML (tags, comments): content is written in Markdown only."""
    return re.search(r"<[a-zA-Z!/]", body) is not None


def _slug_sets(content_dir: Path, language: str) -> dict[str, set[str]]:
    folder = content_dir / language
    lessons = set()
    for module in sorted((folder / "training").glob("[0-9][0-9]-*")):
        module_meta = read(module / "_module.md", language).meta
        for lesson in module.glob("[0-9][0-9]-*.md"):
            lessons.add(f"{module_meta.get('slug')}/{read(lesson, language).meta.get('slug')}")
    return {
        "article": {p.stem for p in (folder / "library").glob("*.md")},
        "lesson": lessons,
        "challenge": {p.stem for p in (folder / "challenge").glob("day-*.md")},
        "tool": TOOLS,
    }


CHALLENGE_DAYS = 21
REQUIRED = {
    "module": ("slug", "order", "title", "summary"),
    "lesson": ("slug", "order", "title", "minutes", "exercise"),
    "day": ("day", "title", "step", "reflection"),
    "article": ("slug", "title", "summary", "minutes"),
    "intro": ("title", "summary"),
}


def _kind(relative: Path) -> str:
    if relative.name.startswith("_") and relative.name != "_module.md":
        return "intro"
    if relative.parts[0] == "training":
        return "module" if relative.name == "_module.md" else "lesson"
    return {"challenge": "day", "library": "article"}.get(relative.parts[0], "")


def _structure_problems(document: Document, kind: str, where: str) -> list[str]:
    """Missing front-matter fields and exercises that point nowhere."""
    meta = document.meta
    problems = [f"{where}: front matter lacks {name!r}" for name in REQUIRED.get(kind, ()) if not meta.get(name)]
    if kind == "lesson" and isinstance(meta.get("exercise"), dict):
        exercise = meta["exercise"]
        if exercise.get("kind") not in ("journal", "tool"):
            problems.append(f"{where}: exercise kind must be 'journal' or 'tool'")
        if exercise.get("kind") == "tool" and exercise.get("tool") not in TOOLS:
            problems.append(f"{where}: exercise tool {exercise.get('tool')!r} does not exist")
        if not exercise.get("prompt"):
            problems.append(f"{where}: exercise lacks a prompt")
    if kind == "day" and meta.get("day") != int(document.path.stem.removeprefix("day-") or 0):
        problems.append(f"{where}: day number {meta.get('day')!r} does not match the file name")
    return problems


def _identity(document: Document) -> tuple:
    """What must be the same in both languages: slugs, order, day numbers, exercise kind and tool, works."""
    meta = document.meta
    exercise = meta.get("exercise") if isinstance(meta.get("exercise"), dict) else {}
    return (
        meta.get("slug"),
        meta.get("order"),
        meta.get("day"),
        bool(meta.get("couple_exercise")),
        exercise.get("kind"),
        exercise.get("tool"),
        tuple(meta.get("bibliography") or ()),
    )


def validate(content_dir: Path) -> list[str]:
    """Every problem in the content folder, as readable sentences (empty when all is well)."""
    problems: list[str] = []
    bibliography = yaml.safe_load((content_dir / "bibliography.yaml").read_text(encoding="utf-8")) or {}
    files = {
        language: {p.relative_to(content_dir / language) for p in (content_dir / language).rglob("*.md")}
        for language in LANGUAGES
    }
    for language in LANGUAGES:
        other = LANGUAGES[1 - LANGUAGES.index(language)]
        for missing in sorted(files[other] - files[language]):
            problems.append(f"{language}/{missing}: missing translation (it exists in {other})")
    for language in LANGUAGES:
        try:
            known = _slug_sets(content_dir, language)
        except ValueError as error:
            problems.append(str(error))
            continue
        for relative in sorted(files[language]):
            path = content_dir / language / relative
            try:
                document = read(path, language)
            except ValueError as error:
                problems.append(str(error))
                continue
            for key in document.meta.get("bibliography") or []:
                if key not in bibliography:
                    problems.append(f"{language}/{relative}: unknown bibliography key {key!r}")
            for match in ANY_LINK.finditer(document.body):
                target = match.group("target")
                scheme, _, name = target.partition(":")
                if scheme not in known or name not in known[scheme]:
                    problems.append(f"{language}/{relative}: link to {target!r} leads nowhere")
            if unsafe_html(document.body):
                problems.append(f"{language}/{relative}: contains raw HTML; use Markdown only")
            problems += _structure_problems(document, _kind(relative), f"{language}/{relative}")
            if language == LANGUAGES[0] and relative in files[LANGUAGES[1]]:
                try:
                    counterpart = read(content_dir / LANGUAGES[1] / relative, LANGUAGES[1])
                except ValueError:
                    continue  # reported on its own
                if _identity(document) != _identity(counterpart):
                    problems.append(f"{relative}: the languages differ in slug, order, day, exercise or bibliography")
        days = {p.stem for p in (content_dir / language / "challenge").glob("day-*.md")}
        for number in range(1, CHALLENGE_DAYS + 1):
            if f"day-{number:02d}" not in days:
                problems.append(f"{language}/challenge/day-{number:02d}.md: missing (the challenge has 21 days)")
    return problems
