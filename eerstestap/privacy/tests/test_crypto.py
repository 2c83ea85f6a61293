import pytest

from eerstestap.privacy import crypto


def test_sealed_text_opens_only_in_its_own_context():
    key = crypto.new_data_key()
    sealed = crypto.seal_text(key, 1, "ik wacht op hem", "journal.entry.body|1|row-a")
    assert crypto.is_sealed(sealed) and "wacht" not in sealed
    assert crypto.open_text(key, sealed, "journal.entry.body|1|row-a") == "ik wacht op hem"
    with pytest.raises(crypto.DecryptionError):
        crypto.open_text(key, sealed, "journal.entry.body|1|row-b")
    with pytest.raises(crypto.DecryptionError):
        crypto.open_text(key, sealed, "journal.entry.body|2|row-a")
    with pytest.raises(crypto.DecryptionError):
        crypto.open_text(crypto.new_data_key(), sealed, "journal.entry.body|1|row-a")


def test_the_same_text_seals_differently_each_time():
    key = crypto.new_data_key()
    assert crypto.seal_text(key, 1, "x", "c") != crypto.seal_text(key, 1, "x", "c")


def test_a_tampered_value_is_refused():
    key = crypto.new_data_key()
    sealed = crypto.seal_text(key, 1, "tekst", "c")
    tampered = sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB")
    with pytest.raises(crypto.DecryptionError):
        crypto.open_text(key, tampered, "c")


def test_recovery_codes_carry_160_bits_and_forgive_typing():
    code = crypto.new_recovery_code()
    assert len(code.replace("-", "")) == 32  # 32 characters of 5 bits
    assert code.count("-") == 7
    messy = " " + code.lower().replace("-", " ") + " "
    salt = crypto.new_salt()
    assert crypto.recovery_kek(code, salt) == crypto.recovery_kek(messy, salt)
    with pytest.raises(ValueError):
        crypto.normalise_recovery_code("too-short")


def test_password_kek_depends_on_password_and_salt():
    params = crypto.KdfParams(time_cost=1, memory_cost_kib=1024, parallelism=1)
    salt = crypto.new_salt()
    assert crypto.password_kek("a", salt, params) == crypto.password_kek("a", salt, params)
    assert crypto.password_kek("a", salt, params) != crypto.password_kek("b", salt, params)
    assert crypto.password_kek("a", salt, params) != crypto.password_kek("a", crypto.new_salt(), params)
