"""A person's data keys: creating, unlocking, re-wrapping on password change or reset, recovering old texts."""

import base64
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from . import crypto, keyring
from .fields import SealedFieldMixin
from .models import DataKey
from .registry import personal_data

SESSION_KEY = "eerstestap_sealed_key"
SESSION_PENDING_CODE = "eerstestap_sealed_recovery_code"
UNLOCK_COOKIE = "eerstestap_unlock"


@dataclass
class Unlocked:
    version: int
    key: bytes
    recovery_code: str | None  # newly made; shown once, never stored in the clear


def kdf_params() -> crypto.KdfParams:
    return crypto.KdfParams(**settings.ENCRYPTION_KDF)


def current_record(user) -> DataKey | None:
    return user.data_keys.filter(retired_at__isnull=True).order_by("-version").first()


def _wrap_password(record: DataKey, key: bytes, password: str) -> None:
    params = kdf_params()
    record.password_salt = crypto.new_salt()
    record.password_kdf = params.as_dict()
    kek = crypto.password_kek(password, record.password_salt, params)
    record.password_wrapped = crypto.seal(kek, key, record.wrap_context("password"))


def _open_with_password(record: DataKey, password: str) -> bytes:
    params = crypto.KdfParams(**record.password_kdf)
    kek = crypto.password_kek(password, bytes(record.password_salt), params)
    return crypto.open_sealed(kek, bytes(record.password_wrapped), record.wrap_context("password"))


def _wrap_recovery(record: DataKey, key: bytes, code: str) -> None:
    record.recovery_salt = crypto.new_salt()
    record.recovery_wrapped = crypto.seal(
        crypto.recovery_kek(code, record.recovery_salt), key, record.wrap_context("recovery")
    )


def _open_with_recovery(record: DataKey, code: str) -> bytes:
    try:
        kek = crypto.recovery_kek(code, bytes(record.recovery_salt))
    except ValueError as error:
        raise crypto.DecryptionError("not a recovery code") from error
    return crypto.open_sealed(kek, bytes(record.recovery_wrapped), record.wrap_context("recovery"))


def _next_version(user) -> int:
    return (user.data_keys.aggregate(highest=Max("version"))["highest"] or 0) + 1


@transaction.atomic
def unlock_with_password(user, password: str) -> Unlocked:
    """Open the person's data key at log-in.

    An account without a key (created before encryption, or just activated) gets one now, and any text
    it already has is sealed with it. A key without a recovery wrap gets a new recovery code, returned
    once so that it can be shown.
    """
    record = current_record(user)
    created = record is None
    if created:
        key = crypto.new_data_key()
        record = DataKey(user=user, version=_next_version(user))
        _wrap_password(record, key, password)
    else:
        key = _open_with_password(record, password)
    code = None
    if record.recovery_wrapped is None:
        code = crypto.new_recovery_code()
        _wrap_recovery(record, key, code)
    record.save()
    if created:
        seal_plain_rows(user, {record.version: key})
    return Unlocked(record.version, key, code)


@transaction.atomic
def change_password(user, old_password: str, new_password: str) -> None:
    """Re-wrap the data key under the new password: every text stays readable."""
    record = current_record(user)
    if record is not None:
        key = _open_with_password(record, old_password)
        _wrap_password(record, key, new_password)
        record.save()
    user.set_password(new_password)
    user.save(update_fields=["password"])


def recovery_code_fits(user, code: str) -> bool:
    record = current_record(user)
    if record is None or record.recovery_wrapped is None:
        return False
    try:
        _open_with_recovery(record, code)
    except crypto.DecryptionError:
        return False
    return True


@transaction.atomic
def reset_password(user, new_password: str, recovery_code: str | None) -> bool:
    """Set a new password after a reset link. Returns True when the old texts stay readable.

    With the recovery code the data key is kept. Without it, a new key is made; the old one is retired
    with only its recovery wrap, so the old texts stay sealed until the person finds that code.
    """
    record = current_record(user)
    kept = False
    if record is not None and recovery_code:
        key = _open_with_recovery(record, recovery_code)
        _wrap_password(record, key, new_password)
        record.save()
        kept = True
    else:
        if record is not None:
            record.password_salt = record.password_kdf = record.password_wrapped = None
            record.retired_at = timezone.now()
            record.save()
        fresh = DataKey(user=user, version=_next_version(user))
        _wrap_password(fresh, crypto.new_data_key(), new_password)
        fresh.save()
    user.set_password(new_password)
    user.save(update_fields=["password"])
    return kept


@transaction.atomic
def new_recovery_code(user, password: str) -> str:
    """Replace the recovery code (the old one stops working). Needs the password."""
    record = current_record(user)
    key = _open_with_password(record, password)
    code = crypto.new_recovery_code()
    _wrap_recovery(record, key, code)
    record.save()
    return code


@transaction.atomic
def restore_retired(user, code: str) -> int:
    """Open old texts with an old recovery code: they are re-sealed under the current key.

    Returns how many rows were restored; raises DecryptionError when the code fits no retired key.
    """
    current = current_record(user)
    for record in user.data_keys.filter(retired_at__isnull=False, recovery_wrapped__isnull=False):
        try:
            old_key = _open_with_recovery(record, code)
        except crypto.DecryptionError:
            continue
        with keyring.unlocked(user.pk, {record.version: old_key}):
            restored = reseal_version(user, record.version, current.version)
        record.delete()
        return restored
    raise crypto.DecryptionError("the code fits no old key")


def _sealed_fields(model) -> list:
    return [f for f in model._meta.concrete_fields if isinstance(f, SealedFieldMixin)]


def seal_plain_rows(user, keys: dict[int, bytes]) -> int:
    """Seal text stored before encryption existed (done once, at the first log-in with a key)."""
    count = 0
    with keyring.unlocked(user.pk, keys):
        for item in personal_data:
            fields = _sealed_fields(item.model)
            if not fields:
                continue
            for row in personal_data.rows_for(item, user):
                if any(not crypto.is_sealed(row.__dict__.get(f.attname) or "es1.") for f in fields):
                    row.save(update_fields=[f.attname for f in fields])
                    count += 1
    return count


def reseal_version(user, old_version: int, new_version: int) -> int:
    """Re-seal every value sealed with `old_version` under `new_version` (both keys must be unlocked)."""
    count = 0
    prefix = f"{crypto.FORMAT}.{old_version}."
    for item in personal_data:
        fields = _sealed_fields(item.model)
        for row in personal_data.rows_for(item, user):
            stale = [f for f in fields if str(row.__dict__.get(f.attname) or "").startswith(prefix)]
            if stale:
                for f in stale:
                    setattr(row, f.attname, getattr(row, f.attname))
                row.save(update_fields=[f.attname for f in stale])
                count += 1
    return count


# Session side: the opened key lives in the session only wrapped under a secret kept in its own cookie.


def remember_in_session(request, user, unlocked: Unlocked) -> None:
    secret = secrets.token_bytes(32)
    context = f"session|{user.pk}|{unlocked.version}".encode()
    request.session[SESSION_KEY] = [unlocked.version, _b64(crypto.seal(secret, unlocked.key, context))]
    if unlocked.recovery_code:
        request.session[SESSION_PENDING_CODE] = _b64(
            crypto.seal(secret, unlocked.recovery_code.encode(), b"pending recovery code")
        )
    request.eerstestap_unlock_secret = secret


def _secret_from_request(request) -> bytes | None:
    secret = getattr(request, "eerstestap_unlock_secret", None)
    if secret:
        return secret
    cookie = request.COOKIES.get(UNLOCK_COOKIE)
    if not cookie:
        return None
    try:
        return base64.urlsafe_b64decode(cookie.encode())
    except ValueError:
        return None


def keys_from_session(request) -> dict[int, bytes] | None:
    stored = request.session.get(SESSION_KEY)
    secret = _secret_from_request(request)
    if not stored or not secret:
        return None
    version, sealed = stored
    try:
        key = crypto.open_sealed(
            secret, base64.urlsafe_b64decode(sealed), f"session|{request.user.pk}|{version}".encode()
        )
    except (crypto.DecryptionError, ValueError):
        return None
    return {version: key}


def pop_pending_recovery_code(request) -> str | None:
    sealed = request.session.pop(SESSION_PENDING_CODE, None)
    secret = _secret_from_request(request)
    if not sealed or not secret:
        return None
    try:
        return crypto.open_sealed(secret, base64.urlsafe_b64decode(sealed), b"pending recovery code").decode()
    except (crypto.DecryptionError, ValueError):
        return None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")
