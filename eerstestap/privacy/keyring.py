"""The data keys unlocked for the current request (or command), held in memory only.

A context variable, so that each request thread sees only its own keys; the middleware fills it from the
session and clears it when the response is done.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_unlocked: ContextVar[dict[int, dict[int, bytes]] | None] = ContextVar("eerstestap_unlocked_keys", default=None)


class KeyUnavailable(Exception):
    """The person's data key is not unlocked here (not logged in with it, or a retired key)."""

    # In a template, text that cannot be opened renders as nothing instead of breaking the page.
    silent_variable_failure = True


@contextmanager
def unlocked(user_id: int, keys: dict[int, bytes]) -> Iterator[None]:
    """Make `keys` ({version: key}) of one person usable inside the block, besides keys unlocked already."""
    current = dict(_unlocked.get() or {})
    current[user_id] = {**current.get(user_id, {}), **keys}
    token = _unlocked.set(current)
    try:
        yield
    finally:
        _unlocked.reset(token)


def key_for(user_id: int, version: int) -> bytes:
    try:
        return (_unlocked.get() or {})[user_id][version]
    except KeyError:
        raise KeyUnavailable(f"key {version} of person {user_id} is not unlocked") from None


def newest_key(user_id: int) -> tuple[int, bytes]:
    """The key new values are sealed with: the highest unlocked version."""
    keys = (_unlocked.get() or {}).get(user_id)
    if not keys:
        raise KeyUnavailable(f"no key of person {user_id} is unlocked")
    version = max(keys)
    return version, keys[version]


def is_unlocked(user_id: int) -> bool:
    return bool((_unlocked.get() or {}).get(user_id))


def unlock(user_id: int, keys: dict[int, bytes]) -> None:
    """Unlock keys for the rest of the current context (tests and one-off commands; requests use unlocked())."""
    current = dict(_unlocked.get() or {})
    current[user_id] = {**current.get(user_id, {}), **keys}
    _unlocked.set(current)


def lock_all() -> None:
    _unlocked.set(None)
