"""The surrogate operator: a realistic fake of the same kind, deterministic per key and purpose, never the
original, valid for its validator, and grammatical in Korean (same final consonant)."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import ipaddress
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gamyeong.errors import GamyeongError
from gamyeong.identifiers._base import Validity
from gamyeong.identifiers.fr import nir
from gamyeong.identifiers.intl import card, email, iban
from gamyeong.identifiers.kr import brn, driver_license, frn, passport, phone, rrn
from gamyeong.langs import Language
from gamyeong.pseudonymize.operators import operator_class
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.operators.surrogate import SurrogateOperator
from gamyeong.pseudonymize.surrogates import ko_data
from gamyeong.pseudonymize.surrogates.josa import has_final_consonant, is_hangul_syllable


class FakeKeys:
    """Stands in for the key ring: same ``derive`` signature, HMAC-SHA256 of a fixed secret."""

    def __init__(self, secret: bytes = b"test-secret") -> None:
        self.secret = secret

    def derive(self, purpose: str, label: str, use: str) -> bytes:
        return hmac.new(self.secret, "\0".join((purpose, label, use)).encode(), hashlib.sha256).digest()


def compact(value: str) -> str:
    return re.sub(r"[\s\-./()]", "", value).upper()


def surrogate(value: str, label: str, lang: str = "ko", *, purpose: str = "research", secret: bytes = b"k") -> str:
    ctx = OperatorContext(purpose=purpose, keys=FakeKeys(secret))  # type: ignore[arg-type]
    normalized = " ".join(value.split()).casefold() if label == "PERSON" else compact(value)
    return SurrogateOperator().apply(Item(value, label, Language(lang), normalized), ctx)


def syllables(text: str) -> list[str]:
    return [c for c in text if is_hangul_syllable(c)]


def test_identity() -> None:
    assert operator_class("surrogate") is SurrogateOperator
    assert SurrogateOperator.name == "surrogate"
    assert (SurrogateOperator.reversible, SurrogateOperator.needs_key) == (False, True)


def test_needs_a_key() -> None:
    with pytest.raises(GamyeongError, match="pseudonym key"):
        SurrogateOperator().apply(Item("김민준", "PERSON", Language.KO, "김민준"), OperatorContext(purpose="p"))


# Each case: (label, value, lang, check on the output).
Check = Callable[[str], bool]
SIDO_FULL = {s.full for s in ko_data.SIDO}
SIDO_SHORT = {s.short for s in ko_data.SIDO}
KO_ROAD_DONG_HO = r"(\S+) [가-힣]+[구군시] [가-힣]+(대로|로) [1-9]\d{2}, [1-9]\d{2}동 [1-9]\d{3}호"
KO_LOT = r"\S+ \S+ [가-힣]+동 \d{3}-\d{2}"


def _ko_name(count: int, closed: bool) -> Check:
    def check(out: str) -> bool:
        hangul = syllables(out)
        return len(hangul) == count and has_final_consonant(hangul[-1]) is closed

    return check


CASES = [
    pytest.param("PERSON", "김민준", "ko", _ko_name(3, True), id="ko-name-with-batchim"),
    pytest.param("PERSON", "이서아", "ko", _ko_name(3, False), id="ko-name-without-batchim"),
    pytest.param("PERSON", "남궁민수", "ko", lambda o: _ko_name(4, False)(o) and o[:2] in ko_data.COMPOUND_SURNAMES,
                 id="ko-compound-surname"),
    pytest.param("PERSON", "김 민준", "ko", lambda o: re.fullmatch(r"[가-힣] [가-힣]{2}", o) is not None,
                 id="ko-name-with-space"),
    pytest.param("PERSON", "박", "ko", lambda o: o in ko_data.SINGLE_SURNAMES and has_final_consonant(o),
                 id="ko-surname-alone"),
    pytest.param("PERSON", "Kim Minjun", "ko", lambda o: re.fullmatch(r"[A-Z][\w'-]+ [A-Z][\w'-]+", o) is not None,
                 id="ko-romanized-name-via-faker"),
    pytest.param("PERSON", "Jean Dupont", "fr", lambda o: len(o.split()) == 2, id="fr-name"),
    pytest.param("PERSON", "DUPONT Jean", "fr", lambda o: o.split()[0].isupper() and not o.split()[1].isupper(),
                 id="fr-name-surname-first-in-capitals"),
    pytest.param("PERSON", "John Smith", "en", lambda o: len(o.split()) == 2, id="en-name"),
    pytest.param("ADDRESS", "서울특별시 강남구 테헤란로 123, 101동 1203호", "ko",
                 lambda o: re.fullmatch(KO_ROAD_DONG_HO, o) is not None and o.split()[0] in SIDO_FULL,
                 id="ko-road-address-with-dong-ho"),
    pytest.param("ADDRESS", "서울 강남구 역삼동 123-45", "ko",
                 lambda o: o.split()[0] in SIDO_SHORT and re.fullmatch(KO_LOT, o) is not None,
                 id="ko-lot-address-short-sido"),
    pytest.param("ADDRESS", "세종대로 110", "ko", lambda o: re.fullmatch(r"[가-힣]+대로 \d{3}", o) is not None,
                 id="ko-road-only"),
    pytest.param("ADDRESS", "12 rue de la Paix, 75002 Paris", "fr", lambda o: re.search(r", \d{5} ", o) is not None,
                 id="fr-address-with-postcode"),
    pytest.param("ADDRESS", "123 Main St, Springfield, IL 62704", "en",
                 lambda o: re.search(r", [A-Z]{2} \d{5}$", o) is not None, id="en-address-with-zip"),
    pytest.param("PHONE", "010-1234-5678", "ko",
                 lambda o: re.fullmatch(r"010-\d{4}-\d{4}", o) is not None and phone.check(o) is Validity.VERIFIED,
                 id="kr-mobile"),
    pytest.param("PHONE", "+82 10 1234 5678", "ko", lambda o: re.fullmatch(r"\+82 10 \d{4} \d{4}", o) is not None,
                 id="kr-mobile-international"),
    pytest.param("PHONE", "02-312-4567", "ko",
                 lambda o: o.startswith("02-") and phone.check(o) is Validity.VERIFIED, id="kr-seoul-landline"),
    pytest.param("PHONE", "06 12 34 56 78", "fr", lambda o: re.fullmatch(r"06( \d\d){4}", o) is not None,
                 id="fr-mobile"),
    pytest.param("PHONE", "(415) 555-1234", "en", lambda o: re.fullmatch(r"\(415\) [2-9]\d\d-\d{4}", o) is not None,
                 id="us-phone"),
    pytest.param("EMAIL", "minjun.kim@naver.com", "ko",
                 lambda o: email.check(o) is not Validity.INVALID and o.split("@")[1].startswith("example."),
                 id="email-ko"),
    pytest.param("EMAIL", "jean.dupont@orange.fr", "fr", lambda o: email.check(o) is not Validity.INVALID,
                 id="email-fr"),
    pytest.param("URL", "https://blog.naver.com/kimminjun", "ko",
                 lambda o: re.fullmatch(r"https://blog\.naver\.com/[a-z]{9}", o) is not None, id="url-profile-path"),
    pytest.param("URL", "https://kimminjun.tistory.com/12", "ko",
                 lambda o: o.endswith(".tistory.com/" + o[-2:]) and o[-2:].isdigit(), id="url-personal-subdomain"),
    pytest.param("URL", "https://kimminjun.com", "ko", lambda o: re.fullmatch(r"https://[a-z]{9}\.com", o) is not None,
                 id="url-personal-domain"),
    pytest.param("IP_ADDRESS", "203.0.113.7", "en",
                 lambda o: ipaddress.ip_address(o) in ipaddress.ip_network("10.0.0.0/8"), id="ipv4-private"),
    pytest.param("IP_ADDRESS", "2001:db8::1", "en",
                 lambda o: ipaddress.ip_address(o) in ipaddress.ip_network("fd00::/8"), id="ipv6-unique-local"),
    pytest.param("DATE_OF_BIRTH", "1990-01-01", "en", lambda o: re.fullmatch(r"1990-\d\d-\d\d", o) is not None,
                 id="dob-iso-same-year"),
    pytest.param("DATE_OF_BIRTH", "1990년 1월 1일", "ko",
                 lambda o: re.fullmatch(r"1990년 [1-9]\d?월 [1-9]\d?일", o) is not None, id="dob-ko"),
    pytest.param("DATE_OF_BIRTH", "March 3, 1990", "en",
                 lambda o: re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, 1990", o) is not None, id="dob-en-month-name"),
    pytest.param("DATE_OF_BIRTH", "3 mars 1990", "fr", lambda o: re.fullmatch(r"\d{1,2} [a-zéû]+ 1990", o) is not None,
                 id="dob-fr-month-name"),
    pytest.param("DATE_OF_BIRTH", "1990년생", "ko", lambda o: re.fullmatch(r"199\d년생", o) is not None,
                 id="dob-year-only-same-decade"),
    pytest.param("KR_RRN", "900101-1234568", "ko",
                 lambda o: rrn.check(o) is Validity.VERIFIED and o[0] == "9" and o[7] in "12" and o[6] == "-",
                 id="rrn-valid-same-decade-century"),
    pytest.param("KR_RRN", "0501014123456", "ko",
                 lambda o: rrn.check(o) is Validity.VERIFIED and o[0] == "0" and o[6] in "34", id="rrn-2000s"),
    pytest.param("KR_RRN", "900101", "ko", lambda o: rrn.is_valid_front(o) and o[0] == "9", id="rrn-front-half"),
    pytest.param("KR_RRN", "1234567", "ko", lambda o: rrn.is_valid_back(o) and o[0] in "12", id="rrn-back-half"),
    pytest.param("KR_FRN", "900101-5234567", "ko",
                 lambda o: frn.check(o) is Validity.VERIFIED and o[7] in "56", id="frn-valid"),
    pytest.param("KR_BRN", "220-81-62517", "ko",
                 lambda o: brn.check(o) is Validity.VERIFIED and o[4:6] == "81", id="brn-corporate-code-kept"),
    pytest.param("KR_BRN", "123-45-67891", "ko",
                 lambda o: brn.check(o) is Validity.VERIFIED and brn.is_individual(o), id="brn-individual"),
    pytest.param("CREDIT_CARD", "4111 1111 1111 1111", "en",
                 lambda o: card.check(o) is Validity.VERIFIED and o.startswith("4111 ") and len(o) == 19,
                 id="card-visa-layout"),
    pytest.param("CREDIT_CARD", "378282246310005", "en",
                 lambda o: card.check(o) is Validity.VERIFIED and card.issuer(o) == "amex", id="card-amex"),
    pytest.param("IBAN", "FR76 3000 6000 0112 3456 7890 189", "fr",
                 lambda o: iban.check(o) is Validity.VERIFIED and o.startswith("FR"), id="iban-fr"),
    pytest.param("IBAN", "ES9121000418450200051332", "fr", lambda o: iban.check(o) is Validity.VERIFIED, id="iban-es"),
    pytest.param("IBAN", "BE68539007547034", "fr", lambda o: iban.check(o) is Validity.VERIFIED, id="iban-be"),
    pytest.param("IBAN", "NO9386011117947", "fr", lambda o: iban.check(o) is Validity.VERIFIED, id="iban-no"),
    pytest.param("IBAN", "GB82 WEST 1234 5698 7654 32", "en",
                 lambda o: iban.check(o) is Validity.VERIFIED and re.fullmatch(r"GB\d\d [A-Z]{4}( \d{4}){3} \d\d", o)
                 is not None, id="iban-gb-letters"),
    pytest.param("FR_NIR", "1 85 05 78 006 084 36", "fr",
                 lambda o: nir.check(o) is Validity.VERIFIED and o[:3] == "1 8", id="nir"),
    pytest.param("FR_NIR", "2 69 05 2A 123 456 78", "fr", lambda o: nir.check(o) is Validity.VERIFIED,
                 id="nir-corsica-layout"),
    pytest.param("BANK_ACCOUNT", "123-456-789012", "ko", lambda o: re.fullmatch(r"\d{3}-\d{3}-\d{6}", o) is not None,
                 id="bank-account-layout"),
    pytest.param("KR_PASSPORT", "M12345678", "ko", lambda o: passport.check(o) is not Validity.INVALID and o[0] == "M",
                 id="kr-passport-old"),
    pytest.param("KR_PASSPORT", "M123A4567", "ko", lambda o: passport.is_new_format(o) and o[0] == "M",
                 id="kr-passport-new"),
    pytest.param("KR_DRIVER_LICENSE", "11-12-345678-90", "ko",
                 lambda o: driver_license.check(o) is not Validity.INVALID, id="driver-license-code"),
    pytest.param("KR_DRIVER_LICENSE", "서울 12-345678-90", "ko",
                 lambda o: driver_license.check(o) is not Validity.INVALID and not o[0].isdigit(),
                 id="driver-license-region-name"),
    pytest.param("VEHICLE_PLATE", "12가3456", "ko", lambda o: re.fullmatch(r"\d\d[가-힣]\d{4}", o) is not None,
                 id="kr-plate"),
    pytest.param("VEHICLE_PLATE", "서울12가3456", "ko",
                 lambda o: o[:2] in ko_data.PLATE_REGIONS and o[4] in ko_data.PLATE_LETTER_CLASSES[0],
                 id="kr-plate-region-private"),
    pytest.param("VEHICLE_PLATE", "123하4567", "ko", lambda o: o[3] in ko_data.PLATE_LETTER_CLASSES[2],
                 id="kr-plate-rental-kept"),
    pytest.param("VEHICLE_PLATE", "AB-123-CD", "fr",
                 lambda o: re.fullmatch(r"[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}", o) is not None, id="fr-plate"),
    pytest.param("OTHER_ID", "P-2023-00451", "ko", lambda o: re.fullmatch(r"[A-Z]-\d{4}-\d{5}", o) is not None,
                 id="other-id-shape"),
    pytest.param("PASSPORT", "X1234567", "fr", lambda o: re.fullmatch(r"[A-Z]\d{7}", o) is not None, id="passport"),
    pytest.param("CUSTOM_EMPLOYEE", "emp-0042", "en", lambda o: re.fullmatch(r"[a-z]{3}-\d{4}", o) is not None,
                 id="custom-label-shape"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "value", "lang", "check"), CASES)
def test_cases(label: str, value: str, lang: str, check: Check) -> None:
    out = surrogate(value, label, lang)
    assert out != value
    assert compact(out) != compact(value)
    assert check(out), out
    assert surrogate(value, label, lang) == out  # deterministic


@pytest.mark.parametrize(("label", "value", "lang", "check"), CASES)
def test_other_purpose_or_key_gives_another_fake(label: str, value: str, lang: str, check: Check) -> None:
    base = surrogate(value, label, lang)
    others = {surrogate(value, label, lang, purpose=f"purpose {i}") for i in range(3)}
    others |= {surrogate(value, label, lang, secret=f"key {i}".encode()) for i in range(3)}
    assert others - {base}  # at least one differs (small spaces like a lone surname may collide once)


def test_same_normalized_value_same_digits_in_its_own_layout() -> None:
    a = surrogate("010-1234-5678", "PHONE")
    b = surrogate("01012345678", "PHONE")
    assert compact(a) == compact(b)
    assert "-" in a
    assert "-" not in b


def test_korean_particles_stay_grammatical() -> None:
    for name, particle in (("김민준", "이"), ("이서아", "가"), ("박지성", "은"), ("최유리", "를")):
        out = surrogate(name, "PERSON")
        assert has_final_consonant(out[-1]) is has_final_consonant(name[-1]), (name, out, particle)


@settings(max_examples=300)
@given(
    st.sampled_from(["PERSON", "ADDRESS", "PHONE", "EMAIL", "URL", "IP_ADDRESS", "DATE_OF_BIRTH", "KR_RRN", "KR_FRN",
                     "KR_BRN", "CREDIT_CARD", "IBAN", "FR_NIR", "BANK_ACCOUNT", "KR_PASSPORT", "KR_DRIVER_LICENSE",
                     "VEHICLE_PLATE", "OTHER_ID", "PASSPORT", "CUSTOM_X"]),
    st.text(max_size=30) | st.text(alphabet=st.sampled_from("0123456789-+ .()@/:김민준년월일서울시구로동호ABCabc")),
    st.sampled_from(["ko", "en", "fr"]),
)  # fmt: skip
def test_any_text_any_label_gives_another_string(label: str, value: str, lang: str) -> None:
    out = surrogate(value, label, lang)
    assert isinstance(out, str)
    if value.strip():
        assert out != value


def test_unchangeable_value_becomes_the_tag() -> None:
    assert surrogate("---", "OTHER_ID") == "[OTHER_ID]"


# ---------------------------------------------------------------------------------------------- properties

ALL_SURNAMES = sorted({*ko_data.SINGLE_SURNAMES, *ko_data.COMPOUND_SURNAMES})
any_syllable = st.integers(0xAC00, 0xD7A3).map(chr)
korean_names = st.builds(
    lambda surname, given: surname + "".join(given),
    st.sampled_from(ALL_SURNAMES),
    st.lists(st.one_of(st.sampled_from(ko_data.GIVEN_LAST_CLOSED + ko_data.GIVEN_LAST_OPEN), any_syllable),
             min_size=1, max_size=3),
)  # fmt: skip
purposes = st.text(min_size=1, max_size=20)


@settings(max_examples=200)
@given(korean_names, purposes)
def test_korean_name_keeps_final_consonant_and_length(name: str, purpose: str) -> None:
    out = surrogate(name, "PERSON", purpose=purpose)
    assert out != name
    assert len(syllables(out)) == len(name)
    assert has_final_consonant(out[-1]) is has_final_consonant(name[-1])


@given(korean_names, purposes)
def test_deterministic(name: str, purpose: str) -> None:
    assert surrogate(name, "PERSON", purpose=purpose) == surrogate(name, "PERSON", purpose=purpose)


@given(st.from_regex(r"[0-9]{3}-[0-9]{4}-[0-9]{4}", fullmatch=True), purposes, purposes)
def test_purposes_do_not_join(number: str, purpose_a: str, purpose_b: str) -> None:
    if purpose_a != purpose_b:
        # 10^8 possible subscriber numbers: a collision between two purposes is as good as impossible
        assert surrogate(number, "PHONE", purpose=purpose_a) != surrogate(number, "PHONE", purpose=purpose_b)


@st.composite
def rrns(draw: st.DrawFn) -> str:
    date = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2024, 12, 31)))
    gender = draw(st.sampled_from("12" if date.year < 2000 else "34"))
    body = date.strftime("%y%m%d") + gender + draw(st.from_regex(r"[0-9]{5}", fullmatch=True))
    return f"{body[:6]}-{body[6:]}{draw(st.sampled_from('0123456789'))}"


@settings(max_examples=150)
@given(rrns(), purposes)
def test_rrn_surrogates_pass_the_checksum(value: str, purpose: str) -> None:
    out = surrogate(value, "KR_RRN", purpose=purpose)
    assert rrn.check(out) is Validity.VERIFIED
    assert out[6] == "-"
    assert compact(out) != compact(value)
    assert (out[7] in "12") is (value[7] in "12")  # same century
    assert out[0] == value[0]  # same birth decade


@settings(max_examples=100)
@given(st.from_regex(r"[1-9][0-9]{2}-[0-9]{2}-[0-9]{5}", fullmatch=True), purposes)
def test_brn_surrogates_pass_the_checksum(value: str, purpose: str) -> None:
    assert brn.check(surrogate(value, "KR_BRN", purpose=purpose)) is Validity.VERIFIED


@settings(max_examples=100)
@given(st.from_regex(r"4[0-9]{15}|5[1-5][0-9]{14}|3[47][0-9]{13}", fullmatch=True), purposes)
def test_card_surrogates_pass_luhn_and_keep_the_brand(value: str, purpose: str) -> None:
    out = surrogate(value, "CREDIT_CARD", purpose=purpose)
    assert card.check(out) is Validity.VERIFIED
    assert out[:4] == value[:4]
    assert len(out) == len(value)


@settings(max_examples=100)
@given(st.from_regex(r"[12][0-9]{2}(0[1-9]|1[0-2])[0-9]{10}", fullmatch=True), purposes)
def test_nir_surrogates_pass_the_key(value: str, purpose: str) -> None:
    out = surrogate(value, "FR_NIR", "fr", purpose=purpose)
    assert nir.check(out) is Validity.VERIFIED
    assert out[0] == value[0]


@settings(max_examples=200)
@given(
    st.sampled_from(["OTHER_ID", "PASSPORT", "BANK_ACCOUNT", "CUSTOM_X", "PHONE", "KR_RRN", "URL"]),
    st.text(alphabet=st.sampled_from("0123456789ABCxyz김- ."), min_size=1, max_size=20),
)
def test_never_the_original(label: str, value: str) -> None:
    out = surrogate(value, label)
    assert out != value
    assert out == f"[{label}]" or compact(out).casefold() != compact(value).casefold()
