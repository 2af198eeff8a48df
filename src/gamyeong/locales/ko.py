"""Korean context words."""

from __future__ import annotations

from gamyeong.identifiers.kr import bank_account
from gamyeong.labels import Label

POSITIVE: dict[str, tuple[str, ...]] = {
    Label.KR_RRN: (
        "주민번호",
        "주민등록번호",
        "주민 번호",
        "주민등록",
        "주민",
        "생년월일",
        "앞자리",
        "뒷자리",
    ),
    Label.KR_FRN: ("외국인등록번호", "외국인 등록번호", "외국인번호", "외국인등록증", "등록증"),
    Label.KR_PASSPORT: ("여권", "여권번호", "여권 번호"),
    Label.PASSPORT: ("여권", "여권번호"),
    Label.KR_DRIVER_LICENSE: ("면허", "면허번호", "운전면허", "면허증"),
    Label.KR_BRN: ("사업자", "사업자번호", "사업자등록번호", "사업자 등록번호"),
    Label.BANK_ACCOUNT: (
        "계좌",
        "계좌번호",
        "입금",
        "송금",
        "이체",
        "환불",
        "예금주",
        "은행",
        "뱅크",
        *sorted(bank_account.BANK_NAMES),
    ),
    Label.CREDIT_CARD: ("카드", "카드번호", "신용카드", "체크카드", "결제"),
    Label.PHONE: ("전화", "연락처", "휴대폰", "핸드폰", "폰", "문자", "tel"),
    Label.EMAIL: ("이메일", "메일"),
    Label.IP_ADDRESS: ("아이피", "ip", "접속"),
    Label.URL: ("블로그", "개인 홈페이지", "제 홈페이지", "인스타", "프로필", "개인 사이트", "sns"),
    Label.VEHICLE_PLATE: ("차량", "차량번호", "번호판", "차번호"),
    Label.OTHER_ID: (
        "회원번호",
        "고객번호",
        "환자번호",
        "학번",
        "사번",
        "차트번호",
        "수험번호",
        "군번",
        "카드 회원",
    ),
    Label.IBAN: ("iban",),
}

NEGATIVE: tuple[str, ...] = (
    "펌웨어",
    "업데이트 버전",
    "주문번호",
    "주문 번호",
    "송장",
    "운송장",
    "배송조회",
    "택배",
    "바코드",
    "상품코드",
    "상품번호",
    "상품 코드",
    "모델명",
    "모델번호",
    "품번",
    "시리얼",
    "일련번호",
    "버전",
    "빌드",
    "접수번호",
    "예약번호",
    "티켓",
    "영수증번호",
    "승인번호",
    "거래번호",
    "문의번호",
    "대표번호",
    "고객센터",
    "콜센터",
)

#: words right after a number that say what it was (not personal data)
NEGATIVE_AFTER: tuple[str, ...] = ("원", "개", "건", "버전", "바코드", "빌드", "상품코드", "모델")
