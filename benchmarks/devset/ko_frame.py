"""Korean hard negatives and the four framings."""

from __future__ import annotations

import random

from . import ids, ko
from . import tables as t
from .segs import N, P, Seg, fill, pick


def n_ean(rng: random.Random, style: str) -> list[Seg]:
    n = N(ids.make_ean13_kr(rng, date_like=rng.random() < 0.4), "ean13")
    prod = pick(rng, t.KO_PRODUCTS)
    if style == "form":
        return fill(pick(rng, ["상품코드: {0}", "바코드: {0}"]), n)
    return fill(
        pick(
            rng,
            [
                "바코드 {0} 상품(" + prod + ")이 품절이에요.",
                "상품코드 {0} " + prod + " 교환 요청합니다.",
                prod + " {0} 재입고 언제 되나요?",
                "영수증에 {0} 찍힌 " + prod + "이요.",
            ],
        ),
        n,
    )


def n_version(rng: random.Random, style: str) -> list[Seg]:
    v = pick(
        rng,
        [
            f"v{rng.randrange(1, 5)}.{rng.randrange(0, 20)}.{rng.randrange(0, 10)}.{rng.randrange(0, 300)}",
            f"{rng.randrange(1, 12)}.{rng.randrange(0, 20)}.{rng.randrange(0, 10)}.{rng.randrange(1, 9)}",
        ],
    )
    return fill(
        pick(
            rng,
            ["앱 버전 {0}에서 로그인이 안 돼요.", "펌웨어 {0}로 업데이트했어요.", "버전 {0} 사용 중입니다."],
        ),
        N(v, "version"),
    )


def n_order(rng: random.Random, style: str) -> list[Seg]:
    v = pick(
        rng,
        [
            f"2024{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{ids.rand_digits(rng, 8)}",
            ids.rand_date(rng, 2022, 2025).strftime("%Y%m%d") + f"-{ids.rand_digits(rng, 7)}",
            f"ORD-{ids.rand_digits(rng, 10)}",
        ],
    )
    if style == "form":
        return fill("주문번호: {0}", N(v, "order"))
    return fill(
        pick(rng, ["주문번호 {0} 취소해 주세요.", "주문번호는 {0}입니다.", "{0} 주문 건 배송 조회요."]),
        N(v, "order"),
    )


def n_tracking(rng: random.Random, style: str) -> list[Seg]:
    v = pick(
        rng,
        [
            f"{rng.randrange(5000, 7000)}-{ids.rand_digits(rng, 4)}-{ids.rand_digits(rng, 4)}",
            ids.rand_digits(rng, 12),
        ],
    )
    return fill(
        pick(rng, ["운송장번호 {0} 조회가 안 돼요.", "송장번호는 {0}입니다.", "택배 운송장 {0}"]),
        N(v, "tracking"),
    )


def n_price(rng: random.Random, style: str) -> list[Seg]:
    amount = rng.randrange(5, 3000) * 500
    v = pick(rng, [f"₩{amount:,}", f"{amount:,}원", f"{amount:,} 원"])
    return fill(pick(rng, ["결제 금액은 {0}입니다.", "{0} 환불 예정이에요.", "총 {0} 청구됐어요."]), N(v, "price"))


def n_date(rng: random.Random, style: str) -> list[Seg]:
    d = ids.rand_date(rng, 2023, 2025)
    v = pick(
        rng,
        [
            f"{d.month}월 {d.day}일 오후 {rng.randrange(1, 7)}시",
            f"{d.year}년 {d.month}월 {d.day}일",
            d.strftime("%Y-%m-%d"),
            d.strftime("%Y-%m-%dT%H:%M:%S+09:00").replace("00:00:00", "14:05:33"),
            d.strftime("%Y.%m.%d"),
        ],
    )
    return fill(
        pick(rng, ["방문 예약은 {0}로 잡아 드렸습니다.", "{0}까지 처리해 드릴게요.", "접수일시: {0}"]),
        N(v, "date"),
    )


def n_hotline(rng: random.Random, style: str) -> list[Seg]:
    v = pick(
        rng,
        [
            f"1588-{ids.rand_digits(rng, 4)}",
            f"1644-{ids.rand_digits(rng, 4)}",
            f"1577-{ids.rand_digits(rng, 4)}",
            f"1599-{ids.rand_digits(rng, 4)}",
            f"080-{rng.randrange(100, 1000)}-{ids.rand_digits(rng, 4)}",
        ],
    )
    return fill(
        pick(
            rng,
            [
                "고객센터 {0}로 문의 주세요.",
                pick(rng, t.KO_COMPANIES) + " 대표번호 {0}",
                "자세한 건 {0} 번으로 연락 바랍니다.",
            ],
        ),
        N(v, "hotline"),
    )


def n_city(rng: random.Random, style: str) -> list[Seg]:
    city, gus = pick(rng, t.KO_CITIES)
    v = pick(rng, [f"{t.KO_CITY_SHORT[city]} {pick(rng, gus)}", city, pick(rng, gus)])
    return fill(
        pick(rng, ["{0} 지점에서 수령 가능합니다.", "{0} 쪽은 배송이 하루 늦어요.", "{0} 매장 재고 있어요."]),
        N(v, "city"),
    )


NEUTRAL_FACTS = [
    (3, n_ean),
    (1.5, n_version),
    (2, n_order),
    (1.5, n_tracking),
    (2, n_price),
    (2, n_date),
    (2, n_hotline),
    (1.5, n_city),
]


def frame(rng: random.Random, kind: str, facts: list[list[Seg]]) -> list[Seg]:
    company = pick(rng, t.KO_COMPANIES)
    out: list[Seg] = []
    if kind == "chat":
        out += [f"[{company} 채팅 상담]\n"]
        if rng.random() < 0.5:
            out += [
                "상담원: 안녕하세요, 상담원 ",
                P(ko.name(rng), "PERSON"),
                "입니다. 무엇을 도와드릴까요?\n",
            ]
        else:
            out += ["상담원: 안녕하세요, 무엇을 도와드릴까요?\n"]
        for i, f in enumerate(facts):
            out += ["고객: " if i % 2 == 0 else "상담원: ", *f, "\n"]
        out += [pick(rng, ["고객: 네 감사합니다.", "상담원: 더 궁금하신 점 있으신가요?", "고객: 알겠습니다~"])]
    elif kind == "transcript":
        sec = rng.randrange(3, 40)
        out += [f"[녹취록] {company} 콜센터\n"]
        for i, f in enumerate([["네, ", company, " 고객센터입니다."], *facts]):
            sec += rng.randrange(4, 40)
            who = "상담사" if i % 2 == 0 else "고객"
            out += [f"[{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}] {who}: ", *f, "\n"]
        out += ["(통화 종료)"]
    elif kind == "form":
        out += [
            pick(
                rng,
                [
                    f"[{company} 회원 가입 신청서]\n",
                    "■ 개인정보 수집·이용 동의서\n",
                    "[환불 신청서]\n",
                    "< 서비스 변경 신청서 >\n",
                ],
            )
        ]
        for f in facts:
            out += ["- ", *f, "\n"]
        out += ["위 내용이 사실과 다름없음을 확인합니다."]
    else:
        out += [P(ko.name(rng), "PERSON"), pick(rng, [" 님께\n\n", " 고객님께\n\n", "님 귀하\n\n"])]
        out += [
            pick(
                rng,
                [
                    "안녕하십니까. ",
                    "항상 저희 회사를 이용해 주셔서 감사합니다. ",
                    "요청하신 내용을 안내드립니다. ",
                ],
            )
        ]
        for f in facts:
            out += [*f, " "]
        d = ids.rand_date(rng, 2023, 2025)
        out += ["\n\n", N(f"{d.year}년 {d.month}월 {d.day}일", "date"), f"\n{company} 고객지원팀 드림"]
    return out
