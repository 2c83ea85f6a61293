"""Model fields whose values are sealed with the owner's data key before they reach the database.

Reading `entry.body` gives the text; the database (and any dump of it) holds only "es1.<version>.<base64>".
The associated data binds each value to its table, field, owner and row (`record_key`), so a value copied
into another row or another person's row does not open. Sealing needs the owner's key to be unlocked (see
keyring); without it, saving fails rather than writing plain text.
"""

import json
import uuid

from django.db import models
from django.db.models.query_utils import DeferredAttribute

from . import crypto, keyring


class _Stored(str):
    """A value as it came from the database (sealed, or plain text from before encryption)."""


class _Plain:
    """A value assigned in Python, not sealed yet."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class SealedAttribute(DeferredAttribute):
    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        if self.field.attname not in instance.__dict__:
            super().__get__(instance, cls)  # load a deferred field
        raw = instance.__dict__[self.field.attname]
        if isinstance(raw, _Plain):
            return raw.value
        if raw is None:
            return None
        if not crypto.is_sealed(raw):
            return self.field.from_text(str(raw))  # written before encryption; sealed at the next save
        opened = self.field.open(instance, raw)
        instance.__dict__[self.field.attname] = _SealedWithPlain(raw, opened)
        return opened

    def __set__(self, instance, value):
        if isinstance(value, _Stored | _SealedWithPlain) or value is None:
            instance.__dict__[self.field.attname] = value
        else:
            instance.__dict__[self.field.attname] = _Plain(value)


class _SealedWithPlain(_Stored):
    """A sealed value that was opened once; keeps the opened value so it is not decrypted again."""

    def __new__(cls, sealed, plain):
        obj = super().__new__(cls, sealed)
        obj.plain = plain
        return obj


def _unwrap_cached(raw):
    return raw.plain if isinstance(raw, _SealedWithPlain) else None


class SealedFieldMixin:
    descriptor_class = SealedAttribute

    def to_text(self, value) -> str:
        return value

    def from_text(self, text: str):
        return text

    def associated_data(self, instance) -> str:
        owner_id = getattr(instance, instance.owner_field + "_id")
        return f"{instance._meta.label_lower}.{self.name}|{owner_id}|{instance.record_key}"

    def seal(self, instance, value) -> str:
        owner_id = getattr(instance, instance.owner_field + "_id")
        version, key = keyring.newest_key(owner_id)
        return crypto.seal_text(key, version, self.to_text(value), self.associated_data(instance))

    def open(self, instance, raw: str):
        cached = _unwrap_cached(raw)
        if cached is not None:
            return cached
        owner_id = getattr(instance, instance.owner_field + "_id")
        key = keyring.key_for(owner_id, crypto.key_version_of(raw))
        return self.from_text(crypto.open_text(key, raw, self.associated_data(instance)))

    def from_db_value(self, value, expression, connection):
        return None if value is None else _Stored(value)

    def pre_save(self, model_instance, add):
        raw = model_instance.__dict__.get(self.attname)
        if raw is None:
            return None
        if isinstance(raw, _Stored) and crypto.is_sealed(raw):
            return str(raw)
        plain = raw.value if isinstance(raw, _Plain) else self.from_text(str(raw))
        sealed = self.seal(model_instance, plain)
        model_instance.__dict__[self.attname] = _SealedWithPlain(sealed, plain)
        return sealed

    def get_prep_value(self, value):
        if isinstance(value, _Plain):
            raise ValueError("a sealed field cannot be used in a query with plain text")
        return None if value is None else str(value)

    def value_to_string(self, obj):
        return str(obj.__dict__.get(self.attname))


class SealedTextField(SealedFieldMixin, models.TextField):
    """Free text written by a person, sealed at rest."""


class SealedJSONField(SealedFieldMixin, models.TextField):
    """Structured personal data (tags, analyses), serialised as JSON and sealed at rest."""

    def to_text(self, value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def from_text(self, text: str):
        return json.loads(text) if text else None


class PersonalRecord(models.Model):
    """Base for rows holding a person's sealed text: `record_key` is the row's identity in associated data."""

    record_key = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    owner_field = "user"

    class Meta:
        abstract = True

    def is_readable(self) -> bool:
        """False when a sealed value belongs to a key that is not unlocked (e.g. after a reset without code)."""
        for field in self._meta.concrete_fields:
            if isinstance(field, SealedFieldMixin):
                try:
                    getattr(self, field.attname)
                except (keyring.KeyUnavailable, crypto.DecryptionError):
                    return False
        return True
