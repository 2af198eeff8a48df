"""Korean facts (gold PII and hard negatives) and framings: 채팅 상담, 콜센터 녹취, 신청서 양식, 편지."""

from __future__ import annotations

import random

from . import ids
from . import tables as t
from .segs import P, Seg, fill, pick

DASHES = ["-", "-", "-", "–", "−", "‐"]


def name(rng: random.Random) -> str:
    return pick(rng, t.KO_SURNAMES) + pick(rng, t.KO_GIVEN)


def person(rng: random.Random) -> list[Seg]:
    """A name followed by an honorific/particle that stays outside the span."""
    return [P(name(rng), "PERSON"), pick(rng, t.KO_HONORIFIC_SUFFIXES)]


def spoken_digits(d: str) -> str:
    return "".join(t.HANGUL_DIGITS[int(c)] for c in d)


def phone(rng: random.Random, style: str) -> str:
    roll = rng.random()
    if roll < 0.6:
        mid, last = ids.rand_digits(rng, 4), ids.rand_digits(rng, 4)
        mid = str(rng.randrange(2, 10)) + mid[1:]
        if style == "transcript" and rng.random() < 0.5:
            return f"공일공 {spoken_digits(mid)} {spoken_digits(last)}"
        fmt = pick(
            rng,
            [
                "010-{m}-{l}",
                "010{m}{l}",
                "010 {m} {l}",
                "+82 10-{m}-{l}",
                "+82-10-{m}-{l}",
                "010.{m}.{l}",
                "(010) {m}-{l}",
            ],
        )
        return fmt.format(m=mid, l=last)
    if roll < 0.85:
        area = pick(rng, ["02", "031", "032", "051", "053", "042", "062", "064"])
        mid = str(rng.randrange(2, 10)) + ids.rand_digits(rng, rng.choice([2, 3]))
        last = ids.rand_digits(rng, 4)
        if rng.random() < 0.2:
            return f"+82 {area[1:]}-{mid}-{last}"
        return f"{area}-{mid}-{last}" if rng.random() < 0.8 else f"{area}){mid}-{last}"
    return f"070-{rng.randrange(2000, 9999)}-{ids.rand_digits(rng, 4)}"


def rrn_value(rng: random.Random) -> tuple[str, dict[str, str]]:
    wrong = rng.random() < 0.3
    raw = ids.make_rrn(rng, wrong_check=wrong)
    meta = {"check": "post2020"} if wrong else {}
    style = rng.random()
    if style < 0.45:
        value = raw[:6] + "-" + raw[6:]
    elif style < 0.6:
        value = raw
    elif style < 0.72:
        value = raw[:6] + pick(rng, [" - ", " ", "- ", " -"]) + raw[6:]
    elif style < 0.84:
        value = (raw[:6] + "-" + raw[6:]).translate(ids.FULLWIDTH)
    else:
        value = raw[:6] + pick(rng, ["–", "−", "‐", "—"]) + raw[6:]
    return value, meta


# --- PII facts -----------------------------------------------------------------------------------


def f_name(rng: random.Random, style: str) -> list[Seg]:
    if style == "form":
        return fill(pick(rng, ["성명: {0}", "이름 : {0}", "신청인 성명: {0}", "보호자: {0}"]), P(name(rng), "PERSON"))
    n = P(name(rng), "PERSON")
    return fill(
        pick(
            rng,
            [
                "{0}님 본인 맞으신가요?",
                "제 이름은 {0}이고요.",
                "담당자는 {0} 과장님입니다.",
                "{0}씨가 어제 방문하셨어요.",
                "예약자 성함은 {0}입니다.",
                "{0}님께서 요청하신 건입니다.",
            ],
        ),
        n,
    )


def _has_final(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def f_name_everyday(rng: random.Random, style: str) -> list[Seg]:
    """Names in everyday chat and narrative: rarer given names, the given name alone (민준이가, 현우 오빠),
    lists, an age in brackets, endings other than honorifics (particles agree with the last syllable)."""
    given = pick(rng, t.KO_GIVEN_RARE if rng.random() < 0.6 else t.KO_GIVEN)
    full_text = pick(rng, t.KO_SURNAMES) + given
    full = P(full_text, "PERSON")
    final = _has_final(full_text[-1])
    roll = rng.random()
    if roll < 0.25:  # the given name alone; the suffix 이 follows a final consonant
        i = "이" if _has_final(given[-1]) else ""
        templates = [
            "{0}" + i + "가 그러는데 내일 온대요.",
            "어제 {0}" + i + "랑 통화했어요.",
            "{0} 오빠가 데리러 온대요.",
            "{0} 언니한테 물어볼게요.",
            "{0} 씨 자리에 두세요.",
        ]
        return fill(pick(rng, templates), P(given, "PERSON"))
    if roll < 0.45:
        templates = ["참석자: {0}, {1}", "오늘 당직은 {0}, {1}입니다.", "{0}하고 {1} 두 사람이 함께 왔어요.",
                     "{0}, {1} 두 분 모두 확인했습니다."]  # fmt: skip
        return fill(pick(rng, templates), full, P(name(rng), "PERSON"))
    if roll < 0.6:
        return fill(pick(rng, ["{0}(42) 씨가 신고했다.", "{0}(여, 35세)", "환자 {0}(만 67세)"]), full)
    templates = [
        "어제 {0}" + ("이랑" if final else "랑") + " 통화했는데 괜찮대요.",
        "그 건은 {0}한테 물어보세요.",
        "범인은 {0}" + ("이었다." if final else "였다."),
        "{0}" + ("이지만" if final else "지만") + " 연락이 안 돼요.",
        "보낸 사람은 {0}입니다.",
        "{0} 말로는 배송이 늦는대요.",
    ]
    return fill(pick(rng, templates), full)


def f_phone(rng: random.Random, style: str) -> list[Seg]:
    p = P(phone(rng, style), "PHONE")
    if style == "form":
        return fill(pick(rng, ["연락처: {0}", "휴대전화: {0}", "전화번호 : {0}", "비상연락처: {0}"]), p)
    return fill(
        pick(
            rng,
            [
                "제 번호는 {0}이에요.",
                "연락처 {0}로 문자 주세요.",
                "{0} 번으로 전화 부탁드립니다.",
                "휴대폰 번호가 {0}으로 바뀌었어요.",
                "회신은 {0}로 해 주시면 됩니다.",
            ],
        ),
        p,
    )


def f_rrn(rng: random.Random, style: str) -> list[Seg]:
    if rng.random() < 0.15:
        raw = ids.make_rrn(rng, wrong_check=rng.random() < 0.3)
        front, back = P(raw[:6], "KR_RRN", {"half": "front"}), P(raw[6:], "KR_RRN", {"half": "back"})
        return fill(
            pick(
                rng,
                [
                    "주민번호 앞자리 {0}, 뒷자리 {1}입니다.",
                    "앞자리는 {0}이고 뒷자리는 {1}이요.",
                    "주민등록번호 앞 6자리 {0} 뒤 7자리 {1}",
                ],
            ),
            front,
            back,
        )
    value, meta = rrn_value(rng)
    p = P(value, "KR_RRN", meta)
    if style == "form":
        return fill(pick(rng, ["주민등록번호: {0}", "주민번호 : {0}", "주민등록번호(필수): {0}"]), p)
    return fill(
        pick(
            rng,
            [
                "주민번호는 {0}입니다.",
                "본인 확인차 주민등록번호 {0} 불러드릴게요.",
                "아이 주민번호가 {0}인데 등록이 안 돼요.",
                "{0} 이 번호로 조회해 주세요.",
            ],
        ),
        p,
    )


def f_frn(rng: random.Random, style: str) -> list[Seg]:
    raw = ids.make_frn(rng)
    p = P(raw[:6] + "-" + raw[6:] if rng.random() < 0.8 else raw, "KR_FRN")
    if style == "form":
        return fill("외국인등록번호: {0}", p)
    return fill(pick(rng, ["외국인등록번호 {0}로 가입했어요.", "등록증 번호는 {0}입니다."]), p)


def f_passport(rng: random.Random, style: str) -> list[Seg]:
    letter = pick(rng, "MMMMSRG")
    if rng.random() < 0.5:
        value = letter + ids.rand_digits(rng, 8)
    else:
        value = letter + ids.rand_digits(rng, 3) + pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ") + ids.rand_digits(rng, 4)
    p = P(value, "KR_PASSPORT")
    if style == "form":
        return fill(pick(rng, ["여권번호: {0}", "여권 번호 : {0}"]), p)
    return fill(pick(rng, ["여권번호 {0}로 예약했어요.", "여권 번호가 {0}인데 영문 이름이 틀렸어요."]), p)


def f_driver_license(rng: random.Random, style: str) -> list[Seg]:
    region = pick(rng, list(t.KR_DL_REGIONS))
    rest = f"{rng.randrange(0, 25):02d}-{ids.rand_digits(rng, 6)}-{ids.rand_digits(rng, 2)}"
    value = f"{t.KR_DL_REGIONS[region]} {rest}" if rng.random() < 0.3 else f"{region}-{rest}"
    p = P(value, "KR_DRIVER_LICENSE")
    if style == "form":
        return fill("운전면허번호: {0}", p)
    return fill(pick(rng, ["면허번호는 {0}입니다.", "운전면허 {0} 확인 부탁드려요."]), p)


def f_brn(rng: random.Random, style: str) -> list[Seg]:
    raw = ids.make_brn(rng)
    p = P(f"{raw[:3]}-{raw[3:5]}-{raw[5:]}" if rng.random() < 0.8 else raw, "KR_BRN")
    if style == "form":
        return fill(pick(rng, ["사업자등록번호: {0}", "사업자번호(개인사업자): {0}"]), p)
    return fill(
        pick(rng, ["개인사업자라서 사업자번호 {0}로 세금계산서 발행해 주세요.", "사업자등록번호는 {0}입니다."]),
        p,
    )


def account_number(rng: random.Random, bank: str) -> str:
    layouts = {
        "국민은행": [6, 2, 6],
        "신한은행": [3, 3, 6],
        "우리은행": [4, 3, 6],
        "하나은행": [3, 6, 5],
        "농협": [3, 4, 4, 2],
        "기업은행": [3, 6, 2, 3],
        "카카오뱅크": [4, 2, 7],
        "토스뱅크": [4, 4, 4],
        "새마을금고": [4, 4, 4, 1],
        "우체국": [6, 2, 6],
    }
    parts = [ids.rand_digits(rng, n) for n in layouts[bank]]
    if bank == "카카오뱅크":
        parts[0] = "3333"
    if bank == "토스뱅크":
        parts[0] = "1000"
    return "-".join(parts) if rng.random() < 0.8 else "".join(parts)


def f_account(rng: random.Random, style: str) -> list[Seg]:
    bank = pick(rng, t.KO_BANKS)
    p = P(account_number(rng, bank), "BANK_ACCOUNT")
    if style == "form":
        return fill("환불계좌: " + bank + " {0} (예금주 {1})", p, P(name(rng), "PERSON"))
    return fill(
        pick(
            rng,
            [
                bank + " {0}으로 환불해 주세요.",
                "입금 계좌는 " + bank + " {0}입니다.",
                bank + " 계좌 {0} 예금주 {1}이에요.",
            ],
        ),
        p,
        P(name(rng), "PERSON"),
    )


def f_card(rng: random.Random, style: str) -> list[Seg]:
    issuer = pick(rng, ["visa", "mastercard", "amex", "jcb", "unionpay", "visa"])
    p = P(ids.format_card(ids.make_card(rng, issuer), pick(rng, ["-", " ", "-", ""])), "CREDIT_CARD")
    if style == "form":
        return fill("카드번호: {0}", p)
    return fill(
        pick(
            rng,
            [
                "카드번호 {0}로 결제했는데 두 번 빠져나갔어요.",
                "결제 카드는 {0}입니다.",
                "{0} 카드 분실 신고하려고요.",
            ],
        ),
        p,
    )


def f_email(rng: random.Random, style: str) -> list[Seg]:
    sur = pick(rng, list(t.ROMAN))
    user = pick(
        rng,
        [
            f"{t.ROMAN[sur]}{rng.randrange(70, 100)}",
            f"{t.ROMAN[sur]}.{pick(rng, ['mj', 'sy', 'jh'])}",
            f"{pick(rng, ['happy', 'sun', 'blue'])}_{t.ROMAN[sur]}{rng.randrange(1, 999)}",
        ],
    )
    p = P(f"{user}@{pick(rng, t.EMAIL_DOMAINS['ko'])}", "EMAIL")
    if style == "form":
        return fill("이메일: {0}", p)
    return fill(pick(rng, ["메일 주소는 {0}입니다.", "{0}로 서류 보내 주세요.", "이메일 {0} 맞나요?"]), p)


def f_url(rng: random.Random, style: str) -> list[Seg]:
    user = t.ROMAN[pick(rng, list(t.ROMAN))] + pick(rng, ["_official", "lab", str(rng.randrange(10, 99)), "log"])
    p = P(pick(rng, t.PROFILE_URLS).format(u=user), "URL")
    if style == "form":
        return fill("개인 블로그/SNS: {0}", p)
    return fill(pick(rng, ["제 블로그 {0}에 후기 올렸어요.", "포트폴리오는 {0} 참고 부탁드립니다."]), p)


def f_ip(rng: random.Random, style: str) -> list[Seg]:
    if rng.random() < 0.8:
        value = ids.ipv4(rng, [211, 175, 118, 121, 59, 222])
    else:
        value = f"2001:e60:{rng.randrange(4096):x}:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}"
    p = P(value, "IP_ADDRESS")
    if style == "form":
        return fill("접속 IP: {0}", p)
    return fill(pick(rng, ["로그인 기록에 {0} 아이피가 찍혀 있어요.", "제 IP는 {0}입니다."]), p)


def f_plate(rng: random.Random, style: str) -> list[Seg]:
    h = pick(rng, t.PLATE_HANGUL)
    roll = rng.random()
    if roll < 0.4:
        value = f"{rng.randrange(10, 100)}{h}{rng.randrange(1000, 10000)}"
    elif roll < 0.7:
        value = f"{rng.randrange(100, 1000)}{h}{rng.randrange(1000, 10000)}"
    else:
        region = pick(rng, ["서울", "경기", "부산", "인천"])
        value = f"{region}{rng.randrange(10, 100)}{h}{rng.randrange(1000, 10000)}"
    p = P(value, "VEHICLE_PLATE")
    if style == "form":
        return fill("차량번호: {0}", p)
    return fill(pick(rng, ["차량번호 {0} 주차 등록해 주세요.", "{0} 차량이 출차가 안 돼요."]), p)


def f_other_id(rng: random.Random, style: str) -> list[Seg]:
    key, value = pick(
        rng,
        [
            ("회원번호", f"{rng.randrange(10**7, 10**8)}"),
            ("환자번호", f"{rng.randrange(10**7, 10**8)}"),
            ("학번", f"20{rng.randrange(15, 25)}{rng.randrange(10**5, 10**6)}"),
            ("사원번호", f"E-{rng.randrange(10000, 99999)}"),
            ("회원번호", f"M{rng.randrange(2015, 2025)}{rng.randrange(10**5, 10**6)}"),
        ],
    )
    p = P(value, "OTHER_ID")
    if style == "form":
        return fill(key + ": {0}", p)
    return fill(pick(rng, [key + "는 {0}입니다.", key + " {0}로 조회해 주세요."]), p)


def address(rng: random.Random) -> str:
    city, gus = pick(rng, t.KO_CITIES)
    if rng.random() < 0.3:
        city = t.KO_CITY_SHORT[city]
    gu = pick(rng, gus)
    if rng.random() < 0.6:
        base = f"{city} {gu} {pick(rng, t.KO_ROADS)} {rng.randrange(1, 400)}"
        if rng.random() < 0.3:
            base += f"번길 {rng.randrange(1, 60)}"
        if rng.random() < 0.6:
            base += f", {rng.randrange(101, 120)}동 {rng.randrange(1, 25)}0{rng.randrange(1, 5)}호"
        return base
    base = f"{city} {gu} {pick(rng, t.KO_DONGS)} {rng.randrange(1, 999)}-{rng.randrange(1, 40)}"
    if rng.random() < 0.4:
        base += f" {pick(rng, t.KO_APTS)} {rng.randrange(1, 5)}0{rng.randrange(1, 9)}호"
    return base


def f_address(rng: random.Random, style: str) -> list[Seg]:
    p = P(address(rng), "ADDRESS")
    if style == "form":
        return fill(pick(rng, ["주소: {0}", "배송지: {0}", "주소(도로명): {0}"]), p)
    return fill(pick(rng, ["배송지는 {0}입니다.", "주소를 {0}로 변경해 주세요.", "{0}로 보내 주시면 돼요."]), p)


def f_dob(rng: random.Random, style: str) -> list[Seg]:
    d = ids.rand_date(rng, 1945, 2012)
    value = pick(
        rng,
        [
            f"{d.year}년 {d.month}월 {d.day}일",
            d.strftime("%Y.%m.%d"),
            d.strftime("%Y-%m-%d"),
            d.strftime("%Y. %m. %d."),
            d.strftime("%y년 %m월 %d일"),
        ],
    )
    p = P(value, "DATE_OF_BIRTH")
    if style == "form":
        return fill(pick(rng, ["생년월일: {0}", "생년월일(양력): {0}"]), p)
    return fill(pick(rng, ["생년월일은 {0}입니다.", "{0}생이에요.", "생일이 {0}이에요."]), p)


def f_iban(rng: random.Random, style: str) -> list[Seg]:
    p = P(ids.format_iban(ids.make_iban(rng, pick(rng, ["DE", "FR", "GB"])), rng.random() < 0.6), "IBAN")
    return fill("해외 송금 받을 IBAN은 {0}입니다." if style != "form" else "IBAN: {0}", p)


PII_FACTS = [
    (5, f_name),
    (3, f_name_everyday),
    (5, f_phone),
    (5, f_rrn),
    (1.2, f_frn),
    (1.5, f_passport),
    (1.5, f_driver_license),
    (1.5, f_brn),
    (3, f_account),
    (2.5, f_card),
    (2.5, f_email),
    (1, f_url),
    (1.2, f_ip),
    (1.5, f_plate),
    (2, f_other_id),
    (3, f_address),
    (2, f_dob),
    (0.5, f_iban),
]
