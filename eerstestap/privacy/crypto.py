"""Encryption primitives for personal text. Plain Python (no Django), so they are easy to test and audit.

- A data key per person: 32 random bytes; everything the person writes is sealed with it (AES-256-GCM).
- The data key is only ever stored wrapped: under a key derived from the password (Argon2id) and under a
  key derived from a recovery code (HKDF: the code itself carries 160 random bits, so no slow KDF is needed).
- Every sealed value names its format version and key version, so keys and algorithms can change later.
- Associated data binds a value to its owner, table, field and row: moved to another row, it does not open.
"""

import base64
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
FORMAT = "es1"
# Crockford's base32: no I, L, O or U, so a printed code cannot be misread.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_BYTES = 20  # 160 bits


class DecryptionError(Exception):
    """A sealed value could not be opened: wrong key, wrong row, or tampered with."""

    silent_variable_failure = True  # see keyring.KeyUnavailable


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored with every wrapped key so that changing the defaults never locks anyone out."""

    time_cost: int
    memory_cost_kib: int
    parallelism: int

    def as_dict(self) -> dict:
        return {
            "time_cost": self.time_cost,
            "memory_cost_kib": self.memory_cost_kib,
            "parallelism": self.parallelism,
        }


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(16)


def password_kek(password: str, salt: bytes, params: KdfParams) -> bytes:
    """The key-encryption key for a password (Argon2id)."""
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def new_recovery_code() -> str:
    """A printable code of 160 random bits: 32 characters in groups of four."""
    number = int.from_bytes(secrets.token_bytes(RECOVERY_BYTES), "big")
    chars = []
    for _ in range(32):
        number, index = divmod(number, 32)
        chars.append(RECOVERY_ALPHABET[index])
    code = "".join(chars)
    return "-".join(code[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_code(code: str) -> str:
    """Accept the code however it is typed: lower case, spaces, dashes, O for 0, I or L for 1."""
    cleaned = "".join(code.split()).replace("-", "").upper()
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(cleaned) != 32 or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise ValueError("not a recovery code")
    return cleaned


def recovery_kek(code: str, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"eerstestap recovery").derive(
        normalise_recovery_code(code).encode()
    )


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated_data)


def open_sealed(key: bytes, sealed: bytes, associated_data: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated_data)
    except (InvalidTag, ValueError) as error:
        raise DecryptionError("the value does not open with this key and context") from error


def seal_text(key: bytes, key_version: int, text: str, associated_data: str) -> str:
    """Seal text as "es1.<key version>.<base64>": a versioned string that fits any text column."""
    sealed = seal(key, text.encode("utf-8"), f"{FORMAT}.{key_version}|{associated_data}".encode())
    return f"{FORMAT}.{key_version}.{base64.urlsafe_b64encode(sealed).decode('ascii')}"


def is_sealed(value: str) -> bool:
    return isinstance(value, str) and value.startswith(FORMAT + ".")


def key_version_of(value: str) -> int:
    return int(value.split(".", 2)[1])


def open_text(key: bytes, value: str, associated_data: str) -> str:
    try:
        fmt, version, payload = value.split(".", 2)
        sealed = base64.urlsafe_b64decode(payload.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as error:
        raise DecryptionError("not a sealed value") from error
    if fmt != FORMAT:
        raise DecryptionError(f"unknown format {fmt}")
    return open_sealed(key, sealed, f"{fmt}.{version}|{associated_data}".encode()).decode("utf-8")
