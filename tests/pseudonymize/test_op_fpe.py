"""The ``fpe`` operator: FF1 (NIST vectors), layout kept, valid / impossible outputs, exact inversion."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from ffx import FF1
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from gamyeong.errors import ConfigError, InvalidLength
from gamyeong.identifiers import Validity
from gamyeong.identifiers.fr import nir
from gamyeong.identifiers.intl import card
from gamyeong.identifiers.kr import bank_account, brn, frn, phone, rrn
from gamyeong.langs import Language
from gamyeong.pseudonymize.keys import KeyRing, MissingKeyError, UnknownKeyError, new_keyfile, rotate_keyfile
from gamyeong.pseudonymize.operators import operator_class
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.operators.fpe import FPE_LABELS, FpeOperator, FpeParams, decrypt_value, encrypt_value

KEYS = KeyRing.generate()
PURPOSE = "보험 청구 데이터 통계 작성"
MODES = ["valid", "impossible"]

# --- NIST SP 800-38G FF1 samples (AES-128/192/256; radix 10 and 36): libffx is FF1 -----------------------------------

K128 = "2B7E151628AED2A6ABF7158809CF4F3C"
K192 = K128 + "EF4359D8D580AA4F"
K256 = K192 + "7F036D6F04FC6A94"
TWEAK10 = "39383736353433323130"
TWEAK36 = "3737373770717273373737"
NIST = [
    pytest.param(K128, 10, "", "0123456789", "2433477484", id="sample1-aes128"),
    pytest.param(K128, 10, TWEAK10, "0123456789", "6124200773", id="sample2-aes128-tweak"),
    pytest.param(K128, 36, TWEAK36, "0123456789abcdefghi", "a9tv40mll9kdu509eum", id="sample3-aes128-radix36"),
    pytest.param(K192, 10, "", "0123456789", "2830668132", id="sample4-aes192"),
    pytest.param(K192, 10, TWEAK10, "0123456789", "2496655549", id="sample5-aes192-tweak"),
    pytest.param(K192, 36, TWEAK36, "0123456789abcdefghi", "xbj3kv35jrawxv32ysr", id="sample6-aes192-radix36"),
    pytest.param(K256, 10, "", "0123456789", "6657667009", id="sample7-aes256"),
    pytest.param(K256, 10, TWEAK10, "0123456789", "1001623463", id="sample8-aes256-tweak"),
    pytest.param(K256, 36, TWEAK36, "0123456789abcdefghi", "xs8a0azh2avyalyzuwd", id="sample9-aes256-radix36"),
]


@pytest.mark.parametrize(("key", "radix", "tweak", "plaintext", "ciphertext"), NIST)
def test_nist_ff1_vectors(key: str, radix: int, tweak: str, plaintext: str, ciphertext: str) -> None:
    cipher = FF1(bytes.fromhex(key), radix=radix)
    assert cipher.encrypt(plaintext, tweak=bytes.fromhex(tweak)) == ciphertext
    assert cipher.decrypt(ciphertext, tweak=bytes.fromhex(tweak)) == plaintext


# --- generators of valid identifiers (built with the validators' own rules) ----------------------------------------

GENDERS = {1800: "90", 1900: "12", 2000: "34"}


@st.composite
def rrns(draw: st.DrawFn, foreign: bool = False) -> str:
    low = datetime.date(1900 if foreign else 1800, 1, 1)
    born = draw(st.dates(low, datetime.date(2099, 12, 31)))
    century = born.year // 100 * 100
    genders = {1900: "56", 2000: "78"}[century] if foreign else GENDERS[century]
    body = f"{born:%y%m%d}{draw(st.sampled_from(genders))}{draw(st.integers(0, 99_999)):05d}"
    calc = (frn if foreign else rrn).calc_check_digit
    check = draw(st.one_of(st.just(calc(body)), st.sampled_from("0123456789")))  # post-2020: random check digit
    return draw(st.sampled_from([body + check, f"{body[:6]}-{body[6:]}{check}", f"{body[:6]} {body[6:]}{check}"]))


PHONE_PREFIXES = ["02", "010", "011", "016", "019", "070", "031", "044", "055", "064", "0502", "0508"]


@st.composite
def phones(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(PHONE_PREFIXES))
    size = 8 if prefix in ("010", "070") else draw(st.sampled_from([7, 8]))
    number = prefix + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=size, max_size=size)))
    assume(phone.check(number) is not Validity.INVALID)
    return draw(st.sampled_from([number, phone.format(number), phone.format(number).replace("-", " ")]))


def luhn(body: str) -> str:
    total = sum(d if i % 2 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(int(c) for c in body[::-1]))
    return str(-total % 10)


CARD_RANGES = [("4", 16), ("4", 13), ("51", 16), ("2221", 16), ("34", 15), ("6011", 19), ("3528", 16), ("36", 14),
               ("62", 19), ("94", 16), ("50", 12), ("1", 15), ("7", 16)]  # fmt: skip


@st.composite
def cards(draw: st.DrawFn) -> str:
    prefix, length = draw(st.sampled_from(CARD_RANGES))
    size = length - len(prefix) - 1
    body = prefix + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=size, max_size=size)))
    number = body + luhn(body)
    assume(card.check(number) is not Validity.INVALID)
    return draw(st.sampled_from([number, card.format(number)]))


@st.composite
def brns(draw: st.DrawFn) -> str:
    body = f"{draw(st.integers(101, 999))}{draw(st.integers(1, 99)):02d}{draw(st.integers(1, 9999)):04d}"
    return brn.format(body + brn.calc_check_digit(body))


NIR_MONTHS = [*range(1, 13), *range(20, 43), *range(50, 100)]


@st.composite
def nirs(draw: st.DrawFn) -> str:
    dept = draw(st.sampled_from(["01", "2A", "2B", "20", "75", "96", "97", "98", "99"]))
    commune = f"{draw(st.integers(100, 899) if dept == '97' else st.integers(0, 999)):03d}"
    body = (f"{draw(st.sampled_from('123478'))}{draw(st.integers(0, 99)):02d}{draw(st.sampled_from(NIR_MONTHS)):02d}"
            f"{dept}{commune}{draw(st.integers(0, 999)):03d}")  # fmt: skip
    return nir.format(body + nir.calc_key(body))


VALIDATORS = {"KR_RRN": rrn, "KR_FRN": frn, "PHONE": phone, "CREDIT_CARD": card, "KR_BRN": brn, "FR_NIR": nir}
VALID = {
    "KR_RRN": rrns(),
    "KR_FRN": rrns(foreign=True),
    "PHONE": phones(),
    "CREDIT_CARD": cards(),
    "KR_BRN": brns(),
    "FR_NIR": nirs(),
}
labelled_valid = st.sampled_from(sorted(VALID)).flatmap(lambda label: st.tuples(st.just(label), VALID[label]))


def layout(value: str) -> str:
    """The value with every digit (and the NIR's A/B) replaced by #: what fpe must keep."""
    return re.sub(r"[0-9AB]", "#", value)


# --- properties ----------------------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(labelled_valid)
def test_valid_mode_keeps_validity_and_inverts(case: tuple[str, str]) -> None:
    label, value = case
    validator = VALIDATORS[label]
    out = encrypt_value(value, label, "valid", KEYS, PURPOSE)
    assert layout(out) == layout(value)
    if label == "PHONE":  # the subscriber digits are free: VERIFIED and PLAUSIBLE landlines trade places
        assert validator.is_valid(out)
        assert out[:2] == value[:2]
    elif label == "KR_FRN":  # VERIFIED also needs the legacy office/type rules, which are not kept
        assert validator.is_valid(out)
        assert frn.check_digit_ok(out) is frn.check_digit_ok(value)
    else:
        assert validator.check(out) is validator.check(value)
    assert decrypt_value(out, label, "valid", KEYS, PURPOSE) == value


@settings(max_examples=300, deadline=None)
@given(labelled_valid)
def test_impossible_mode_is_never_valid_and_inverts(case: tuple[str, str]) -> None:
    label, value = case
    out = encrypt_value(value, label, "impossible", KEYS, PURPOSE)
    assert layout(out) == layout(value)
    assert VALIDATORS[label].check(out) is Validity.INVALID
    assert not VALIDATORS[label].is_valid(out)
    assert decrypt_value(out, label, "impossible", KEYS, PURPOSE) == value
    # An input that already has the impossible form maps into the valid set (the whole stays a permutation).
    back = encrypt_value(out, label, "impossible", KEYS, PURPOSE)
    assert VALIDATORS[label].is_valid(back)
    assert decrypt_value(back, label, "impossible", KEYS, PURPOSE) == out


IMPOSSIBLE_SHAPES = [
    pytest.param("KR_RRN", "900101-1234568", r"\d\d(2[1-9]|3[0-2])\d\d-\d{7}", id="rrn-month-21-32"),
    pytest.param("KR_FRN", "900101-5234563", r"\d\d(2[1-9]|3[0-2])\d\d-\d{7}", id="frn-month-21-32"),
    pytest.param("PHONE", "010-1234-5678", r"071-\d{4}-\d{4}", id="mobile-071"),
    pytest.param("PHONE", "02-123-4567", r"09-\d{3}-\d{4}", id="seoul-09"),
    pytest.param("PHONE", "031-123-4567", r"034-\d{3}-\d{4}", id="gyeonggi-034"),
    pytest.param("PHONE", "0505-123-4567", r"0905-\d{3}-\d{4}", id="personal-0905"),
    pytest.param("CREDIT_CARD", "4111 1111 1111 1111", r"4111 11\d\d \d{4} \d{4}", id="card-bin-kept"),
    pytest.param("KR_BRN", "220-81-62517", r"\d{3}-81-\d{5}", id="brn-type-kept"),
]


@pytest.mark.parametrize(("label", "value", "shape"), IMPOSSIBLE_SHAPES)
def test_impossible_shapes(label: str, value: str, shape: str) -> None:
    out = encrypt_value(value, label, "impossible", KEYS, PURPOSE)
    assert re.fullmatch(shape, out), out
    assert decrypt_value(out, label, "impossible", KEYS, PURPOSE) == value


def test_impossible_card_fails_luhn_and_nir_key() -> None:
    out = encrypt_value("4111 1111 1111 1111", "CREDIT_CARD", "impossible", KEYS, PURPOSE).replace(" ", "")
    assert luhn(out[:-1]) != out[-1]
    value = nir.format("1850578006084" + nir.calc_key("1850578006084"))
    out = nir.compact(encrypt_value(value, "FR_NIR", "impossible", KEYS, PURPOSE))
    assert nir.calc_key(out) != out[13:]
    assert nir.validate(out[:13] + nir.calc_key(out)) is not None  # everything but the key is a valid NIR


GENERIC_LABELS = [*sorted(FPE_LABELS), "CUSTOM_MEMBER_NO"]


@settings(max_examples=400, deadline=None)
@given(
    label=st.sampled_from(GENERIC_LABELS),
    mode=st.sampled_from(MODES),
    value=st.text(alphabet="0123456789- ()+.", min_size=6, max_size=24).filter(
        lambda v: sum(c.isdigit() for c in v) >= 6
    ),
)
def test_any_digit_string_round_trips(label: str, mode: str, value: str) -> None:
    """Whatever the validators think of it (not an RRN, a half RRN, +82 forms …), fpe inverts exactly."""
    out = encrypt_value(value, label, mode, KEYS, PURPOSE)
    assert layout(out) == layout(value)
    assert decrypt_value(out, label, mode, KEYS, PURPOSE) == value


@pytest.mark.parametrize(
    ("label", "value"),
    [pytest.param("BANK_ACCOUNT", "110-123-456789", id="shinhan"),
     pytest.param("BANK_ACCOUNT", "1234567890123", id="bare"),
     pytest.param("OTHER_ID", "환자번호 AB-1234567", id="letters-kept"),
     pytest.param("KR_DRIVER_LICENSE", "11-12-345678-90", id="licence"),
     pytest.param("KR_RRN", "900101", id="rrn-front-half"), pytest.param("KR_RRN", "1234567", id="rrn-back-half"),
     pytest.param("PHONE", "+82 10-1234-5678", id="phone-intl"),
     pytest.param("CUSTOM_EMPLOYEE", "EMP-000042", id="custom")],
)  # fmt: skip
@pytest.mark.parametrize("mode", MODES)
def test_generic_labels(label: str, value: str, mode: str) -> None:
    out = encrypt_value(value, label, mode, KEYS, PURPOSE)
    assert layout(out) == layout(value)
    assert out != value
    assert decrypt_value(out, label, mode, KEYS, PURPOSE) == value
    if label == "BANK_ACCOUNT":
        assert bank_account.is_valid(out)


def test_full_width_digits_are_folded() -> None:
    out = encrypt_value("０１０-１２３４-５６７８", "PHONE", "valid", KEYS, PURPOSE)
    assert re.fullmatch(r"010-\d{4}-\d{4}", out)
    assert out == encrypt_value("010-1234-5678", "PHONE", "valid", KEYS, PURPOSE)
    assert decrypt_value(out, "PHONE", "valid", KEYS, PURPOSE) == "010-1234-5678"


def test_same_digits_other_layout_same_digits() -> None:
    dashed = encrypt_value("010-1234-5678", "PHONE", "impossible", KEYS, PURPOSE)
    bare = encrypt_value("01012345678", "PHONE", "impossible", KEYS, PURPOSE)
    assert dashed.replace("-", "") == bare


@pytest.mark.parametrize("mode", MODES)
def test_determinism_and_separation(mode: str) -> None:
    value = "900101-1234568"
    out = encrypt_value(value, "KR_RRN", mode, KEYS, PURPOSE)
    assert encrypt_value(value, "KR_RRN", mode, KEYS, PURPOSE) == out
    assert encrypt_value(value, "KR_RRN", mode, KEYS, "another purpose") != out
    assert encrypt_value(value, "KR_RRN", mode, KeyRing.generate(), PURPOSE) != out
    assert encrypt_value(value, "OTHER_ID", mode, KEYS, PURPOSE) != out
    assert decrypt_value(out, "KR_RRN", mode, KEYS, "another purpose") != value


def test_modes_do_not_share_digits() -> None:
    valid = encrypt_value("900101-1234568", "KR_RRN", "valid", KEYS, PURPOSE)
    impossible = encrypt_value("900101-1234568", "KR_RRN", "impossible", KEYS, PURPOSE)
    assert valid[4:] != impossible[4:]  # separate tweaks, not the same permutation then spoiled


def test_rotation_needs_the_recorded_key_id(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    old = new_keyfile(path)
    out = encrypt_value("010-1234-5678", "PHONE", "valid", old, PURPOSE)
    rotated = rotate_keyfile(path)
    assert encrypt_value("010-1234-5678", "PHONE", "valid", rotated, PURPOSE) != out
    assert decrypt_value(out, "PHONE", "valid", rotated, PURPOSE, key_id=old.active_id) == "010-1234-5678"
    with pytest.raises(UnknownKeyError):
        decrypt_value(out, "PHONE", "valid", rotated, PURPOSE, key_id="k-20000101-000000")


# --- the operator and its errors -------------------------------------------------------------------------------------


def test_identity_and_params() -> None:
    assert operator_class("fpe") is FpeOperator
    assert (FpeOperator.name, FpeOperator.reversible, FpeOperator.needs_key) == ("fpe", True, True)
    assert FpeOperator.Params is FpeParams
    assert FpeOperator().params == FpeParams(mode="impossible")
    with pytest.raises(ConfigError, match="valid, impossible"):
        FpeParams(mode="real")  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
def test_apply(mode: str) -> None:
    item = Item("010-1234-5678", "PHONE", Language.KO, "01012345678")
    ctx = OperatorContext(purpose=PURPOSE, keys=KEYS)
    out = FpeOperator(FpeParams(mode=mode)).apply(item, ctx)  # type: ignore[arg-type]
    assert out == encrypt_value("010-1234-5678", "PHONE", mode, KEYS, PURPOSE)
    with pytest.raises(MissingKeyError):
        FpeOperator().apply(item, OperatorContext(purpose=PURPOSE))


ERRORS = [
    pytest.param("PERSON", "김민준", ConfigError, id="not-numeric-label"),
    pytest.param("EMAIL", "a12345678@example.com", ConfigError, id="email"),
    pytest.param("OTHER_ID", "A-12345", InvalidLength, id="five-digits"),
    pytest.param("KR_RRN", "", InvalidLength, id="empty"),
]


@pytest.mark.parametrize(("label", "value", "error"), ERRORS)
def test_errors_never_show_the_value(label: str, value: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        encrypt_value(value, label, "valid", KEYS, PURPOSE)
    message = str(info.value)
    assert value not in message or not value
    assert not re.search(r"\d{4}", message)
    assert decrypt_value(value, label, "valid", KEYS, PURPOSE) is None


@pytest.mark.parametrize("bad", ["", "abc", "12345", "９"])
def test_decrypt_junk_gives_none(bad: str) -> None:
    assert decrypt_value(bad, "KR_RRN", "impossible", KEYS, PURPOSE) is None
    assert decrypt_value("900101-1234568", "KR_RRN", "bogus", KEYS, PURPOSE) is None
