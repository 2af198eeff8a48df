"""Grammar that says the word before is a person, whatever the name: Korean marks animate recipients and
sources with their own particles, and some verbs take only people as partners.

- ``X한테 / X에게 / X께 / X더러``: the dative of a living being (a thing takes 에: 회사에 물어보세요).
- ``X랑 / X하고 / X와 통화했어요``: "with X" before a verb of contact (통화, 연락, 만나 …).
- ``X가 그러는데 / X가 말하길``: X said something.
- ``X 말로는``: according to X.
- ``X라는 친구 / X이라는 사람``: a person called X.
- ``범인은 X였다 / 담당자는 X입니다``: a noun for a person as the topic, X as what it is (the copula).

A cue alone makes no name (엄마한테, 은행이랑 통화: dictionary words are ruled out where it is used); it is
evidence for a string that already reads as one, where the lexicon has nothing to say (a given name too rare
or too new for it: 홍별하한테 물어보세요, 윤슬이랑 통화했어요).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from gamyeong.locales.ko_names import COMPOUND_TITLES, COMPOUND_UNITS, PARTICLES

__all__ = [
    "ACCORDING",
    "COPULA",
    "CUE_RESTS",
    "INTRO",
    "PERSON_NOUNS",
    "Cue",
    "capped",
    "department_title",
    "identified",
    "introduced",
    "person_clause",
    "person_cue",
]

Cue = Literal["animate", "contact", "said", "according", "identified", "named"]

_ANIMATE = frozenset(
    """한테 한테서 한테는 한테도 한테만 한테로 에게 에게서 에게는 에게도 에게만 께 께서 께서는 께서도 께는 께도
    더러""".split()
)
_WITH = frozenset("랑 이랑 하고 와 과 랑은 이랑은 하고는 와는 과는 랑도 이랑도 하고도".split())
_SUBJECT = frozenset("가 이 는 은 도 가요 는요".split())
# verbs (their stems as written) that take a person as partner after "with X"
_CONTACT = (
    "통화", "연락", "얘기", "이야기", "대화", "상담", "만나", "만났", "만난", "만날", "결혼", "싸우", "싸웠", "싸운",
    "사귀", "사귄", "헤어", "문자", "카톡", "약속", "인사", "면담", "미팅", "데이트",
)  # fmt: skip
# X가 그러는데 (X said), X가 말하길 …
_SAID = (
    "그러는데", "그러던데", "그랬는데", "그러더라", "그러더군", "그랬어", "그랬대", "그러길", "그러면서", "그러시는데",
    "그러셨는데", "말하길", "말하기를", "말했", "말하는데", "말하던데", "말씀하", "전하길", "얘기하길", "얘기했",
)  # fmt: skip
_ACCORDING = ("말로는", "말에", "얘기로는", "말대로", "말씀으로는", "말씀에")
ACCORDING = _ACCORDING


# Words for people that are not names and take the same grammar (친구한테, 남친이랑 통화, 회사가 그러는데): the
# common ones whose last syllable is as frequent in given names as in words, so the syllable odds do not rule
# them out (a one-syllable role after a surname, 김대리한테, is a title: ruled out elsewhere).
PERSON_NOUNS = frozenset(
    """남친 여친 남편 아내 애인 친구 동생 언니 오빠 누나 엄마 아빠 형님 아기 아이 애기 주인 사원 장인 장모 선수
    코치 기사 피디 캡틴 매니 알바 반장 회장 사장 대리 과장 부장 차장 팀장 실장 이사 상무 전무 대표 원장 교수
    선생 학생 선배 후배 동료 직원 손님 고객 센터 회사 은행 병원 학교 정부 가족 부모 자녀 아들 조카 삼촌 이모
    고모 사촌 친척 이웃 기자 작가 배우 가수 감독 의사 약사 간호 경찰 검사 판사 남자 여자 사람 본인 상대 담당
    총무 비서 점장 주임 본사 지점 업체 택배 매장 가게 고객님 상담 기관 당국 법원 주민 회원 유저 멘토 집주
    사모 도련 처남 매부 올케 시누 형수 제수 손녀 손자 전남 전여 구남 구여 새엄 새아 동무 짝꿍""".split()
)


# X(이)라는 친구, X란 사람: a person called X
_CALLED_QUOTE = frozenset("이라는 라는 이란 란 이라고 라고".split())
_CALLED_PEOPLE = (
    "친구", "사람", "분", "아이", "애", "학생", "직원", "남자", "여자", "선배", "후배", "동생", "언니", "오빠", "누나",
    "형", "고객", "환자", "이름", "신입", "인턴", "동료", "녀석", "놈", "아저씨", "아줌마", "할머니", "할아버지",
)  # fmt: skip

# the copula after a name: X였다, X입니다, X이에요 …
_COPULA = frozenset(
    """이다 다 였다 이었다 입니다 이에요 예요 이야 야 이고 고 이며 며 였고 이었고 였어요 이었어요 였습니다 이었습니다
    이었죠 였죠 이죠 죠 이래요 래요 이었대요 였대요 이었어 였어 이었지 였지 이더라 더라 였더라 이었더라""".split()
)
# nouns for a role only people fill, as the topic of "ROLE은 X이다" (범인은 X였다: the culprit was X)
_ROLES = frozenset(
    """범인 주인공 우승자 당첨자 담당자 작성자 신청자 신청인 책임자 대표자 주인 용의자 피해자 가해자 신고자 목격자
    수상자 당선자 발표자 진행자 사회자 주최자 예약자 수령인 수령자 보호자 대리인 보증인 상속인 의뢰인 제보자 가입자
    구매자 판매자 주문자 발신자 수신자 참석자 결석자 지각자 1등 2등 3등 꼴찌 반장 회장 부회장 팀장 짝꿍 짝 남친 여친
    남편 아내 애인 신랑 신부 담임 주치의 원장 상대 상대방 후임 전임 후임자 전임자 적임자 당번 총무""".split()
)
_TOPIC = ("은", "는", "이", "가")
#: the rests :func:`identified` and :func:`introduced` ask for: callers test them before building the text the
#: two read (most candidates have neither)
COPULA = _COPULA
#: the copula in two syllables, which a one-syllable noun before it makes look like a surname and a given name
#: (형이야); not 이다, a given name too
COPULA_GIVEN = frozenset("이야 이고 이며 였다 이죠 예요 이라 이네".split())


def identified(previous_word: str, rest: str) -> bool:
    """``previous_word`` (the word before the name, one space away) is a role only a person fills, as a topic or
    subject (범인은, 담당자는), and ``rest`` (after the name in its word) is the copula: 범인은 X였다."""
    if rest not in _COPULA or not previous_word.endswith(_TOPIC):
        return False
    role = previous_word[:-1]
    return role in _ROLES or role in PERSON_NOUNS


_GREETING = re.compile(r"(?:안녕하세요|안녕하십니까|반갑습니다|처음 뵙겠습니다|여보세요|수고하십니다)[,.!~]?\s?$")
_INTRO = ("입니다", "이에요", "예요", "이라고", "라고", "이고요", "고요")
INTRO = _INTRO


def introduced(before: str, rest: str) -> bool:
    """``before`` (the text before the name) ends in a greeting and ``rest`` is the copula or a quotation: a
    speaker gives their name (안녕하세요, X입니다 / 여보세요, X라고 하는데요)."""
    return rest.startswith(_INTRO) and _GREETING.search(before) is not None


# Predicates only people are the subject (X가 어제 전화했어요) or the object (X를 만났다) of, and what only people
# own (X의 아내, X의 휴대폰): weaker than the cues above (a company also calls, a dog also has a birthday).
_SUBJECT_ONLY = (
    "전화했", "전화해", "전화를", "전화가", "연락했", "연락해", "연락이", "말했", "말하", "말씀", "물었", "대답",
    "웃었", "웃으", "울었", "울면", "태어", "결혼", "입사", "퇴사", "졸업", "입학", "취임", "숨졌", "숨진", "부탁",
    "출산", "사표",
)  # fmt: skip
_OBJECT_ONLY = ("만났", "만나", "불렀", "부르", "칭찬", "혼냈", "업고", "안아", "소개", "추천", "기다렸", "기다리")
_OWNED = (
    "아내", "남편", "딸", "아들", "어머니", "아버지", "엄마", "아빠", "부모", "친구", "동생", "언니", "오빠", "누나",
    "형", "생일", "휴대폰", "핸드폰", "노트북", "연락처", "전화번호", "이메일", "계좌", "가방", "자리", "책상",
)  # fmt: skip
_CLAUSE_WORD = re.compile(r"[ \t]*([^\s.,!?;:]+)")  # a word of the clause: 어제, 1990년에, 방금
_OBJECT = frozenset("을 를 도".split())


def person_clause(text: str, end: int, rest: str) -> bool:
    """One of the next three words of the clause (``text`` from ``end``, the end of the name's word) is a predicate
    that takes only a person in the role ``rest`` marks: subject or topic (가 이 은 는 도), object (을 를), or
    the owner (의) of a relative or a belonging, in the next word."""
    subject, obj, owner = rest in _SUBJECT, rest in _OBJECT, rest == "의"
    if not (subject or obj or owner):
        return False
    at = end
    for _ in range(1 if owner else 3):
        m = _CLAUSE_WORD.match(text, at)
        if m is None:
            return False
        word = m.group(1)
        if (owner and word.startswith(_OWNED)) or (subject and word.startswith(_SUBJECT_ONLY)):
            return True
        if obj and word.startswith(_OBJECT_ONLY):
            return True
        at = m.end()
    return False


#: what may follow the name inside its word for :func:`person_cue` to find a cue (after anything else it finds
#: none, whatever the next word): most words are skipped before their next word is looked up
CUE_RESTS = frozenset({""}) | _ANIMATE | _WITH | _SUBJECT | _CALLED_QUOTE


def person_cue(rest: str, next_word: str) -> Cue | None:
    """The cue in ``rest`` (what follows the name inside its word: a particle) and ``next_word`` (the word
    after it, one space away, or "")."""
    if rest in _ANIMATE:
        return "animate"
    if not next_word:
        return None
    if rest in _WITH and next_word.startswith(_CONTACT):
        return "contact"
    if rest in _SUBJECT and next_word.startswith(_SAID):
        return "said"
    if not rest and next_word.startswith(_ACCORDING):
        return "according"
    if rest in _CALLED_QUOTE and next_word.startswith(_CALLED_PEOPLE):
        return "named"
    return None


_COMPOUND = re.compile(
    r"([가-힣0-9A-Za-z]{1,8}?)(?:" + "|".join(COMPOUND_UNITS) + r")(" + "|".join(COMPOUND_TITLES) + r")([가-힣]*)"
)
_TITLE_TAILS = frozenset("님 님께 님께서 님은 님이 님의 님도 님을 님과".split())
_PARTICLE_SET = frozenset(PARTICLES)
# the rest of a department name the Hangul word pattern stops at (조사2과장): digits and Latin letters inside it
_DEPT_TAIL = re.compile(r"(?:[0-9A-Za-z]+[가-힣]*)*")


@lru_cache(maxsize=8192)
def _compound_title(word: str) -> bool:
    m = _COMPOUND.fullmatch(word)
    return m is not None and (not m.group(3) or m.group(3) in _PARTICLE_SET or m.group(3) in _TITLE_TAILS)


def department_title(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` (with any digits or Latin letters after it) is a department, its unit and a
    title, maybe with 님 and a particle (마케팅팀장님께, 기획실장은, 조사2과장, 영업팀대리): the unit (팀, 실, 과 …)
    makes it a department, not a name or a place (김철수대리, 노원구청장, 국가대표)."""
    tail = _DEPT_TAIL.match(text, end)  # always matches (it may match nothing)
    return _compound_title(text[start : tail.end() if tail else end])


_UNCAPPED = frozenset({"context:honorific", "layout:name-field"})


def capped(score: float, why: list[str] | tuple[str, ...], length: int) -> float:
    """A two-syllable dictionary word (한국, 정보, 강원) stays below the threshold unless a title follows it or it is
    the whole value of a name field (성명: 정우), whatever else vouches for it: too many are some person's name in
    the lexicon."""
    if length == 2 and "lexicon:common-word" in why and not _UNCAPPED.intersection(why):
        return min(score, 0.45)
    return score
