"""Korean facts, hard negatives and layouts of the soft challenge set (markup: see ``soft_challenge_vocab``).

Every layout is ``f(rng, gold) -> markup``; with ``gold=False`` it writes the same kind of document with roles
instead of names, a city or a street without a number instead of an address and ordinary dates instead of birth
dates, so a record of pure hard negatives looks like its gold twin.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from devset import soft_challenge_vocab as v
from devset.soft_challenge_vocab import A, D, N, P

# --- names ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KName:
    sur: str
    given: str
    rsur: str
    rgiven: tuple[str, ...]

    @property
    def full(self) -> str:
        return self.sur + self.given


SUR_TABLE = [(s, w) for s, _, w in v.KO_SURNAMES]
ROMAN_SUR = {s: r for s, r, _ in v.KO_SURNAMES} | dict(v.KO_COMPOUND)
ROMAN_GIVEN = dict(v.KO_GIVEN)


def kname(rng: random.Random) -> KName:
    sur = rng.choice(v.KO_COMPOUND)[0] if rng.random() < 0.06 else v.wpick(rng, SUR_TABLE)
    r = rng.random()
    if r < 0.05:
        given = rng.choice(v.KO_NATIVE_GIVEN)
        return KName(sur, given, ROMAN_SUR[sur], (given,))
    count = 1 if r < 0.15 and len(sur) == 1 else 2
    sylls = [rng.choice(v.KO_GIVEN) for _ in range(count)]
    while count == 2 and sylls[0][0] == sylls[1][0]:
        sylls[1] = rng.choice(v.KO_GIVEN)
    return KName(sur, "".join(s for s, _ in sylls), ROMAN_SUR[sur], tuple(r for _, r in sylls))


def roman(rng: random.Random, n: KName) -> str:
    if n.rgiven and not n.rgiven[0].isascii():
        n = KName(n.sur, n.given, n.rsur, ("ha", "neul"))
    hyph = "-".join(n.rgiven).capitalize() if len(n.rgiven) > 1 else n.rgiven[0].capitalize()
    joined = "".join(n.rgiven).capitalize()
    spaced = " ".join(p.capitalize() for p in n.rgiven)
    up = f"{n.rsur.upper()} {hyph.upper()}"
    return rng.choice([f"{n.rsur} {hyph}", f"{hyph} {n.rsur}", f"{joined} {n.rsur}", f"{n.rsur} {joined}", up,
                       f"{n.rsur} {spaced}", f"{n.rsur.upper()} {joined}"])  # fmt: skip


def masked(rng: random.Random, n: KName) -> str:
    m = rng.choice(v.KO_MASKS)
    g = n.given
    choices = [n.sur + m * len(g)]
    if len(g) == 2:
        choices += [n.sur + m + g[1], n.sur + g[0] + m, n.sur + m + g[1]]
    return rng.choice(choices)


def surface(rng: random.Random, n: KName, *, mask: float = 0.09, space: float = 0.07, rom: float = 0.04) -> str:
    """A gold name in one of its written forms (markup)."""
    r = rng.random()
    if r < mask:
        return P(masked(rng, n), "masked")
    if r < mask + space:
        return P(f"{n.sur} {n.given}", "spaced")
    if r < mask + space + rom:
        return P(roman(rng, n), "romanized")
    form = "four" if len(n.full) == 4 else "two" if len(n.full) == 2 else ""
    return P(n.full, form)


def person(
    rng: random.Random, gold: bool, *, chat: bool = False, prefix: bool = False, suffixes: list[str] | None = None
) -> str:
    """A name with honorific or particle (gold), or a role word standing where a name would be."""
    pre = rng.choice(v.KO_PREFIX) if prefix else ""
    if not gold:
        role = rng.choice(v.KO_ROLES + v.KO_PUBLIC_ROLES)
        return pre + N("word", role) + ("" if suffixes is not None else rng.choice(["", "께서", "한테", "에게"]))
    n = kname(rng)
    if chat and rng.random() < 0.5 and len(n.given) == 2:
        if rng.random() < 0.35:
            return P(n.given, "given_only") + ("아" if v.final_consonant(n.given[-1]) else "야")
        pair = rng.choice(v.KO_CHAT_PAIRS)
        cons, vowel = pair.split("/")
        return pre + P(n.full) + (cons if v.final_consonant(n.full[-1]) else vowel)
    gold_text = surface(rng, n)
    return pre + gold_text + rng.choice(suffixes or v.KO_FORMAL_SUFFIX)


def bare_name(rng: random.Random, gold: bool) -> str:
    """A name alone, as in a table cell."""
    if not gold:
        return N("word", rng.choice(["미입력", "담당자", "고객", "본인", "대표자", "익명", "보호자"]))
    return surface(rng, kname(rng))


# --- addresses ------------------------------------------------------------------------------------


def province(rng: random.Random) -> tuple[str, str]:
    full, short, districts = rng.choices(v.KO_PROVINCES, weights=v.KO_PROVINCE_WEIGHTS)[0]
    return (full if rng.random() < 0.45 else short), rng.choice(districts)


def road(rng: random.Random) -> str:
    base = rng.choice(v.KO_ROADS)
    if rng.random() < 0.35:
        base = f"{base}{rng.randrange(1, 80)}길" if rng.random() < 0.6 else f"{base}{rng.randrange(1, 40)}번길"
    return base


def address_text(rng: random.Random) -> tuple[str, str]:
    sido, gu = province(rng)
    head = f"{sido} {gu}".replace("  ", " ").strip()
    r = rng.random()
    if r < 0.5:
        num = str(rng.randrange(1, 400)) + (f"-{rng.randrange(1, 30)}" if rng.random() < 0.15 else "")
        text, form = f"{head} {road(rng)} {num}", "road"
        tail = rng.random()
        if tail < 0.3:
            text += f", {rng.randrange(101, 120)}동 {rng.randrange(1, 25)}{rng.randrange(1, 5):02d}호"
        elif tail < 0.45:
            text += f" ({rng.choice(v.KO_DONGS)})"
        elif tail < 0.6:
            text += f" {rng.choice(v.KO_BUILDINGS)} {rng.randrange(2, 15)}층"
        elif tail < 0.7:
            text += f" {rng.randrange(1, 5)}층"
    elif r < 0.75:
        text, form = f"{head} {rng.choice(v.KO_DONGS)} {rng.randrange(1, 1800)}", "jibun"
        if rng.random() < 0.6:
            text += f"-{rng.randrange(1, 60)}"
        if rng.random() < 0.2:
            text += f" {rng.randrange(1, 4)}층"
    elif r < 0.85:
        myeon, ri = rng.choice(v.KO_MYEON)
        text, form = (
            f"{head} {myeon} {ri} {rng.randrange(1, 900)}" + (f"-{rng.randrange(1, 20)}" if rng.random() < 0.5 else ""),
            "jibun_rural",
        )
    else:
        apt = rng.choice(v.KO_APTS)
        sep = "" if rng.random() < 0.5 else " "
        text = f"{apt}{sep}아파트 {rng.randrange(101, 115)}동 {rng.randrange(1, 30)}{rng.randrange(1, 6):02d}호"
        if rng.random() < 0.5:
            text = f"{(gu.split() or [sido])[-1]} {text}"
        form = "apartment"
    if form != "apartment" and rng.random() < 0.18:
        pc = f"{rng.randrange(1, 64000):05d}"
        text = rng.choice([f"({pc}) ", f"[{pc}] ", f"우){pc} ", f"우편번호 {pc} "]) + text
        form += "+postcode"
    return text, form


def address(rng: random.Random, gold: bool) -> str:
    if gold:
        return A(*address_text(rng))
    r = rng.random()
    if r < 0.55:
        return N("city", rng.choice(v.KO_CITY_ALONE))
    if r < 0.8:
        return N("street_alone", road(rng))
    return N("place", rng.choice(v.KO_PLACES))


# --- dates ----------------------------------------------------------------------------------------


def ko_date(rng: random.Random, d: dt.date, *, six: bool = True) -> str:
    y, m, dd = d.year, d.month, d.day
    fmts = [f"{y}년 {m}월 {dd}일", f"{y}년 {m:02d}월 {dd:02d}일", f"{y % 100:02d}.{m:02d}.{dd:02d}", f"{y}.{m}.{dd}",
            f"{y}. {m}. {dd}.", f"{y}-{m:02d}-{dd:02d}", f"{y}/{m:02d}/{dd:02d}", f"{y % 100:02d}년 {m}월 {dd}일",
            f"{y}{m:02d}{dd:02d}", f"{y}.{m:02d}.{dd:02d}"]  # fmt: skip
    if six:
        fmts.append(f"{y % 100:02d}{m:02d}{dd:02d}")
    return rng.choice(fmts)


def dob(rng: random.Random, gold: bool) -> str:
    """A birth-date phrase with its context (gold) or an ordinary dated phrase."""
    if not gold:
        return neutral_date_phrase(rng)
    d = v.birth(rng)
    r = rng.random()
    if r < 0.14:
        return rng.choice(v.KO_RRN_FRAMES).replace("{D}", D(f"{d.year % 100:02d}{d.month:02d}{d.day:02d}", "rrn_front"))
    if r < 0.28:
        tok = f"{d.year % 100:02d}년생" if rng.random() < 0.7 else f"{d.year}년생"
        frame = rng.choice(["저 {D}이에요", "{D} 동갑", "{D} 남편이랑", "({D})", "{D}입니다", "{D}, 올해 처음 가입"])
        return frame.replace("{D}", D(tok, "year_only"))
    if r < 0.32:
        return rng.choice(["생일은 {D}이에요", "생일 {D}"]).replace("{D}", D(f"{d.month}월 {d.day}일", "no_year"))
    return rng.choice(v.KO_DOB_FRAMES).replace("{D}", D(ko_date(rng, d)))


def neutral_date(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return N("date", v.iso_ts(rng))
    return N("date", ko_date(rng, v.recent(rng), six=False))


def neutral_date_phrase(rng: random.Random) -> str:
    return rng.choice(v.KO_DATE_FRAMES).replace("{d}", neutral_date(rng))


# --- hard-negative sentences ----------------------------------------------------------------------


def fill(rng: random.Random, s: str) -> str:
    rep = {
        "{product}": lambda: N("product", rng.choice(v.KO_PRODUCTS)),
        "{org}": lambda: N("org", rng.choice(v.KO_ORGS)),
        "{city}": lambda: N("city", rng.choice(v.KO_CITY_ALONE)),
        "{place}": lambda: N("place", rng.choice(v.KO_PLACES)),
        "{street}": lambda: N("street_alone", road(rng)),
        "{public}": lambda: N("word", rng.choice(v.KO_PUBLIC_ROLES)),
        "{n}": lambda: str(rng.randrange(2, 15)),
        "{price}": lambda: f"{rng.randrange(1, 30) * 1000:,}원",
    }
    for key, fn in rep.items():
        while key in s:
            s = s.replace(key, fn(), 1)
    return s


def neg(rng: random.Random, k: int = 1) -> str:
    return " ".join(fill(rng, v.marks(rng, s)) for s in rng.sample(v.KO_NEG, k))


def clock(rng: random.Random) -> str:
    return f"{rng.choice(['오전', '오후'])} {rng.randrange(1, 13)}:{rng.randrange(60):02d}"


# --- layouts --------------------------------------------------------------------------------------

CHAT_P = ["{p} 오늘 못 온대", "아까 {p} 봤는데 ㅋㅋ", "주문자 {p} 맞으세요?", "{p} 결혼한대!! 😮", "{p} 연락 됨?",
          "혹시 {p} 아시는 분 ㅠ", "{p} 대신 제가 받을게요",
          "{p} 생일파티 어디서 해?", "{p} 완전 웃겨 ㅋㅋㅋ"]  # fmt: skip
CHAT_A = ["주소 {a} 맞나요?", "배송지 {a} 여기로 바꿔주세요", "저희 집 {a} 이에요 ㅎㅎ", "{a} 로 와", "{a}\n여기요",
          "이사했어요 새 주소는 {a}"]  # fmt: skip


def chat_msg(rng: random.Random, gold: bool) -> str:
    r = rng.random()
    if r < 0.55:
        return rng.choice(CHAT_P).replace("{p}", person(rng, gold, chat=True, prefix=True))
    if r < 0.8:
        return rng.choice(CHAT_A).replace("{a}", address(rng, gold))
    return dob(rng, gold) + rng.choice(["", " ㅋㅋ", "요", "!"])


def lay_chat(rng: random.Random, gold: bool) -> str:
    msgs = [chat_msg(rng, gold) for _ in range(rng.randrange(1, 4))] + [neg(rng) for _ in range(rng.randrange(1, 3))]
    msgs += rng.sample(v.KO_CHAT_FILLER, rng.randrange(1, 3))
    rng.shuffle(msgs)
    style = rng.randrange(3)
    out = []
    for m in msgs:
        nick = rng.choice(v.KO_NICKS)
        out.append((f"[{clock(rng)}] {nick}: " if style == 0 else f"{nick}: " if style == 1 else "") + m)
    return "\n".join(out)


def signature(rng: random.Random, gold: bool) -> str:
    dept = rng.choice(["영업2팀", "고객지원팀", "인사팀", "기획실", "총무과", "물류센터", "원무과"])
    if not gold:
        return f"{dept} {N('word', rng.choice(['담당자', '팀장', '매니저']))} 드림"
    n = surface(rng, kname(rng), mask=0.03, rom=0.05)
    return rng.choice([f"{dept} {n} 과장 드림", f"{n} 드림", f"--\n{n} | {dept}\n{N('org', rng.choice(v.KO_ORGS))}",
                       f"{dept} {n}대리", f"{n}({dept})"])  # fmt: skip


def lay_email(rng: random.Random, gold: bool) -> str:
    subj = rng.choice(["[확인요청] 배송지 변경 건", "회의록 공유", "RE: 서류 제출 관련", "견적 문의", "Fw: 일정 안내"])
    body = [f"제목: {subj}", "", f"{person(rng, gold, prefix=True)} 안녕하세요.", neg(rng, rng.randrange(1, 3))]
    if rng.random() < 0.5:
        body.append(f"요청하신 주소({address(rng, gold)})로 서류를 발송했습니다.")
    if rng.random() < 0.3:
        body.append(f"가입 시 입력하신 {dob(rng, gold)} 정보로 본인 확인이 완료되었습니다.")
    body += ["감사합니다.", signature(rng, gold)]
    return "\n".join(body)


def kv_lines(rng: random.Random, gold: bool) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if gold:
        rows.append(
            (rng.choice(["성명", "이름", "고객명", "신청인", "보호자 성명", "수취인", "NAME"]), bare_name(rng, True))
        )
        if rng.random() < 0.6:
            key = rng.choice(["생년월일", "생일", "출생일", "생년월일(YYMMDD)", "DOB"])
            d = v.birth(rng)
            rows.append((key, D(f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" if "YY" in key else ko_date(rng, d))))
        if rng.random() < 0.7:
            rows.append((rng.choice(["주소", "배송지", "거주지", "자택 주소", "주소지", "현주소"]), address(rng, True)))
    else:
        rows.append((rng.choice(["상품명", "모델명"]), N("product", rng.choice(v.KO_PRODUCTS))))
        rows.append((rng.choice(["지역", "희망 지역", "지점"]), address(rng, False)))
    rows.append((rng.choice(["신청일", "접수일", "방문 예정일", "작성일"]), neutral_date(rng)))
    rows.append((rng.choice(["요청사항", "비고", "메모"]), neg(rng)))
    rng.shuffle(rows)
    return rows


def lay_form(rng: random.Random, gold: bool) -> str:
    sep = rng.choice([": ", " : ", "：", "\t", " | ", ":\n"])
    title = rng.choice(["[회원가입 신청서]", "■ 방문 신청서", "서비스 신청서", "== 개인정보 입력 ==", "참가 신청"])
    return title + "\n" + "\n".join(k + sep + val for k, val in kv_lines(rng, gold))


def cell(text: str, delim: str) -> str:
    return f'"{text}"' if delim in v.strip_marks(text) or "\n" in text else text


def lay_csv(rng: random.Random, gold: bool) -> str:
    delim = rng.choice([",", ",", "\t", ";", "|"])
    rows = []
    if gold:
        if rng.random() < 0.75:
            rows.append(delim.join(["번호", "이름", "생년월일", "주소", "비고"]))
        for i in range(rng.randrange(2, 5)):
            d = D(ko_date(rng, v.birth(rng))) if rng.random() < 0.7 else ""
            a = address(rng, True) if rng.random() < 0.6 else N("city", rng.choice(v.KO_CITY_ALONE))
            rows.append(
                delim.join([str(i + 1), bare_name(rng, True), d, cell(a, delim), rng.choice(["", "재발송", "VIP"])])
            )
    else:
        if rng.random() < 0.75:
            rows.append(delim.join(["상품", "수량", "배송예정일", "지역"]))
        for _ in range(rng.randrange(2, 5)):
            prod = N("product", rng.choice(v.KO_PRODUCTS))
            city = cell(N("city", rng.choice(v.KO_CITY_ALONE)), delim)
            rows.append(delim.join([prod, str(rng.randrange(1, 9)), neutral_date(rng), city]))
    return "\n".join(rows)


def lay_html(rng: random.Random, gold: bool) -> str:
    rows = kv_lines(rng, gold)
    body = "".join(f"<tr><th>{k}</th><td>{val}</td></tr>\n" for k, val in rows)
    return f'<table class="info">\n{body}</table>'


def lay_log(rng: random.Random, gold: bool) -> str:
    out = []
    for _ in range(rng.randrange(2, 5)):
        ts, lvl = N("date", v.iso_ts(rng)), rng.choice(["INFO", "WARN", "DEBUG"])
        if gold and rng.random() < 0.7:
            r = rng.random()
            if r < 0.45:
                msg = f'member.update name="{bare_name(rng, True)}" grade=GOLD'
            elif r < 0.75:
                msg = f'delivery.addr_change to="{address(rng, True)}"'
            else:
                msg = f"verify.birth ok birth={D(ko_date(rng, v.birth(rng)))}"
        else:
            query = rng.choice(["김치찌개 레시피", "이어폰 케이스", "장바구니 쿠폰", "주말 특가", "한우 선물세트"])
            msg = rng.choice([f'search q="{query}"', "cart.checkout ok items=3",
                              f"region={address(rng, False)} cache=hit",
                              f"scheduled_at={neutral_date(rng)}"])  # fmt: skip
        out.append(f"{ts} {lvl} {msg}")
    return "\n".join(out)


def lay_letter(rng: random.Random, gold: bool) -> str:
    who = person(rng, gold, suffixes=["", " 님", "님"])
    parts = [f"수신: {who} 귀하" if rng.random() < 0.5 else f"{who} 귀하"]
    parts.append(f"주소: {address(rng, gold)}")
    parts += ["", rng.choice(["안녕하십니까.", "늘 건강하시길 바랍니다."]), neg(rng, 2)]
    if rng.random() < 0.3:
        parts.append(f"아울러 {dob(rng, gold)} 기준으로 자격이 확인되었음을 알려드립니다.")
    parts.append(f"발신: {N('org', rng.choice(v.KO_ORGS))} {rng.choice(['고객지원팀', '민원실'])}")
    return "\n".join(parts)


def lay_medical(rng: random.Random, gold: bool) -> str:
    lines = ["[진료비 영수증]" if rng.random() < 0.5 else "경과기록지"]
    lines.append(f"환자명: {bare_name(rng, gold)}" + rng.choice(["", " (남)", " (여/34세)", " 님"]))
    if gold and rng.random() < 0.75:
        lines.append(dob(rng, True))
    lines.append(f"진료일: {neutral_date(rng)}")
    doctor = person(rng, gold, suffixes=[" 교수", " 교수님", "", " 원장", "(정형외과)", "교수"])
    lines.append(f"주치의: {doctor}" if rng.random() < 0.5 else "진료과: 정형외과")
    lines.append("소견: " + neg(rng, 2))
    return "\n".join(lines)


def lay_delivery(rng: random.Random, gold: bool) -> str:
    lines = [rng.choice(["[배송 안내]", "택배 운송장 정보", "퀵 접수 내역"])]
    lines.append(f"받는 분: {bare_name(rng, gold)}")
    lines.append(f"주소: {address(rng, gold)}")
    lines.append(
        f"배송메모: {rng.choice(['문 앞에 놔주세요', '경비실에 맡겨주세요', '도착 전 연락 부탁', '부재 시 택배함'])}"
    )
    lines.append(f"보내는 분: {N('org', rng.choice(v.KO_ORGS)) if rng.random() < 0.6 else bare_name(rng, gold)}")
    lines.append(neutral_date_phrase(rng))
    return "\n".join(lines)


def lay_hr(rng: random.Random, gold: bool) -> str:
    lines = [rng.choice(["[인사발령 안내]", "인사팀 공지", "신규 입사자 소개"])]
    for _ in range(rng.randrange(1, 4)):
        who = person(rng, gold, prefix=True, suffixes=[" 대리", " 과장", "님", "", " 사원", "(주임)", "과장", " 팀장"])
        lines.append(
            f"- {who} : {rng.choice(['영업2팀', '기획팀', '품질관리팀'])} → {rng.choice(['인사팀', 'R&D센터'])}"
        )
    if gold and rng.random() < 0.4:
        lines.append(f"* 입사서류 확인: {dob(rng, True)}")
    lines.append(neg(rng))
    return "\n".join(lines)


def lay_community(rng: random.Random, gold: bool) -> str:
    title = rng.choice(["[동네생활] 질문있어요", "[자유] 오늘 있었던 일", "[후기] 솔직 후기", "[분실물]"])
    body = [title, f"작성자: {rng.choice(v.KO_NICKS)}", neg(rng)]
    if rng.random() < 0.7:
        body.append(rng.choice(["OO초 {p} 너무 좋으세요", "{p} 친절해요", "{p} 찾습니다 ㅠ 우리 아들 담임"])
                    .replace("{p}", person(rng, gold, suffixes=[" 선생님", "쌤", " 원장님", " 님", "님"])))  # fmt: skip
    if rng.random() < 0.4:
        yy = f"{rng.randrange(80, 100)}년생"
        body.append((D(yy, "year_only") if gold else N("word", "동갑")) + " 맘들 모여요~")
    if rng.random() < 0.3:
        body.append(f"직거래 장소: {address(rng, gold)}")
    return "\n".join(body)


LAYOUTS: dict[str, Callable[[random.Random, bool], str]] = {
    "chat": lay_chat, "email": lay_email, "form": lay_form, "csv": lay_csv, "html": lay_html, "log": lay_log,
    "letter": lay_letter, "medical": lay_medical, "delivery": lay_delivery, "hr": lay_hr, "community": lay_community,
}  # fmt: skip
