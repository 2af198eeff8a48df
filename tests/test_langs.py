from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong import langs
from gamyeong.langs import Language, detect_language, parse_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("안녕하세요 주소 변경 부탁드려요", Language.KO, id="ko-chat"),
        pytest.param(
            "김민준 고객님, 배송지가 서울특별시 강남구 테헤란로 123으로 변경되었습니다.",
            Language.KO,
            id="ko-notice",
        ),
        pytest.param("ㅋㅋㅋㅋ ㅠㅠ", Language.KO, id="ko-jamo-only"),
        pytest.param("제 이메일은 john.smith@example.com 입니다", Language.KO, id="ko-with-email"),
        pytest.param(
            "자세한 내용은 https://www.example.com/account/settings?id=42 에서 확인",
            Language.KO,
            id="ko-with-url",
        ),
        pytest.param("오늘 Samsung Galaxy S24 Ultra 샀어요", Language.KO, id="ko-with-brand"),
        pytest.param("Bonjour, je voudrais changer mon adresse", Language.FR, id="fr-chat"),
        pytest.param("Merci", Language.FR, id="fr-one-word"),
        pytest.param("Le café est fermé à 18h.", Language.FR, id="fr-diacritics"),
        pytest.param(
            "Vous trouverez ci-joint la facture de votre commande ; elle est payable sous trente jours.",
            Language.FR,
            id="fr-formal",
        ),
        pytest.param("Bonjour, je m'appelle 김민준 et j'habite à Lyon", Language.FR, id="fr-with-korean-name"),
        pytest.param("Hi, can you update my phone?", Language.EN, id="en-chat"),
        pytest.param("Thanks!", Language.EN, id="en-one-word"),
        pytest.param("I had a café au lait at the station before the meeting.", Language.EN, id="en-with-french-words"),
        pytest.param("Please send the invoice to 김민준 at the Seoul office.", Language.EN, id="en-with-korean-name"),
    ],
)
def test_detect_language(text: str, expected: Language) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("010-1234-5678", id="number-only"),
        pytest.param("  ...  !!! 42", id="punctuation"),
        pytest.param("Samsung Galaxy", id="no-evidence"),
    ],
)
@pytest.mark.parametrize("default", list(Language))
def test_no_evidence_returns_default(text: str, default: Language) -> None:
    assert detect_language(text, default=default) == default


def test_only_the_start_is_read() -> None:
    text = "the " * 2000 + "안녕하세요 " * 2000
    assert detect_language(text) == Language.EN


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("auto", None, id="auto"),
        pytest.param("ko", Language.KO, id="ko"),
        pytest.param("KO", Language.KO, id="upper"),
        pytest.param("kor", Language.KO, id="iso-639-2"),
        pytest.param(" Korean ", Language.KO, id="name-with-spaces"),
        pytest.param("fr", Language.FR, id="fr"),
        pytest.param("fra", Language.FR, id="fra"),
        pytest.param("French", Language.FR, id="french"),
        pytest.param("en", Language.EN, id="en"),
        pytest.param("eng", Language.EN, id="eng"),
        pytest.param("english", Language.EN, id="english"),
    ],
)
def test_parse_language(value: str, expected: Language | None) -> None:
    assert parse_language(value) == expected


@pytest.mark.parametrize("value", ["de", "", "kr", "jp", "fr-ca-x"])
def test_parse_language_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="use one of auto, ko") as info:
        parse_language(value)
    assert "english" in str(info.value)


def test_language_is_a_str() -> None:
    assert isinstance(Language.KO, str)
    assert Language.KO.value == "ko"
    assert str(Language.FR) == "fr"
    assert f"{Language.EN}" == "en"
    assert [lang.value for lang in Language] == ["ko", "en", "fr"]


def test_stopword_lists_are_disjoint() -> None:
    assert not langs._FR_STOPWORDS & langs._EN_STOPWORDS


@given(st.text(max_size=200))
def test_property_always_a_language(text: str) -> None:
    assert detect_language(text) in set(Language)
    assert detect_language(text, default=Language.FR) in set(Language)
