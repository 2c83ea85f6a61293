"""Journal workflows: saving drafts safely, turning them into entries, and finding one's own entries."""

from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from .models import Draft, Entry


def get_entry_for_user(user, pk: int) -> Entry:
    """The one place that decides access to an entry: its writer gets it, everyone else a 404."""
    return get_object_or_404(Entry, pk=pk, user=user)


def get_draft(user, entry: Entry | None = None) -> Draft | None:
    return Draft.objects.filter(user=user, entry=entry).first()


def save_draft(user, entry: Entry | None, body: str, mood: int | None, tags: str, sequence: int) -> bool:
    """Store the text being typed. Returns False when a newer save already arrived (nothing changed).

    The update is conditional on the sequence, so two requests racing (a regular save and a beacon) can
    never leave the older text in place.
    """
    fields = {"body": body, "mood": mood, "tags": tags, "sequence": sequence}
    for _attempt in range(2):
        existing = Draft.objects.filter(user=user, entry=entry)
        if existing.exists():
            draft = existing.get()
            # update() skips auto_now, so the "saved at" time is set here.
            changed = Draft.objects.filter(pk=draft.pk, sequence__lte=sequence).update(
                **fields, updated_at=timezone.now()
            )
            return bool(changed)
        try:
            with transaction.atomic():
                Draft.objects.create(user=user, entry=entry, **fields)
            return True
        except IntegrityError:
            continue  # Another request created it just now: update that one instead.
    return False


def discard_draft(user, entry: Entry | None = None) -> None:
    Draft.objects.filter(user=user, entry=entry).delete()


@transaction.atomic
def create_entry(user, body: str, mood: int | None, tags: list[str]) -> Entry:
    """Save a new entry and drop the draft it came from, in one transaction."""
    entry = Entry.objects.create(user=user, body=body, mood=mood, tags=tags)
    discard_draft(user, None)
    return entry


@transaction.atomic
def update_entry(entry: Entry, body: str, mood: int | None, tags: list[str]) -> Entry:
    """Save the edits and drop the entry's draft."""
    entry.body, entry.mood, entry.tags = body, mood, tags
    entry.save()
    discard_draft(entry.user, entry)
    return entry


def search_entries(user, query: str) -> QuerySet[Entry]:
    """The person's own entries, newest first, matching every word of the query in the text or tags."""
    entries = Entry.objects.filter(user=user)
    for word in query.split():
        entries = entries.filter(Q(body__icontains=word) | Q(tags__icontains=word))
    return entries.order_by("-created_at", "-pk")
