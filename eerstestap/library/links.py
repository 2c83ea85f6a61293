"""Where the content's internal links point (`tool:`, `article:`, `lesson:`, `challenge:`).

One resolver for the library, the training, the challenge and the pattern cards. A target for a part of the
app that does not exist returns None, and the link shows as plain text.
"""

from django.urls import NoReverseMatch, reverse
from django.utils.safestring import SafeString, mark_safe

from . import contentfiles

TOOL_PAGES = {
    "journal": "journal:entry_new",
    "safety": "safety:page",
    "three_questions": "dance:reflections",
    "dance_map": "dance:maps",
    "experiments": "dance:experiments",
    "circle_of_influence": "dance:circle",
    "reproach_to_need": "dance:statements",
    "boundary_builder": "dance:boundaries",
    "library": "library:index",
    "challenge": "challenge:index",
}


def resolve(target: str) -> str | None:
    scheme, _, name = target.partition(":")
    try:
        if scheme == "tool" and name in TOOL_PAGES:
            return reverse(TOOL_PAGES[name])
        if scheme == "article":
            return reverse("library:article", args=[name])
        if scheme == "lesson" and name.count("/") == 1:
            return reverse("training:lesson", args=name.split("/"))
        if scheme == "challenge" and name.startswith("day-") and name[4:].isdigit():
            return reverse("challenge:day", args=[int(name[4:])])
    except NoReverseMatch:
        return None
    return None


def content_html(body: str) -> SafeString:
    """A content body as HTML with its links resolved; safe because contentfiles.render sanitises it (nh3)."""
    return mark_safe(contentfiles.render(body, resolve))  # noqa: S308


def content_language(request) -> str:
    """The language to show content in: the person's, when the content exists in it (Dutch otherwise)."""
    return request.LANGUAGE_CODE if request.LANGUAGE_CODE in contentfiles.LANGUAGES else contentfiles.LANGUAGES[0]
