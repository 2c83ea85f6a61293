"""Export and deletion of everything a person has, through the one registry of personal data."""

import datetime as dt
import json

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from .models import DataKey, SessionRecord
from .registry import personal_data


def _value(row, name):
    value = getattr(row, name)
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).isoformat()
    return value


def export_account(user) -> dict:
    """Everything stored for this person, opened (their key must be unlocked), as plain data."""
    data = {"format": "eerstestap-export-1", "exported_at": timezone.now().isoformat(), "sections": []}
    for item in personal_data:
        rows = [{name: _value(row, name) for name in item.export_fields} for row in personal_data.rows_for(item, user)]
        data["sections"].append({"model": item.model._meta.label_lower, "title": str(item.title), "rows": rows})
    return data


def export_json(user) -> str:
    return json.dumps(export_account(user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def export_html(user) -> str:
    return render_to_string("privacy/export.html", {"export": export_account(user), "person": user})


def end_sessions(user, keep: str | None = None) -> int:
    """End every session of this person (but `keep`, the current one, if given)."""
    records = SessionRecord.objects.filter(user=user)
    if keep:
        records = records.exclude(session_key=keep)
    keys = list(records.values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    records.delete()
    return len(keys)


@transaction.atomic
def delete_account(user) -> None:
    """Delete every row of this person and destroy their wrapped keys.

    Without the wrapped keys, copies of the sealed texts in old backups can no longer be opened.
    """
    user_model = get_user_model()
    end_sessions(user)
    for item in personal_data:
        if item.model is not user_model:
            personal_data.rows_for(item, user).delete()
    DataKey.objects.filter(user=user).delete()
    user_model.objects.filter(pk=user.pk).delete()


def keep_other_sessions(user, current: str | None) -> None:
    """After a password change the other sessions would end; this keeps them, when the person chose so."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import HASH_SESSION_KEY

    store = import_module(settings.SESSION_ENGINE).SessionStore
    for record in SessionRecord.objects.filter(user=user).exclude(session_key=current):
        session = store(session_key=record.session_key)
        if session.exists(record.session_key):
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.save()
