"""What the words around a Korean name candidate say: a word before it that names a name (성명, 예금주, 고객:),
an honorific or a title after it (님, 과장님, 마케팅팀장님), a chat log's time before a speaker."""

from __future__ import annotations

import re

from gamyeong.detect.names_ko_cues import COPULA, INTRO, department_title
from gamyeong.detect.names_ko_forms import HONORIFIC_LENGTHS, HONORIFIC_SET, rest_kind
from gamyeong.locales.ko_names import NAME_FIELD_LABELS, NAME_TRIGGERS, TITLES_BEFORE, WEAK_TRIGGERS

__all__ = ["name_field", "name_word_before", "speaker", "title_next", "trigger_before"]

_SPEAKER_AFTER = re.compile(r"[ \t]?[:：]")
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)[^\n]{0,40}?\d{1,2}:\d{2}(?::\d{2})?[\])]?,?[ \t]*$")
# A trigger of two syllables or more may end a longer word (배송담당자, 고객성명); a one-syllable one (제, 전, 난)
# must be a word of its own, or 어제, 오전 and 안전 would announce a name.
_TRIGGER_AT_END = re.compile(
    r"(?:(?:^|[^a-z가-힣]|(?<=[가-힣]))("
    + "|".join(re.escape(t) for t in sorted(NAME_TRIGGERS, key=len, reverse=True) if len(t) > 1)
    + r")|(?:^|(?<=[^a-z가-힣]))("
    + "|".join(re.escape(t) for t in NAME_TRIGGERS if len(t) == 1)
    + r"))(?:은|는|이|가|을|를|의)?$"
)
# what goes on a department's name after its Hangul (조사2과장): after anything else the next word alone decides
_DEPARTMENT_GOES_ON = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_KIND_OF_NEXT: dict[str, str | None] = {}
_TRIGGER_OF_TAIL: dict[str, str | None] = {}
_MEMO_SIZE = 8192
_MISSING = object()
_TAGS = re.compile(r"<[^<>\n]{0,30}>")
# the last character a trigger (with its particle) can end in: most words before a candidate end otherwise
_TRIGGER_LAST = frozenset(t[-1] for t in NAME_TRIGGERS) | frozenset("은는이가을를의")
# A match ends the text: it starts at most this far from the end (a boundary character, the longest trigger, a
# particle). The search starts there instead of at each of 40 characters; look-behinds still see before it.
_TRIGGER_REACH = 1 + max(len(t) for t in NAME_TRIGGERS) + 1


def speaker(text: str, start: int, end: int) -> bool:
    """The name is a chat log's speaker: a colon after it, a time (and maybe a date) before it on its line."""
    if _SPEAKER_AFTER.match(text, end) is None:
        return False
    return _SPEAKER_BEFORE.search(text, max(0, start - 48), start) is not None


def title_next(text: str, words: list[tuple[int, int]], i: int, whole: bool) -> str | None:
    """ "title" when the next word (one space away) is an honorific or title (님, 과장님, 교수는), "compound"
    when it is a department and a title (마케팅팀장님, 조사2과장은), else None."""
    if not whole or i + 1 >= len(words):
        return None
    end = words[i][1]
    n_start, n_end = words[i + 1]
    if n_start != end + 1 or text[end] != " ":
        return None
    nxt = text[n_start:n_end]
    if n_end < len(text) and text[n_end] in _DEPARTMENT_GOES_ON:
        return _next_kind(text, nxt, n_start, n_end)
    # the word alone decides: the same few come back (님, 고객님, 씨는)
    kind = _KIND_OF_NEXT.get(nxt, _MISSING)
    if kind is _MISSING:
        if len(_KIND_OF_NEXT) >= _MEMO_SIZE:
            _KIND_OF_NEXT.clear()
        kind = _KIND_OF_NEXT[nxt] = _next_kind(text, nxt, n_start, n_end)
    return kind  # type: ignore[return-value]


def _next_kind(text: str, nxt: str, n_start: int, n_end: int) -> str | None:
    for n in HONORIFIC_LENGTHS:
        if nxt[:n] in HONORIFIC_SET and (len(nxt) == n or rest_kind(nxt[n:]) == "part"):
            return "title"
    return "compound" if department_title(text, n_start, n_end) else None


def trigger_before(text: str, words: list[tuple[int, int]], i: int) -> float:
    """Evidence from the word before: 0.35 for a word that names a name (성명, 예금주), 0.2 for a role that
    also labels a speaker in transcripts (고객:, 상담원:), 0 otherwise."""
    start = words[i][0]
    # the usual case, decided without building the text before: a word, one space, the candidate. A tag ends in
    # ">" and the strip below stops at the syllable, which ends no trigger (nor 정보, whose 보 the strip goes past)
    if (
        start > 1
        and text[start - 1] == " "
        and "가" <= (last := text[start - 2]) <= "힣"
        and last not in _TRIGGER_LAST
        and last != "보"
    ):
        return 0.0
    before = text[max(0, start - 40) : start]
    if "<" in before:
        before = _TAGS.sub(" ", before)
    stripped = before.rstrip(" \t:：|｜/=-–([<>,.·\"'")
    gap = before[len(stripped) :]
    if stripped.endswith("정보"):  # 주문자 정보: 옥지환 (the details of the one who ordered)
        stripped = stripped[:-2].rstrip(" ")
    if len(gap) > 8 or not stripped or stripped[-1].lower() not in _TRIGGER_LAST:
        return 0.0
    lowered = stripped.lower()
    at = max(0, len(lowered) - _TRIGGER_REACH)
    # The search reads from ``at`` on, and one character before it (a look-behind); ``^`` only where ``at`` is 0,
    # whose tail is the shorter: the tail alone decides, and the same few recur (고객:, 상담원:, 성명 |).
    tail = lowered[at - 1 :] if at else lowered
    trigger = _TRIGGER_OF_TAIL.get(tail, _MISSING)
    if trigger is _MISSING:
        m = _TRIGGER_AT_END.search(tail, 1 if at else 0)
        if len(_TRIGGER_OF_TAIL) >= _MEMO_SIZE:
            _TRIGGER_OF_TAIL.clear()
        trigger = _TRIGGER_OF_TAIL[tail] = (m.group(1) or m.group(2)) if m else None
    if trigger is None:
        return 0.0
    return 0.2 if (trigger in WEAK_TRIGGERS and ":" in gap) or trigger in TITLES_BEFORE else 0.35


# the speaker's pronouns among the name words: they name a name only when it is introduced
_SELF = frozenset("저는 제 전 나는 난".split())


def name_word_before(
    text: str, words: list[tuple[int, int]], i: int, rest: str, rest_kind: str, before: float | None = None
) -> float:
    """:func:`trigger_before`, except that a pronoun (저는, 난) vouches only for a name it introduces: 저는
    김민수입니다, 난 김민수야; not 난 이영화를 봤다 (I saw this film), where a name word's 0.35 made a name of
    the noun. ``rest`` is what follows the name in its word; ``rest_kind`` "" (nothing) or "hon" (님, 씨).
    ``before``: :func:`trigger_before` of the word when known (the readings of one word share it)."""
    trigger = trigger_before(text, words, i) if before is None else before
    if not trigger or rest_kind in ("", "hon") or rest in COPULA or rest.startswith(INTRO):
        return trigger
    return 0.0 if i and text[words[i - 1][0] : words[i - 1][1]] in _SELF else trigger


# the label, then at most a colon, an equals sign or a bar, and an opening quote; a Hangul label may end a longer
# word (보호자 성명, 고객성명), a Latin one may not (username="…" holds a handle)
_NAME_FIELD = re.compile(
    r"(?:"
    + "|".join(re.escape(t) for t in NAME_FIELD_LABELS if not t.isascii())
    + r"|(?<![A-Za-z_])(?i:"
    + "|".join(re.escape(t) for t in NAME_FIELD_LABELS if t.isascii())
    + r"))[ \t]*([:：=|]?)[ \t]*[\"']?\Z"
)

# a word that is itself a label: a colon follows it
_LABEL_AT = re.compile(r"[^\s:：\"'|]+[ \t]*[:：]")


# 이름 and name alone ask for anyone's or anything's name (가게 이름, company name): a person's only at the start of
# a field or after a word for a person (보호자 이름, full name); the other labels name people by themselves
_PERSON_BEFORE_NAME = frozenset(
    """
    고객 회원 환자 학생 보호자 신청인 신청자 담당자 직원 사원 예금주 수령인 수취인 작성자 대표자 본인 자녀 아이 아동
    부모 배우자 학부모 계약자 가입자 주문자 구매자 예약자 받는분 보내는분 발신인 수신인 영문 한글 한자 대리인
    full first last given family middle maiden legal customer patient client contact member student employee
    applicant guardian parent child sender recipient holder your my his her
    """.split()
)
_WORD_BEFORE = re.compile(r"([가-힣A-Za-z]+)['’]?s?[ \t_-]*\Z")
# what a form puts where no name is given (other, undecided, unknown, none, anonymous, oneself)
_NO_NAME_VALUES = frozenset("기타 미정 미상 없음 익명 본인 무기명 비공개 해당없음".split())
_HANGUL_RUN = re.compile(r"[가-힣]+")


def _asks_for_a_person(text: str, m: re.Match[str]) -> bool:
    """Whether the label ``m`` matched asks for a person's name (see :data:`_PERSON_BEFORE_NAME`)."""
    if (m.group(0)[:2] != "이름" and m.group(0)[:4].lower() != "name") or m.group(1) == "=":
        return True  # name=: a key of its own (a log's user.update name="…"); company_name= is another key
    line_start = text.rfind("\n", 0, m.start()) + 1
    word = _WORD_BEFORE.search(text, line_start, m.start())
    return word is None or word.group(1).lower().removesuffix("의") in _PERSON_BEFORE_NAME


def name_field(text: str, start: int) -> bool:
    """The value at ``start`` follows a label that asks for a person's name (성명: …, name="…"): whatever the
    value is, the field makes it a name, a dictionary word included (성명: 정우, name="이호")."""
    m = _NAME_FIELD.search(text, max(0, start - 16), start)
    if m is None or _LABEL_AT.match(text, start):
        return False  # (a blank form's next label is no value: 이름: 주소:)
    value = _HANGUL_RUN.match(text, start)
    if (value is not None and value.group(0) in _NO_NAME_VALUES) or not _asks_for_a_person(text, m):
        return False
    if m.group(1) == "|":
        cell = "|"
    elif not m.group(1) and "\t" in m.group(0):
        cell = "\t"  # a tab alone separates cells just as a bar does (번호\t이름\t주소)
    else:
        return True
    # a bar or a tab: a label and its value (성명 | 정우), not a table's header row (번호|이름|주소), whose cells are
    # labels
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return text.count(cell, line_start, len(text) if line_end < 0 else line_end) == 1
