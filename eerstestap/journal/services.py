"""Journal workflows: saving drafts safely, turning them into entries, and finding one's own entries."""

from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone

from eerstestap.analysis import Analysis, analyse
from eerstestap.analysis import version as analyser_version

from .forms import DraftForm
from .models import Draft, Entry


def get_entry_for_user(user, pk: int) -> Entry:
    """The one place that decides access to an entry: its writer gets it, everyone else a 404."""
    return get_object_or_404(Entry, pk=pk, user=user)


def get_draft(user, entry: Entry | None = None) -> Draft | None:
    return Draft.objects.filter(user=user, entry=entry).first()


def save_draft(user, entry: Entry | None, body: str, mood: int | None, tags: str, sequence: int) -> bool:
    """Store the text being typed. Returns False when a newer save already arrived (nothing changed).

    The write is a conditional UPDATE on the sequence, so two requests racing (a regular save and a beacon)
    can never leave the older text in place. The text is sealed here because UPDATE bypasses model saving.
    """
    for _attempt in range(2):
        draft = Draft.objects.filter(user=user, entry=entry).first()
        if draft is not None:
            sealed = {
                "body": Draft._meta.get_field("body").seal(draft, body),
                "tags": Draft._meta.get_field("tags").seal(draft, tags),
            }
            changed = Draft.objects.filter(pk=draft.pk, sequence__lte=sequence).update(
                **sealed, mood=mood, sequence=sequence, updated_at=timezone.now()
            )
            return bool(changed)
        try:
            with transaction.atomic():
                Draft.objects.create(user=user, entry=entry, body=body, mood=mood, tags=tags, sequence=sequence)
            return True
        except IntegrityError:
            continue  # Another request created it just now: update that one instead.
    return False


def save_draft_from_post(request) -> None:
    """Keep the text a page sent along when leaving (quick exit, lock); nothing to do without one."""
    if not request.user.is_authenticated or "sequence" not in request.POST:
        return
    form = DraftForm(request.POST)
    entry_pk = request.POST.get("draft_entry", "")
    if form.is_valid():
        entry = get_entry_for_user(request.user, int(entry_pk)) if entry_pk.isdigit() else None
        save_draft(request.user, entry, **form.cleaned_data)


def discard_draft(user, entry: Entry | None = None) -> None:
    Draft.objects.filter(user=user, entry=entry).delete()


def _analyse_into(entry: Entry) -> Analysis:
    result = analyse(entry.body)
    entry.analysis = result.to_dict()
    entry.analysis_version = result.version
    return result


@transaction.atomic
def create_entry(user, body: str, mood: int | None, tags: list[str]) -> Entry:
    """Save a new entry with its analysis and drop the draft it came from, in one transaction."""
    entry = Entry(user=user, body=body, mood=mood, tags=tags)
    _analyse_into(entry)
    entry.save()
    discard_draft(user, None)
    return entry


@transaction.atomic
def update_entry(entry: Entry, body: str, mood: int | None, tags: list[str]) -> Entry:
    """Save the edits, analyse them again and drop the entry's draft."""
    entry.body, entry.mood, entry.tags = body, mood, tags
    _analyse_into(entry)
    entry.save()
    discard_draft(entry.user, entry)
    return entry


def analysis_for(entry: Entry) -> Analysis:
    """The entry's stored analysis; redone (and stored) when the analyser has changed since."""
    if entry.analysis and entry.analysis_version == analyser_version():
        return Analysis.from_dict(entry.analysis)
    result = _analyse_into(entry)
    Entry.objects.filter(pk=entry.pk).update(
        analysis=Entry._meta.get_field("analysis").seal(entry, entry.analysis),
        analysis_version=entry.analysis_version,
    )
    return result


def search_entries(user, query: str) -> list[Entry]:
    """The person's own entries, newest first, that contain every word of the query (text or tags).

    The texts are sealed in the database, so the search opens them in memory, for this person only.
    """
    entries = list(Entry.objects.filter(user=user).order_by("-created_at", "-pk"))
    words = [word.casefold() for word in query.split()]
    if not words:
        return entries
    found = []
    for entry in entries:
        if not entry.is_readable():
            continue
        haystack = (entry.body + " " + " ".join(entry.tags)).casefold()
        if all(word in haystack for word in words):
            found.append(entry)
    return found
