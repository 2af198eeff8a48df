"""Tables for the Korean surrogate generators: surnames with their frequencies, given-name syllables, the 17
provinces and metropolitan cities (시/도) with a few of their 시/군/구, road-name roots and plate letters.

Surname weights are per 10 000 people, rounded from Statistics Korea's 2015 census (인구주택총조사, 성씨·본관):
김 21.5 %, 이 14.7 %, 박 8.4 % … The tables hold no real address: a generated one joins a real 시/도 and
시/군/구 (not personal data on their own) with an invented road name and number.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "BUILDING_ROOTS",
    "BUILDING_SUFFIXES",
    "COMPOUND_SURNAMES",
    "DONG_ROOTS",
    "GIVEN_FIRST",
    "GIVEN_LAST_CLOSED",
    "GIVEN_LAST_OPEN",
    "PLATE_LETTER_CLASSES",
    "PLATE_REGIONS",
    "ROAD_ROOTS",
    "SIDO",
    "SINGLE_SURNAMES",
    "Sido",
]

#: single-syllable surnames → weight (per 10 000)
SINGLE_SURNAMES: dict[str, int] = {
    "김": 2150, "이": 1470, "박": 840, "최": 470, "정": 430, "강": 240, "조": 210, "윤": 210, "장": 200,
    "임": 170, "한": 150, "오": 150, "서": 150, "신": 140, "권": 140, "황": 140, "안": 140, "송": 130,
    "전": 110, "홍": 110, "유": 110, "고": 90, "문": 90, "양": 90, "손": 90, "배": 80, "백": 80, "허": 70,
    "남": 60, "심": 60, "노": 60, "하": 50, "곽": 40, "성": 40, "차": 40, "주": 40, "우": 40, "구": 40,
    "민": 40, "류": 30, "나": 30, "진": 30, "지": 30, "엄": 30, "채": 30, "원": 30, "천": 20, "방": 20,
    "공": 20, "현": 20, "함": 20, "변": 20, "염": 10, "여": 10, "추": 10, "도": 10, "소": 10, "석": 10,
    "선": 10, "설": 10, "마": 10, "길": 10, "연": 10, "위": 10, "표": 10, "명": 10, "기": 10, "반": 5,
    "왕": 5, "금": 5, "옥": 5, "육": 5, "인": 5, "맹": 5, "제": 5, "모": 5, "탁": 5, "국": 5, "어": 3,
    "은": 3, "편": 3, "용": 3,
}  # fmt: skip

#: two-syllable surnames → weight (per 10 000)
COMPOUND_SURNAMES: dict[str, int] = {"남궁": 4, "황보": 2, "제갈": 1, "선우": 1, "독고": 1, "사공": 1, "서문": 1}

#: first syllables of given names (either final-consonant status)
GIVEN_FIRST: tuple[str, ...] = tuple(
    dict.fromkeys("민서지예하도주시수현유준은채연윤승우태재동성영정경혜미진상종소다나건가해효보규세아희선")
)
#: last syllables of given names with a final consonant (받침)
GIVEN_LAST_CLOSED: tuple[str, ...] = tuple(
    "민준현진연윤은원빈영훈석혁철숙율린성정경환형섭범건욱용선인한람솔별결헌균광명찬온웅식"
)
#: last syllables of given names without a final consonant
GIVEN_LAST_OPEN: tuple[str, ...] = tuple("우호서아희수주지하도유시예이나라리미채혜기재규세후소다가해효보비여애")


class Sido(NamedTuple):
    """A province or metropolitan city: its full and short names, other names people write, and a few of its
    시/군/구 (empty for 세종, which has none)."""

    full: str
    short: str
    aliases: tuple[str, ...]
    districts: tuple[str, ...]


SIDO: tuple[Sido, ...] = (
    Sido(
        "서울특별시",
        "서울",
        ("서울시",),
        ("강남구", "서초구", "송파구", "마포구", "종로구", "관악구", "노원구", "은평구"),
    ),
    Sido("부산광역시", "부산", ("부산시",), ("해운대구", "수영구", "동래구", "부산진구", "사하구", "기장군")),
    Sido("대구광역시", "대구", ("대구시",), ("수성구", "달서구", "중구", "북구", "달성군")),
    Sido("인천광역시", "인천", ("인천시",), ("연수구", "남동구", "부평구", "미추홀구", "강화군")),
    Sido("광주광역시", "광주", (), ("서구", "북구", "광산구", "남구")),
    Sido("대전광역시", "대전", ("대전시",), ("유성구", "서구", "중구", "대덕구")),
    Sido("울산광역시", "울산", ("울산시",), ("남구", "중구", "북구", "울주군")),
    Sido("세종특별자치시", "세종", ("세종시",), ()),
    Sido("경기도", "경기", (), ("수원시", "성남시", "고양시", "용인시", "부천시", "화성시", "안양시", "가평군")),
    Sido("강원특별자치도", "강원", ("강원도",), ("춘천시", "원주시", "강릉시", "속초시", "평창군")),
    Sido("충청북도", "충북", (), ("청주시", "충주시", "제천시", "옥천군")),
    Sido("충청남도", "충남", (), ("천안시", "아산시", "공주시", "서산시", "홍성군")),
    Sido("전북특별자치도", "전북", ("전라북도",), ("전주시", "군산시", "익산시", "남원시", "완주군")),
    Sido("전라남도", "전남", (), ("목포시", "여수시", "순천시", "나주시", "담양군")),
    Sido("경상북도", "경북", (), ("포항시", "경주시", "구미시", "안동시", "칠곡군")),
    Sido("경상남도", "경남", (), ("창원시", "김해시", "진주시", "양산시", "거제시", "통영시")),
    Sido("제주특별자치도", "제주", ("제주도",), ("제주시", "서귀포시")),
)

#: invented road-name roots (+ 로 / 대로 / 길 / 로N길)
ROAD_ROOTS: tuple[str, ...] = (
    "중앙", "번영", "평화", "희망", "행복", "문화", "시청", "공원", "대학", "강변", "호수", "산업", "해안", "한빛",
    "새빛", "푸른솔", "솔밭", "매화", "벚꽃", "느티", "은행나무", "동백", "무지개", "햇살", "별빛", "하늘", "꽃샘",
    "새봄", "가람", "누리", "다솜", "미리내", "한울", "나래", "청솔", "달맞이", "바람", "들꽃",
)  # fmt: skip

#: invented 동/읍/면/리 roots
DONG_ROOTS: tuple[str, ...] = (
    "신흥", "평화", "송정", "남산", "월계", "수정", "대흥", "신정", "청룡", "학성", "봉선", "연화", "금천", "상록",
    "옥산", "동산", "서원", "목련", "백운", "장미",
)  # fmt: skip

#: building and complex name roots (+ 아파트 / 빌라 …)
BUILDING_ROOTS: tuple[str, ...] = (
    "한빛", "푸른숲", "햇살", "하늘", "새싹", "은하수", "솔내음", "꿈나무", "늘푸른", "한마음", "소나무", "별빛",
)  # fmt: skip
BUILDING_SUFFIXES: tuple[str, ...] = (
    "오피스텔",
    "아파트",
    "빌라",
    "빌딩",
    "타워",
    "맨션",
    "하이츠",
    "주택",
    "타운",
    "마을",
)

#: region names printed on older plates (서울12가3456)
PLATE_REGIONS: tuple[str, ...] = (
    "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남",
    "경북", "경남", "제주",
)  # fmt: skip
#: plate letters by use: private cars, commercial (taxi, bus), rental, delivery; a surrogate keeps the use
PLATE_LETTER_CLASSES: tuple[str, ...] = (
    "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주",
    "바사아자",
    "하허호",
    "배",
)
