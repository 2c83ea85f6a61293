"""Back-off for failed log-ins, per account and per network address.

Once the free attempts are used, each failure makes the next attempt wait, doubling up to a cap.
There is never a permanent lock-out: a partner who types wrong passwords on purpose can slow an account
down for minutes at most, and a browser in which the person logged in before (a signed device cookie)
skips the per-account pause. State lives in the shared cache, so every app process sees the same counts.
"""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache

DEVICE_COOKIE = "eerstestap_device"
DEVICE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365
_DEVICE_SALT = "eerstestap.accounts.throttle.device"
# Shared addresses (a household, a phone network) see more failures than one account does.
ADDRESS_FACTOR = 4


@dataclass(frozen=True)
class Subject:
    kind: str
    value: str

    @property
    def cache_key(self) -> str:
        digest = hashlib.sha256(f"{self.kind}:{self.value}".encode()).hexdigest()
        return f"login-throttle:{digest}"

    @property
    def free_attempts(self) -> int:
        free = settings.LOGIN_THROTTLE["free_attempts"]
        return free * ADDRESS_FACTOR if self.kind == "address" else free


def subjects_for(email: str, address: str, trusted_device: bool) -> list[Subject]:
    subjects = [Subject("address", address or "unknown")]
    if not trusted_device:
        subjects.append(Subject("account", email.strip().lower()))
    return subjects


def seconds_to_wait(subjects: list[Subject], now: float | None = None) -> int:
    """How long the caller must wait before the next attempt may be checked (0: go ahead)."""
    now = time.time() if now is None else now
    waits = [cache.get(s.cache_key, {}).get("blocked_until", 0) - now for s in subjects]
    return max(0, int(max(waits, default=0) + 0.999))


def register_failure(subjects: list[Subject], now: float | None = None) -> None:
    """Count a failed attempt and start or lengthen the pause once the free attempts are used."""
    now = time.time() if now is None else now
    config = settings.LOGIN_THROTTLE
    for subject in subjects:
        state = cache.get(subject.cache_key, {"failures": 0, "blocked_until": 0})
        state["failures"] += 1
        over = state["failures"] - subject.free_attempts
        if over >= 0:
            delay = min(config["base_delay_seconds"] * 2 ** min(over, 30), config["max_delay_seconds"])
            state["blocked_until"] = now + delay
        cache.set(subject.cache_key, state, timeout=config["window_seconds"])


def register_success(email: str) -> None:
    """A correct password clears the account's pause (the address keeps its count)."""
    cache.delete(Subject("account", email.strip().lower()).cache_key)


def device_cookie_value(email: str) -> str:
    return signing.dumps({"account": hashlib.sha256(email.strip().lower().encode()).hexdigest()}, salt=_DEVICE_SALT)


def is_trusted_device(cookie: str | None, email: str) -> bool:
    if not cookie:
        return False
    try:
        data = signing.loads(cookie, salt=_DEVICE_SALT, max_age=DEVICE_COOKIE_MAX_AGE)
    except signing.BadSignature:
        return False
    return data.get("account") == hashlib.sha256(email.strip().lower().encode()).hexdigest()
