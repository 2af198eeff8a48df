"""PERSON, ADDRESS and DATE_OF_BIRTH: named cases through the public API (spans, never values, in failures)."""

from __future__ import annotations

import pytest

import gamyeong
from gamyeong import Analyzer, Label


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def found(analyzer: Analyzer, text: str, label: str, lang: str | None = None) -> list[str]:
    return [s.text(text) for s in analyzer.detect(text, lang) if s.label == label]


KO_NAMES = [
    pytest.param("범인은 김민수군요.", ["김민수"], id="name-then-gunyo"),
    pytest.param("성명: 홍란루", ["홍란루"], id="name-word-outweighs-a-particle-reading"),
    pytest.param("송원하 고객님 안녕하세요", ["송원하"], id="honorific-outweighs-a-verb-reading"),
    pytest.param("순자는 부엌에서 조용히 눈물을 훔쳤다.", ["순자"], id="older-given-name-alone"),
    pytest.param("새로 온 인턴은 진윤슬이라는 친구인데", ["진윤슬"], id="a-friend-called-name"),
    pytest.param("ㅋㅋㅋ 서준이 또 지갑 두고 왔대", ["서준"], id="given-name-alone-subject-i"),
    pytest.param("민서야 밥 먹었어?", ["민서"], id="given-name-alone-vocative"),
    pytest.param("이따 시우 데리러 학원 가야 돼", ["시우"], id="given-name-alone-bare"),
    pytest.param("은우가 단톡방 나갔던데 무슨 일 있어?", ["은우"], id="given-name-alone-subject"),
    pytest.param("연우랑 같이 도서관 갈 사람?", ["연우"], id="given-name-alone-with"),
    pytest.param("축하해준 소민, 재희, 유진 다들 고마워", ["소민", "재희", "유진"], id="given-names-then-everyone"),
    pytest.param("범인은 허누리였다.", ["허누리"], id="culprit-was-name"),
    pytest.param("이번 대회 우승자는 탁이슬이야", ["탁이슬"], id="winner-is-name"),
    pytest.param("회의에는 탁서윤 마케팅팀장님도 왔어요", ["탁서윤"], id="name-then-department-title"),
    pytest.param("소보원 최충대 조사2과장은 말했다", ["최충대"], id="name-then-numbered-department-title"),
    pytest.param("명성여고 문희웅 교장은 이같이 말했다", ["문희웅"], id="name-then-school-principal"),
    pytest.param("김민준님께서 주문하셨어요", ["김민준"], id="honorific-and-particle-stripped"),
    pytest.param("이서연 고객님 안녕하세요", ["이서연"], id="honorific-after-space"),
    pytest.param("예금주 박지훈으로 이체", ["박지훈"], id="name-word-before"),
    pytest.param("담당자김민준(3번 창구)", ["김민준"], id="glued-to-name-word"),
    pytest.param("한빛테크 윤도겸대표는 말한다.", ["윤도겸"], id="glued-title-opening-with-a-counter-syllable"),
    pytest.param("박지훈차장님이 오셨어요", ["박지훈"], id="glued-deputy-manager-title"),
    pytest.param("감사합니다.\n영업2팀 김민수대리", ["김민수"], id="glued-title-whose-seam-reads-as-a-rare-word"),
    pytest.param("혹시 담당자 이영화의 연락처 아시는 분", ["이영화"], id="this-noun-reading-after-a-name-word"),
    pytest.param("안녕하세요. 저는 이영화라고 합니다", ["이영화"], id="pronoun-then-introduced-name"),
    pytest.param("난 김민수를 좋아해", ["김민수"], id="pronoun-then-a-name-as-object"),
    pytest.param("말하는 도명환 씨에겐 고민이 많다", ["도명환"], id="honorific-then-contracted-particle"),
    pytest.param("동호회장 장정기 씨(52)는 말했다", ["장정기"], id="age-after-the-honorific"),
    pytest.param("남궁민수 과장님이 오셨어요", ["남궁민수"], id="two-syllable-surname"),
    pytest.param("성명: 김 민준", ["김 민준"], id="spaced-name"),
    pytest.param("신청인 김*준 님", ["김*준"], id="masked-star"),
    pytest.param("홍○동 님의 예약", ["홍○동"], id="masked-circle"),
    pytest.param("<tr><th>신청인</th><td>성린훈</td></tr>", ["성린훈"], id="html-table-cell"),
    pytest.param("번호,이름,지역\n1,도경범,부산", ["도경범"], id="csv-name-column"),
    pytest.param("담당: Kim Min-jun 대리", ["Kim Min-jun"], id="romanized-in-korean"),
    pytest.param("민준아, 밥 먹었어?", ["민준"], id="vocative-given-name"),
    pytest.param("엄마: 지우야 숙제했니?", ["지우"], id="vocative-after-speaker-label"),
    pytest.param("민준이가 그러는데 내일 온대", ["민준"], id="given-name-suffix-i-and-particle"),
    pytest.param("서연이조차 몰랐대", ["서연"], id="given-name-suffix-i-then-even"),
    pytest.param("어제 민준이네 집에 갔어", ["민준"], id="given-name-suffix-i-then-family-of"),
    pytest.param("지안이 엄마가 데리러 왔어", ["지안"], id="given-name-suffix-i-then-kin-word"),
    pytest.param("가을이네 집에 놀러 갔어", ["가을"], id="given-name-that-is-a-word-family-of-then-house"),
    pytest.param("보람한테서 연락 왔는데 오늘 못 온대", ["보람"], id="given-name-that-is-a-word-then-from-a-person"),
    pytest.param("제 친구 하은이는 학생이에요", ["하은"], id="given-name-suffix-i-topic"),
    pytest.param("현우 오빠가 데리러 온대", ["현우"], id="given-name-and-kinship-word"),
    pytest.param("윤서준(32세) 남성", ["윤서준"], id="age-in-brackets-after"),
    pytest.param("범인은 이서연이었다는 사실", ["이서연"], id="copula-past-ending"),
    pytest.param("김민준이지만 괜찮아", ["김민준"], id="ending-jiman"),
    pytest.param("그 일은 김도하한테 물어봐", ["김도하"], id="popular-recent-given-name"),
    pytest.param("엄지은, 010-1234-5678", ["엄지은"], id="person-entry-that-reads-as-word-plus-particle"),
    pytest.param("참석: 김민준 님, 류지안", ["김민준", "류지안"], id="listed-next-to-a-confident-name"),
    pytest.param("미경 언니한테 물어볼게요", ["미경"], id="given-name-that-is-also-a-word-before-kinship"),
    pytest.param("어제 새롬이랑 통화했어요", ["새롬"], id="rare-given-name-suffix-i"),
    pytest.param("이준씨 계세요?", ["이준"], id="two-syllable-name-and-ssi"),
    pytest.param("그건 피윤하한테 물어봐", ["피윤하"], id="unknown-given-name-dative-of-a-person"),
    pytest.param("어제 탁정란이랑 통화했는데 괜찮대", ["탁정란"], id="full-name-with-before-contact-verb"),
    pytest.param("모태희가 그러는데 회의가 취소됐대요", ["모태희"], id="full-name-said"),
    pytest.param("남궁하람 말로는 다음 달에 이사한대요", ["남궁하람"], id="full-name-according-to"),
    pytest.param("우진이랑 얘기했는데 다음 주에 온대", ["우진"], id="given-name-with-before-talk-verb"),
    pytest.param("로하가 그러는데 공장이 멈췄대", ["로하"], id="given-name-said"),
    pytest.param("하람 말로는 괜찮대요", ["하람"], id="given-name-according-to"),
    pytest.param("팀장 엄세아, 팀원 기소미", ["엄세아", "기소미"], id="titles-before-names"),
    pytest.param("주문자 정보: 옥지환 / 010-2345-6789", ["옥지환"], id="name-word-then-details-label"),
    pytest.param("계좌 명의는 변하늘입니다", ["변하늘"], id="account-holder-name"),
    pytest.param("다온 씨 자리에 두세요", ["다온"], id="unknown-given-name-then-spaced-ssi"),
    pytest.param("읽어 주셔서 고맙습니다.\n탁정란 올림", ["탁정란"], id="letter-signed-olrim"),
    pytest.param("박도윤은 하숙을 했다. 도윤의 가방에는 편지가", ["박도윤", "도윤"], id="given-name-of-a-name-found"),
    pytest.param("최보람 님과 통화했어요. 보람이가 내일 와요", ["최보람", "보람"], id="word-given-name-of-found"),
    pytest.param("김민수 대리. 민수야 밥 먹자", ["김민수", "민수"], id="vocative-of-a-name-found"),
    pytest.param("조회 시간에 남궁세아를 칭찬하셨다", ["남궁세아"], id="two-syllable-surname-is-no-word-reading"),
    pytest.param("월: 차윤오\n화: 여다빈\n수: 공태양", ["차윤오", "여다빈", "공태양"], id="roster-lines"),
    pytest.param("월: 차윤오\r\n화: 여다빈\r\n", ["차윤오", "여다빈"], id="roster-lines-crlf"),
    pytest.param("신청인: 김 영순\n연락처 없음", ["김 영순"], id="spaced-given-name-that-is-a-word"),
    pytest.param("받는 분: 이 광수\n주소: 미정", ["이 광수"], id="spaced-after-surname-that-is-a-word"),
    pytest.param("번호|이름|주소\n4|이 영순|서울", ["이 영순"], id="spaced-in-a-name-column"),
    pytest.param("이 정자 님 귀하", ["이 정자"], id="spaced-then-nim"),
    pytest.param("신청인: 박 진\n연락처 없음", ["박 진"], id="spaced-one-syllable-given-name-after-label"),
    pytest.param("수신: 김 구 님 귀하", ["김 구"], id="spaced-one-syllable-given-name-then-nim"),
    pytest.param("오늘 박한결을 만났다.", ["박한결"], id="native-given-name-after-surname"),
    pytest.param("윤가람은 1990년에 태어났다.", ["윤가람"], id="native-given-name-topic"),
    pytest.param("한새봄도 참석한다고 했어요.", ["한새봄"], id="native-given-name-rare-syllables"),
    pytest.param("안녕하세요, 도인혁입니다.", ["도인혁"], id="greeting-then-name-copula"),
    pytest.param("도인혁이 어제 전화했어요.", ["도인혁"], id="subject-of-a-person-predicate"),
    pytest.param("오늘 방광준을 만났다.", ["방광준"], id="object-of-a-person-predicate"),
    pytest.param("백춘호의 아내가 왔어요.", ["백춘호"], id="owner-of-a-relative"),
    pytest.param("백용태는 1990년에 태어났다.", ["백용태"], id="born-after-a-year"),
    pytest.param("[14:02] 노승수: 네 알겠습니다", ["노승수"], id="chat-speaker-after-a-time"),
    pytest.param('name="우수한" grade="A"', ["우수한"], id="whole-field-after-a-name-label-reads-as-a-word"),
    pytest.param("2024. 1. 5. 오후 2:04, 홍기열 : 저도요", ["홍기열"], id="chat-export-speaker-after-a-date"),
    pytest.param("성명: 정우\n연락처: 없음", ["정우"], id="dictionary-word-that-is-a-name-in-a-name-field"),
    pytest.param('DEBUG user.update name="이호" grade=GOLD', ["이호"], id="dictionary-word-in-a-log-name-field"),
    pytest.param("보호자 성명 | 이한", ["이한"], id="dictionary-word-after-a-longer-name-label"),
    pytest.param("보호자 이름: 정우\nFull name: 이한", ["정우", "이한"], id="name-label-after-a-person-noun"),
    pytest.param("성명\t정우\n주소\t-", ["정우"], id="dictionary-word-in-a-tab-separated-name-field"),
    pytest.param("인사 이동\n- John Miller : 영업2팀", ["John Miller"], id="latin-full-name-in-korean-text"),
    pytest.param("수신: KIM Minjun 귀하", ["KIM Minjun"], id="romanized-upper-case-surname-in-korean-text"),
]


@pytest.mark.parametrize(
    ("text", "lang", "label", "expected"),
    [
        pytest.param(
            "Meeting with 김민준 tomorrow at 3pm.", "en", Label.PERSON, ["김민준"], id="hangul-name-in-english"
        ),
        pytest.param("Rendez-vous avec 이서연 demain.", "fr", Label.PERSON, ["이서연"], id="hangul-name-in-french"),
        pytest.param(
            "Ship to 서울특별시 강남구 테헤란로 123, 101동 1203호",
            "en",
            Label.ADDRESS,
            ["서울특별시 강남구 테헤란로 123, 101동 1203호"],
            id="hangul-address-in-english",
        ),
    ],
)
def test_korean_in_french_or_english_text(
    analyzer: Analyzer, text: str, lang: str, label: str, expected: list[str]
) -> None:
    assert found(analyzer, text, label, lang) == expected


KO_NOT_NAMES = [
    pytest.param("노원구청장이 현장을 방문했다.", id="district-head-is-not-a-name-title"),
    pytest.param("공영주차장에 차를 세웠다.", id="parking-lot-is-no-name-and-title"),
    pytest.param("판매자: 이마트\n배송: 무료", id="shop-in-a-seller-field"),
    pytest.param("이름: 한국\n성명 | 정보", id="non-person-word-in-a-name-field"),
    pytest.param('username="이호"', id="handle-field-is-no-name-field"),
    pytest.param("가게 이름: 가을\n강아지이름: 하늘", id="name-of-a-shop-or-a-pet-is-no-person-field"),
    pytest.param("company name: 한빛\nfile name: 정우", id="latin-name-label-after-an-object-noun"),
    pytest.param("이름: 기타", id="form-placeholder-in-a-name-field"),
    pytest.param("번호\t이름\t주소\n1\t-\t-", id="tab-separated-header-row-cell-after-a-name-label"),
    pytest.param("회원번호\t성명\t주소", id="tab-separated-header-row-without-rows"),
    pytest.param("이름: 주소:", id="blank-form-next-label-after-a-name-label"),
    pytest.param("한의원원장님이 말했다. 공무원대표는 말했다.", id="dictionary-word-then-a-glued-title"),
    pytest.param("솔직히 이영화는 10점 받을만함", id="this-film-without-its-space"),
    pytest.param("난 이영화를 두 번 봤다", id="pronoun-then-this-film-as-object"),
    pytest.param("그 사람이 형이야", id="one-syllable-noun-and-copula"),
    pytest.param("동무한테서 빌린 책을 보고 있었다", id="person-noun-then-from-a-person"),
    pytest.param("나라한테 버림받은 기분이야. 하늘한테 빌었어", id="country-or-sky-spoken-to-with-hante"),
    pytest.param("고향 하늘이라도 보며 살자", id="word-suffix-i-then-even-if"),
    pytest.param("와 벌써 가을이네!", id="word-then-exclamative-copula"),
    pytest.param("사랑이 형식적이면 안 된다", id="word-suffix-i-then-word-starting-with-kin-syllable"),
    pytest.param("사진이 친구 폰에 있어. 인형이 동생 방에 있고", id="word-subject-particle-then-kin-word"),
    pytest.param("이날 오후 2시 현재 투표율은 30%다", id="hour-then-as-of-is-no-spaced-name"),
    pytest.param("순국 104주기인 오는 26일 행사", id="ordinal-glued-to-its-number"),
    pytest.param("이천원짜리 물건", id="price-is-no-name-and-counter"),
    pytest.param("유엔 사무총장은 말했다.", id="organization-then-title"),
    pytest.param("경남 사업부장이 말했다.", id="place-then-department-title"),
    pytest.param("하지만 영업팀장이 말했다.", id="conjunction-then-department-title"),
    pytest.param("그는 경남 국가대표로 뽑혔다.", id="national-team-is-not-a-title"),
    pytest.param("공연장에서는 정숙해 주세요", id="older-name-that-is-a-word"),
    pytest.param("정보라는 단어를 검색했어요", id="word-then-called"),
    pytest.param("나은 방법이 있으면 말해 줘", id="adjective-form-like-a-given-name"),
    pytest.param("지원이 필요한 분은 연락 주세요", id="popular-name-that-is-a-word"),
    pytest.param("유리가 깨져서 교체했어요", id="glass-is-not-yuri"),
    pytest.param("학생, 교사 세 명이 다쳤다", id="counted-roles"),
    pytest.param("서울, 부산 두 명씩 배정", id="counted-places"),
    pytest.param("우승자는 한국이었다", id="role-is-a-country"),
    pytest.param("범인은 고양이였다", id="role-is-an-animal"),
    pytest.param("금세 지나갔다 하고 말을 하더군요", id="sentence-ending-gunyo-is-not-a-title"),
    pytest.param("서울 본사 영업팀장 자리가 비었어요", id="compound-title-after-a-place"),
    pytest.param("주문번호 확인 부탁드립니다", id="order-number"),
    pytest.param("진료비 영수증 발급은 본인만 가능합니다", id="medical-fee"),
    pytest.param("이어폰이 고장 나서 유기농 매장에 들렀어요", id="earphones-organic"),
    pytest.param("배송메모: 문 앞에 놔주세요", id="delivery-memo"),
    pytest.param("이름은 나중에 알려드릴게요", id="the-word-name"),
    pytest.param("제 번호는 알려드릴 수 없어요", id="my-number"),
    pytest.param("공일공 일이삼사 오육칠팔", id="spoken-digits"),
    pytest.param("정말로 감사합니다. 이용해 주셔서 고맙습니다", id="adverb-and-verb"),
    pytest.param("대통령이 장관을 만났다", id="roles-without-a-name"),
    pytest.param("아들아, 밥 먹어", id="vocative-common-noun"),
    pytest.param("하늘아 고마워", id="vocative-word-that-is-also-a-name"),
    pytest.param("어제 이용해 봤는데 좋았어요", id="word-after-eoje-is-not-announced"),
    pytest.param("고양이가 밥을 안 먹어요", id="word-ending-in-i-then-particle"),
    pytest.param("사람이 많아서 오전 회의는 취소", id="noun-and-subject-particle"),
    pytest.param("상담사님 안녕하세요", id="title-with-honorific"),
    pytest.param("담당 부장님 연락 바랍니다", id="title-after-name-word"),
    pytest.param("담당 조리사님과 간호사님께 전달했어요", id="job-words-with-honorific"),
    pytest.param("도우미님께서 오셨어요", id="role-word-ending-in-mi"),
    pytest.param("사원님 안녕하세요", id="title-read-as-given-name"),
    pytest.param("우리 언니가 그러는데 회사 오빠도 온대", id="pronoun-and-noun-before-kinship-words"),
    pytest.param("배송이 늦어서 내용이 바뀌었어요", id="word-and-particle-reading"),
    pytest.param("할머님께서 오셨고 주인님과 이모님도 오셨어요", id="family-words-and-titles-with-nim"),
    pytest.param("애인이가 보고 싶대요. 하느님 감사합니다", id="family-word-suffix-i"),
    pytest.param("친구랑 통화했고 남편이 그러는데 엄마한테 물어보래요", id="person-nouns-with-person-grammar"),
    pytest.param("전남친이랑 통화했고 김대리한테 물어봤어요", id="ex-and-surname-title-with-person-grammar"),
    pytest.param("은행이랑 통화했고 마트랑 병원이랑도 통화했어요", id="places-with-contact-verbs"),
    pytest.param("회사가 그러는데 정산은 다음 주래요", id="organization-said"),
    pytest.param("뉴스 말로는 비가 온대요. 사장 말로는 괜찮대요", id="news-and-boss-according-to"),
    pytest.param("팀장 회의는 과장 정도만 참석하고 부장 이하 전원 대리 운전", id="titles-before-ordinary-words"),
    pytest.param("한국이 그러는데 중국과 만났고 정상과 통화했대", id="countries-and-words-with-person-grammar"),
    pytest.param("지인 말로는 정오께 도착하고 이달 중순께 발표한대", id="acquaintance-noon-mid-month"),
    pytest.param("유튜버한테 메일 보냈고 디자이너랑 미팅했어요", id="agent-nouns-that-start-with-a-surname"),
    pytest.param("고객 여러분께 알려드립니다", id="you-all-after-a-name-word"),
    pytest.param("수박 씨를 뱉었어요. 참외 씨도 있어요", id="seed-after-a-fruit-word"),
    pytest.param("소수점 올림 처리, 선물 드림, 금액 올림", id="rounding-up-and-gift-given"),
    pytest.param("고객: 제 이름은 나중에 알려드릴게요", id="speaker-label-then-my-name"),
    pytest.param("두 사람의 이 같은 발언은 한편으로", id="demonstrative-after-a-person-word"),
    pytest.param("이 영화 감독이 말했다", id="demonstrative-word-then-title"),
    pytest.param("어제 전 국무총리가 말했다", id="former-then-title"),
    pytest.param("벗어나는 한 가지 형태로서", id="one-kind-written-spaced"),
    pytest.param("고객: 전 돼요\n상담원: 네 네", id="one-syllable-words-after-speaker-labels"),
    pytest.param("목소리가 작아서 대학 동아리 모임에서 한여름의 초가을 얘기를 했다", id="native-words-in-compounds"),
    pytest.param("거실에 강마루를 깔았다. 도시내에서 운전할 때", id="native-names-ending-compounds"),
    pytest.param("전 회원님께 포인트를 지급합니다.", id="all-members-with-nim"),
    pytest.param("수신: 전 직원\n받는 사람: 전 직원", id="to-all-staff-after-a-label"),
    pytest.param("이 건 귀하께 통보합니다. 이 달 고객님 혜택", id="one-syllable-word-then-gwiha"),
    pytest.param("수신자: 이 부장\n성명: 이 대리", id="surname-then-a-title-after-a-label"),
    pytest.param("정부가 어제 발표했고 은행이 전화했어요. 회사의 연락처", id="organizations-with-person-predicates"),
    pytest.param("안녕하세요, 고객센터입니다.", id="greeting-then-organization"),
    pytest.param("회의는 14:00 진행: 노트북 지참", id="time-then-a-word-and-colon"),
    pytest.param("삼성 Galaxy Note 출시, 애플 Apple Music 구독, New York 지사", id="latin-brands-and-places-in-korean"),
]

# a name found vouches for no word: a given name that is a word, as an object; a word opening the next line
KO_NOT_NAMES_NEXT_TO_A_NAME = [
    pytest.param("배우 김영화 씨가 출연한 영화는 흥행했다.", ["김영화"], id="given-name-movie-as-a-word"),
    pytest.param("김하늘 씨가 왔다. 오늘은 하늘이 정말 맑다.", ["김하늘"], id="given-name-sky-as-subject"),
    pytest.param("김한결 님 덕분에 상황이 한결 나아졌습니다.", ["김한결"], id="given-name-as-an-adverb"),
    pytest.param("담당자 이수정 대리입니다. 수정이 완료되었습니다.", ["이수정"], id="given-name-edit-as-a-word"),
    pytest.param("최보람 선생님 덕분에 보람을 느꼈다", ["최보람"], id="given-name-that-is-a-word-as-object"),
    pytest.param("김나은 님 말로는 나은 방법이 있대요", ["김나은"], id="given-name-that-is-an-adnominal"),
    pytest.param("받는분 조용효 교수님\n김밥 두 줄 주세요", ["조용효"], id="bare-line-break-is-no-list"),
]


@pytest.mark.parametrize(("text", "expected"), KO_NAMES)
def test_korean_names(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert found(analyzer, text, Label.PERSON, "ko") == expected


@pytest.mark.parametrize(("text", "expected"), KO_NOT_NAMES_NEXT_TO_A_NAME)
def test_a_name_found_vouches_for_no_word(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert found(analyzer, text, Label.PERSON, "ko") == expected


@pytest.mark.parametrize("text", KO_NOT_NAMES)
def test_korean_words_that_start_with_a_surname_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, Label.PERSON, "ko") == []


LATIN_NAMES = [
    pytest.param("Mathieu ne vient pas ce soir.", "fr", ["Mathieu"], id="fr-noun-listed-name-opens-as-subject"),
    pytest.param("Clémence, tu peux m'envoyer les slides ?", "fr", ["Clémence"], id="fr-noun-listed-name-addressed"),
    pytest.param("Talk soon,\nBen", "en", ["Ben"], id="en-given-name-that-is-a-particle"),
    pytest.param(
        "Destinataire : Bernard de La Salle\nAdresse : 5 rue Vaugirard",
        "fr",
        ["Bernard de La Salle"],
        id="fr-word-after-a-particle-is-a-surname",
    ),
    pytest.param(
        "We met Jean de La Tour yesterday.", "en", ["Jean de La Tour"], id="en-place-word-after-a-particle-is-a-surname"
    ),
    pytest.param("Hi Florence,\nThe samples arrived.", "en", ["Florence"], id="en-greeted-given-name-spacy-missed"),
    pytest.param(
        "Patient : Mlle Inès Collin, née Blanc\nDN : 15/7/1977",
        "fr",
        ["Inès Collin", "Blanc"],
        id="fr-birth-name-after-nee-even-a-word",
    ),
    pytest.param(
        "Destinataire ....... Léa Moreau\nFait le ....... 22 janv. 2025",
        "fr",
        ["Léa Moreau"],
        id="fr-field-with-a-dotted-leader",
    ),
    pytest.param("[17:04] titi: bisous à mathilde\n[17:09] zaza: ok", "fr", ["mathilde"], id="fr-kisses-to-lower-case"),
    pytest.param(
        "zaza: jean-marc petit a appelé pour toi", "fr", ["jean-marc petit"], id="fr-lower-case-name-then-a-person-verb"
    ),
    pytest.param("sk8rboi: priya called for u\nmom: k", "en", ["priya"], id="en-lower-case-given-name-called"),
    pytest.param("bookworm: noah called for u", "en", ["noah"], id="en-lower-case-name-the-noun-lists-hold-called"),
    pytest.param("[22:59] bookworm: is tom coming tonight?", "en", ["tom"], id="en-lower-case-name-asked-if-coming"),
    pytest.param(
        "Nom : Jean Dupont Téléphone : 06 12 34 56 78", "fr", ["Jean Dupont"], id="fr-next-field-label-on-the-same-line"
    ),
    pytest.param(
        "Name: John Smith Date of birth: 03/05/1980", "en", ["John Smith"], id="en-next-field-label-of-several-words"
    ),
    pytest.param("moimeme: lucas vient ce soir ?", "fr", ["lucas"], id="fr-lower-case-name-the-noun-lists-hold-comes"),
    pytest.param("je dors chez mathilde ce soir", "fr", ["mathilde"], id="fr-lower-case-name-at-someones-place"),
    pytest.param(
        "Conseiller : De : Min-jun Durand\nClient : ok",
        "fr",
        ["Min-jun Durand"],
        id="fr-hyphenated-korean-given-name-and-any-surname",
    ),
    pytest.param("je suis avec julie là", "fr", ["julie"], id="fr-lower-case-name-with-someone"),
    pytest.param("Marie de la Mairie a appelé ce matin.", "fr", ["Marie"], id="fr-given-name-then-de-la-institution"),
    pytest.param(
        "Bonjour, Sophie de la Banque Populaire vous informe", "fr", ["Sophie"], id="fr-given-name-then-de-la-bank"
    ),
    pytest.param("Marie de France écrivit des lais.", "fr", ["Marie de France"], id="fr-given-name-de-country"),
    pytest.param(
        "Merci à Claire de la Comptabilité pour son aide", "fr", ["Claire"], id="fr-given-name-then-de-la-department"
    ),
    pytest.param(
        "Bonjour, Inès de la Direction vous écrit.", "fr", ["Inès"], id="fr-given-name-from-a-department-spacy-misses"
    ),
    pytest.param(
        "j'ai parlé avec constance hier", "fr", ["constance"], id="fr-lower-case-virtue-name-after-talked-with"
    ),
    pytest.param("Name\tEmily St. James\nReason\tUrgent", "en", ["Emily St. James"], id="en-saint-surname-in-a-field"),
    pytest.param("Deliver to: Okafor\nAddress: 12 Oak Dr", "en", ["Okafor"], id="en-surname-alone-after-deliver-to"),
    pytest.param("Thanks,\n--\nMartin | Operations", "en", ["Martin"], id="en-signature-name-then-pipe"),
    pytest.param(
        "[13:08] bookworm: is mary jones coming tonight?",
        "en",
        ["mary jones"],
        id="en-lower-case-name-spacy-cannot-judge",
    ),
    pytest.param("Applicant: Mei Haddad Card number: 5105", "en", ["Mei Haddad"], id="next-field-label-trimmed"),
    pytest.param("Jean Paul Sartre wrote it", "en", ["Jean Paul Sartre"], id="surname-wordnet-lists-kept"),
    pytest.param("Our technician Oluwaseun is on the way.", "en", ["Oluwaseun"], id="west-african-given-name"),
    pytest.param("Anneliese booked the room for Friday.", "en", ["Anneliese"], id="given-name-alone-at-sentence-start"),
    pytest.param(
        "Gwenaëlle a appelé ce matin pour le devis.", "fr", ["Gwenaëlle"], id="prenom-seul-en-debut-de-phrase"
    ),
    pytest.param("Hi Amelia, quick question about the bill.", "en", ["Amelia"], id="greeting-name-wordnet-lists"),
    pytest.param(
        "Dear Harry Hughes,\nPlease find the form attached.", "en", ["Harry Hughes"], id="dear-full-name-in-wordnet"
    ),
    pytest.param("Bonjour, je suis Mme Claire Dubois.", "fr", ["Claire Dubois"], id="fr-civility-stripped"),
    pytest.param("Merci de contacter Maître Anne Roussel.", "fr", ["Anne Roussel"], id="fr-maitre"),
    pytest.param("salut c'est marie dupont", "fr", ["marie dupont"], id="fr-lower-case-chat"),
    pytest.param("Dear Dr Hannah MacDonald, hi.", "en", ["Hannah MacDonald"], id="en-title-after-greeting"),
    pytest.param("Recipient: MARSH, Niamh", "en", ["MARSH, Niamh"], id="en-inverted-surname"),
    pytest.param("Please call John Smith tomorrow.", "en", ["John Smith"], id="en-gazetteer"),
    pytest.param("Minjun Kim will join us.", "en", ["Minjun Kim"], id="en-romanized-korean"),
    pytest.param("Mary I. Stone signed it.", "en", ["Mary I. Stone"], id="en-middle-initial-i"),
    pytest.param("C/O Martine Leroy, 9 quai de la Fosse", "fr", ["Martine Leroy"], id="fr-care-of"),
    pytest.param("Bonjour, c'est Léa, rappelle-moi.", "fr", ["Léa"], id="fr-cest-and-given-name"),
    pytest.param("Best regards,\nTom", "en", ["Tom"], id="en-signature-after-closing"),
    pytest.param("my friend jessica lopez said hi", "en", ["jessica lopez"], id="en-lower-case-pair-after-a-word"),
    pytest.param("I used Jordan's car.", "en", ["Jordan"], id="en-possessive-stripped"),
    pytest.param("John Smith's car", "en", ["John Smith"], id="en-full-name-possessive"),
    pytest.param("Thanks,\nMin-jun", "en", ["Min-jun"], id="en-signoff-given-name"),
    pytest.param("Hi Priya, your refund is on its way.", "en", ["Priya"], id="en-greeting-given-name"),
    pytest.param("Bonne journée, Inès", "fr", ["Inès"], id="fr-signoff-given-name"),
    pytest.param("Merci Karim !", "fr", ["Karim"], id="fr-thanks-given-name"),
    pytest.param("Cheers,\nOlumide", "en", ["Olumide"], id="en-signoff-unknown-given-name"),
    pytest.param("Contactez Marie Dupont au standard.", "fr", ["Marie Dupont"], id="fr-imperative-stays-out-of-name"),
    pytest.param("our agent Priya will call you back", "en", ["Priya"], id="en-role-noun-before-name"),
    pytest.param("le technicien Mathieu passera demain", "fr", ["Mathieu"], id="fr-role-noun-before-name"),
    pytest.param("my colleague Dev will follow up", "en", ["Dev"], id="en-role-noun-unknown-name"),
    pytest.param("talked to sarah yesterday about it", "en", ["sarah"], id="en-lower-case-after-talk-verb"),
    pytest.param("demande à julien pour la facture", "fr", ["julien"], id="fr-lower-case-after-demande-a"),
    pytest.param("Vous êtes en ligne avec Soraya.", "fr", ["Soraya"], id="fr-en-ligne-avec"),
    pytest.param("I spoke with Oluwaseun Adeyemi about it.", "en", ["Oluwaseun Adeyemi"], id="en-west-african-name"),
    pytest.param("Le dossier de Joao Pereira est complet.", "fr", ["Joao Pereira"], id="fr-unaccented-portuguese"),
    pytest.param(
        "Contact Pieter van der Berg for details.",
        "en",
        ["Pieter van der Berg"],
        id="en-particles-sentence-verb-dropped",
    ),
    pytest.param("Ask Ryan McDonald about it.", "en", ["Ryan McDonald"], id="en-mc-name-imperative-dropped"),
    pytest.param("I'm Wei Zhang from accounts.", "en", ["Wei Zhang"], id="en-elided-pronoun-dropped"),
    pytest.param("Validé par J.-P. Martin.", "fr", ["J.-P. Martin"], id="fr-compound-initial"),
    pytest.param("NAME: JOHN SMITH", "en", ["JOHN SMITH"], id="en-form-all-caps"),
    pytest.param("SURNAME: PATEL\nFIRST NAME: RAVI", "en", ["PATEL", "RAVI"], id="en-form-caps-one-per-line"),
    pytest.param("Applicant: Chukwuemeka Obi", "en", ["Chukwuemeka Obi"], id="en-form-applicant-unknown-name"),
    pytest.param("From: Jane Doe <jd@example.com>", "en", ["Jane Doe"], id="en-mail-header-from"),
    pytest.param("De : Paul Martin\nObjet : facture", "fr", ["Paul Martin"], id="fr-mail-header-de"),
    pytest.param("To: Liam Chen; Zara Ahmed", "en", ["Liam Chen", "Zara Ahmed"], id="en-mail-header-two-recipients"),
    pytest.param("Reviewer: Smith J.", "en", ["Smith J."], id="en-surname-then-initial-after-field"),
    pytest.param("my manager, Deepika, approved it", "en", ["Deepika"], id="en-role-noun-comma-name"),
    pytest.param("Joel said the report is done.", "en", ["Joel"], id="en-given-name-that-is-a-noun-then-said"),
    pytest.param("Dear Mr. Baker,", "en", ["Baker"], id="en-greeting-then-title-then-word-surname"),
    pytest.param("Jan Kowalski called about the invoice.", "en", ["Jan Kowalski"], id="en-given-name-jan"),
    pytest.param("Meeting on Jan 5 with Jun Park", "en", ["Jun Park"], id="en-month-abbreviation-and-park-surname"),
    pytest.param("Yours sincerely,\n--\nOkonkwo", "en", ["Okonkwo"], id="en-signature-after-a-rule-line"),
    pytest.param("nom,prenom,ville\nDurand,Camille,Lyon", "fr", ["Durand", "Camille"], id="fr-csv-name-columns"),
    pytest.param("first_name;last_name\nGrace;Baker", "en", ["Grace", "Baker"], id="en-csv-word-names-in-columns"),
    pytest.param("Cordialement,\n-- \nDurand", "fr", ["Durand"], id="fr-signature-after-a-rule-line"),
    pytest.param("Hello Mrs. Cook, thanks", "en", ["Cook"], id="en-hello-title-surname"),
    pytest.param("Merci Mme Boulanger", "fr", ["Boulanger"], id="fr-thanks-title-surname"),
    pytest.param("Reviewed by: Haddad M.", "en", ["Haddad M."], id="en-surname-then-initial-m-not-a-title"),
    pytest.param("Daniel mentioned that Layla might swap", "en", ["Daniel", "Layla"], id="en-mentioned-that-name"),
    pytest.param("Florence m'a dit que la réunion est reportée.", "fr", ["Florence"], id="fr-given-name-then-told-me"),
    pytest.param("Aurélien trouve que l'imprimante est en panne.", "fr", ["Aurélien"], id="fr-given-name-then-finds"),
    pytest.param(
        "Hello \ud800 Jordan Blake called \udc00 yesterday about Priya",
        "en",
        ["Jordan Blake", "Priya"],
        id="en-lone-surrogates-in-a-name-window",
    ),
    pytest.param(
        "Bonjour \ud800 Jean Dupont a vu Marie\udc00Curie", "fr", ["Jean Dupont", "Marie"], id="fr-lone-surrogates"
    ),
]

LATIN_NOT_NAMES = [
    pytest.param("Florence est magnifique au printemps.", "fr", id="fr-city-then-the-copula"),
    pytest.param("Aurora will be visible tonight. Mason will build the wall.", "en", id="en-things-then-auxiliaries"),
    pytest.param("Nana, can you come over?", "en", id="en-kin-word-addressed"),
    pytest.param("the guy said hi, jack said no, my boss said ok", "en", id="en-lower-case-word-then-said"),
    pytest.param("ugh summer is coming and april came early", "en", id="en-lower-case-noun-then-comes"),
    pytest.param("J'ai visité Notre Dame de Paris hier", "fr", id="fr-notre-dame-is-no-title"),
    pytest.param(
        "le maire vient ce soir et la reine arrive demain", "fr", id="fr-lower-case-role-noun-after-article-comes"
    ),
    pytest.param("ugh my dean called again", "en", id="en-lower-case-role-noun-after-possessive-called"),
    pytest.param("avec plaisir, on mange chez moi ou chez flunch ?", "fr", id="fr-at-or-with-a-word"),
    pytest.param(
        "Check the Wi-Fi Settings, the Hi-Fi Store is open", "en", id="en-hyphenated-words-are-no-korean-name"
    ),
    pytest.param("Salade avec magret fumé et pommes sautées", "fr", id="fr-with-a-dish-that-is-a-given-name"),
    pytest.param(
        "Collier avec jade et perles, il répond avec constance",
        "fr",
        id="fr-with-a-stone-or-virtue-that-is-a-given-name",
    ),
    pytest.param("Turn left on William St. Next to the bank.", "en", id="en-street-named-after-a-person"),
    pytest.param("Ivy had covered the entire wall.", "en", id="en-plant-opens-as-subject"),
    pytest.param("Florence est la capitale de la Toscane.", "fr", id="fr-city-opens-as-subject"),
    pytest.param("Dis à maman que je rappelle", "fr", id="fr-kin-word-after-a-cue"),
    pytest.param("Le chat dort. La réunion est à 10h. De rien !", "fr", id="fr-articles-open-sentences"),
    pytest.param("Date\t25-JUN-2025\nNotes\tnone", "en", id="en-month-between-hyphens"),
    pytest.param("le train arrive. pierre vient de tomber du mur", "fr", id="fr-lower-case-word-then-verb"),
    pytest.param("will said no, i said yes", "en", id="en-lower-case-modal-said"),
    pytest.param("salut c'est maman, rappelle-moi", "fr", id="fr-kin-word-after-name-phrase"),
    pytest.param("We walked down Main St. Then home.", "en", id="en-street-st-then-a-sentence"),
    pytest.param("Ste. Foy is lovely in spring", "en", id="en-saint-place-alone"),
    pytest.param("Idk what to do about the invoice. IDK, ask later", "en", id="en-chat-abbreviation-idk"),
    pytest.param("On Monday, Israel said it would reopen the crossing.", "en", id="en-country-said"),
    pytest.param("Austin wants a new stadium. Jordan said it would not sign.", "en", id="en-city-and-country-say"),
    pytest.param("Love knows no limits. Faith knows no borders. Hope keeps us going.", "en", id="en-words-then-verbs"),
    pytest.param("NAME | J. Doe-Smith\nOccupation | none\nMaiden | n/a", "fr", id="fr-key-value-labels-not-a-column"),
    pytest.param("file name,size\nBaker,12\nCook,3", "en", id="en-file-name-column"),
    pytest.param("Iris scanners are being installed at the main entrance.", "en", id="en-noun-given-name-opens"),
    pytest.param("Hunter boots are back in stock in all sizes.", "en", id="en-brand-noun-given-name-opens"),
    pytest.param("Claire et nette, la réponse nous a rassurés.", "fr", id="fr-adjective-given-name-opens"),
    pytest.param("I know that Bill is due on Monday.", "en", id="en-that-then-a-word-that-is-a-name"),
    pytest.param("Mercedes launched a new model this spring.", "en", id="brand-that-is-a-given-name"),
    pytest.param("To: Sales; Marketing", "en", id="en-header-departments"),
    pytest.param("Our partner Deloitte audited the accounts.", "en", id="en-role-noun-then-company"),
    pytest.param("Hello Houston,\nwe have a problem.", "en", id="en-greeting-a-city"),
    pytest.param("Salut Montréal ! Expéditeur : Chronopost", "fr", id="fr-greeting-a-city-and-carrier-header"),
    pytest.param("Merci mille fois pour votre aide.", "fr", id="fr-lower-case-cue-then-a-number-word"),
    pytest.param("talked to chase about my card", "en", id="en-lower-case-cue-then-a-bank"),
    pytest.param("Merci pour votre commande chez Crédit Agricole.", "fr", id="fr-greeting-and-bank"),
    pytest.param("Got the iPhone 15 Pro in Rose Gold lol", "en", id="en-product-colour"),
    pytest.param("Please call Harbor Logistics about the delivery.", "en", id="en-company-suffix"),
    pytest.param("Envoyé par Brightside Énergie ce matin.", "fr", id="fr-company-suffix"),
    pytest.param("2024-05-01T10:00:00Z WARN disk almost full", "en", id="en-log-level"),
    pytest.param("The Grace period ends soon.", "en", id="en-common-word-after-determiner"),
    pytest.param("Joyeux Noël à toute l'équipe !", "fr", id="fr-season-greeting"),
    pytest.param("Dear Team, Best Regards", "en", id="en-letter-formulas"),
    pytest.param("J'ai reçu le colis. Rendez-vous demain, Rappelez-moi.", "fr", id="fr-elided-and-hyphenated-words"),
    pytest.param("Je vous écris. Vous pouvez passer. Voici le dossier.", "fr", id="fr-sentence-starters"),
    pytest.param("Block P is closed. Then we left.", "en", id="en-single-letter-and-starter"),
    pytest.param("Apple's new phone is out", "en", id="en-company-possessive"),
    pytest.param("Thanks, Team", "en", id="en-signoff-team"),
    pytest.param("Hi all, the build is green.", "en", id="en-greeting-all"),
    pytest.param("Dear Customer, your order shipped.", "en", id="en-dear-customer"),
    pytest.param("Bonjour Madame, votre colis est arrivé.", "fr", id="fr-bonjour-madame"),
    pytest.param("Cheers,\nMarketing", "en", id="en-signoff-department"),
    pytest.param("Thanks Again!", "en", id="en-thanks-again-capitalized"),
    pytest.param("Hello World", "en", id="en-hello-world"),
    pytest.param("From: Acme Billing <billing@acme.example>", "en", id="en-header-company-words"),
    pytest.param("De : Service Facturation", "fr", id="fr-header-department"),
    pytest.param("Name: Unknown", "en", id="en-form-value-ordinary-word"),
    pytest.param("our agent will call you back", "en", id="en-role-noun-without-name"),
    pytest.param("le technicien passera demain", "fr", id="fr-role-noun-without-name"),
    pytest.param("talked to support yesterday", "en", id="en-lower-case-word-after-talk-verb"),
    pytest.param("ask will about it, he may know", "en", id="en-lower-case-ambiguous-name-word"),
    pytest.param("demande à la banque", "fr", id="fr-lower-case-demande-a-article"),
    pytest.param("Contact Customer Service today.", "en", id="en-sentence-verb-then-common-words"),
    pytest.param("Cordialement,\nLa Direction", "fr", id="fr-signoff-department"),
    pytest.param("Thanks, Microsoft Support", "en", id="en-signoff-brand"),
    pytest.param("Deliver to 12 Victoria Road, Leeds LS6 2AB", "en", id="en-street-name-in-address"),
    pytest.param("Hi there, we meet every Monday in March.", "en", id="en-greeting-days-months"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LATIN_NAMES)
def test_latin_names(analyzer: Analyzer, text: str, lang: str, expected: list[str]) -> None:
    assert found(analyzer, text, Label.PERSON, lang) == expected


@pytest.mark.parametrize(("text", "lang"), LATIN_NOT_NAMES)
def test_latin_non_names(analyzer: Analyzer, text: str, lang: str) -> None:
    assert found(analyzer, text, Label.PERSON, lang) == []


ADDRESSES = [
    pytest.param("서울특별시 강남구 테헤란로 123, 101동 1203호로 보내주세요", "ko",
                 ["서울특별시 강남구 테헤란로 123, 101동 1203호"], id="ko-road-name-with-unit"),
    pytest.param("경기 성남시 분당구 판교역로 235 입니다", "ko", ["경기 성남시 분당구 판교역로 235"], id="ko-abbreviated"),  # noqa: E501
    pytest.param("주소: 서울 마포구 합정동 123-45", "ko", ["서울 마포구 합정동 123-45"], id="ko-lot-number"),
    pytest.param("광주광역시 북구 옥산면 가락리 482", "ko", ["광주광역시 북구 옥산면 가락리 482"], id="ko-two-level-lot"),  # noqa: E501
    pytest.param("주소: 햇살마을 3단지 아파트 512동 1101호", "ko", ["햇살마을 3단지 아파트 512동 1101호"],
                 id="ko-apartment-complex-and-unit"),
    pytest.param("저희 집 수성구 푸른숲 아파트 105동 302호 이에요", "ko", ["수성구 푸른숲 아파트 105동 302호"],
                 id="ko-district-then-apartment-written-apart"),
    pytest.param("김민수가 래미안 아파트 101동 1203호에 산다", "ko", ["래미안 아파트 101동 1203호"],
                 id="ko-apartment-after-a-subject-takes-no-particle-word"),
    pytest.param("래미안아파트 102동 1304호", "ko", ["래미안아파트 102동 1304호"], id="ko-apartment-unit"),
    pytest.param("서울 영등포구 여의대로 108 파크원타워1 32층", "ko", ["서울 영등포구 여의대로 108 파크원타워1 32층"],
                 id="ko-building-name-and-floor-after-number"),
    pytest.param("J'habite au 12 bis rue de la Paix, 75002 Paris.", "fr", ["12 bis rue de la Paix, 75002 Paris"],
                 id="fr-bis-postcode"),
    pytest.param("adresse : 147 BD DU MOULIN - 38000 GRENOBLE", "fr", ["147 BD DU MOULIN - 38000 GRENOBLE"],
                 id="fr-upper-case-dash"),
    pytest.param("Ship to 123 Main St Apt 4, Springfield, IL 62704 please", "en",
                 ["123 Main St Apt 4, Springfield, IL 62704"], id="en-us-unit-state-zip"),
    pytest.param("I live at 10 Downing Street, London SW1A 2AA.", "en", ["10 Downing Street, London SW1A 2AA"],
                 id="en-uk-postcode"),
    pytest.param("BP 12, 97110 Pointe-à-Pitre", "fr", ["BP 12, 97110 Pointe-à-Pitre"], id="fr-overseas-postcode"),
    pytest.param("Domicile : 55 boulevard Haussmann, Paris 8e", "fr", ["55 boulevard Haussmann, Paris 8e"],
                 id="fr-arrondissement-instead-of-postcode"),
    pytest.param("L'appartement se trouve 10 impasse des Roses, 44000 Nantes.", "fr",
                 ["10 impasse des Roses, 44000 Nantes"], id="fr-lower-case-words-before-are-not-a-building"),
    pytest.param("Résidence les Tilleuls, 10 rue des Lilas, 69002 Lyon", "fr",
                 ["Résidence les Tilleuls, 10 rue des Lilas, 69002 Lyon"], id="fr-building-with-article"),
    pytest.param("자택 주소: 전북 익산시 두레로 58 그린빌 5층", "ko", ["전북 익산시 두레로 58 그린빌 5층"],
                 id="ko-villa-name-and-floor-after-number"),
    pytest.param("대전 서구 둔산로 100 우성하임 102동 301호", "ko", ["대전 서구 둔산로 100 우성하임 102동 301호"],
                 id="ko-heim-complex-and-unit-after-number"),
    pytest.param("서울 중구 세종대로 110 롯데타워에서 만나요", "ko", ["서울 중구 세종대로 110"],
                 id="ko-building-word-with-particle-stays-out"),
    pytest.param("Résidence Les Pins, Bât. B, 12 chemin du Moulin, 13090 Aix", "fr",
                 ["Résidence Les Pins, Bât. B, 12 chemin du Moulin, 13090 Aix"], id="fr-building-before-street"),
    pytest.param("Adresse : lieu-dit Les Granges, 24200 Sarlat", "fr", ["lieu-dit Les Granges, 24200 Sarlat"],
                 id="fr-lieu-dit-with-postcode"),
    pytest.param("Livraison au lieu-dit La Combe, merci", "fr", ["lieu-dit La Combe"], id="fr-lieu-dit-alone"),
    pytest.param("Domicile : Hameau de Lacoste, 46300 Gourdon.", "fr", ["Hameau de Lacoste, 46300 Gourdon"],
                 id="fr-hamlet-without-number-with-postcode"),
    pytest.param("Route de Lyon, 38200 Vienne", "fr", ["Route de Lyon, 38200 Vienne"],
                 id="fr-road-without-number-with-postcode"),
    pytest.param("J'habite 3 allée des Tilleuls, Lyon.", "fr", ["3 allée des Tilleuls, Lyon"],
                 id="fr-city-after-comma-without-postcode"),
    pytest.param("Adresse : 14 résidence du Parc, Bât. B", "fr", ["14 résidence du Parc, Bât. B"],
                 id="fr-building-after-street-without-postcode"),
    pytest.param("Appartement 12, 3e étage, 8 rue Pasteur, 35000 Rennes", "fr",
                 ["Appartement 12, 3e étage, 8 rue Pasteur, 35000 Rennes"], id="fr-flat-and-floor-before-street"),
    pytest.param("Mon adresse : 45 avenue Foch, 3e étage, Paris 16e", "fr", ["45 avenue Foch, 3e étage, Paris 16e"],
                 id="fr-floor-then-arrondissement"),
    pytest.param("Adresse postale : BP 45 – 69001 Lyon Cedex", "fr", ["BP 45 – 69001 Lyon Cedex"],
                 id="fr-postbox-dash-cedex"),
    pytest.param("3 Grande Rue, 25000 Besançon", "fr", ["3 Grande Rue, 25000 Besançon"], id="fr-grande-rue"),
    pytest.param("rdv au 3 rue de la Gare demain", "fr", ["3 rue de la Gare"], id="fr-lower-case-word-after-street"),
    pytest.param("Adresse postale :\nBP 376, 67000 Strasbourg\nSIRET de Électricité Nouvelle", "fr",
                 ["BP 376, 67000 Strasbourg"], id="fr-city-stops-at-line-end"),
    pytest.param("Livrez à Les Jardins du Lac, bât. D, esc 4, 12bis rue des Peupliers 44000 Nantes svp", "fr",
                 ["Les Jardins du Lac, bât. D, esc 4, 12bis rue des Peupliers 44000 Nantes"],
                 id="fr-housing-complex-building-and-staircase-before-street"),
    pytest.param("<td>BP 312, 35000 Rennes CEDEX 7</td>", "fr", ["BP 312, 35000 Rennes CEDEX 7"],
                 id="fr-cedex-keeps-its-number"),
    pytest.param("Société X\nCS 45\n69000 Lyon Cedex 3\n\nLyon, le 3 mai", "fr", ["CS 45\n69000 Lyon Cedex 3"],
                 id="fr-special-delivery-box-across-lines"),
    pytest.param("j'habite au 5 rue Pasteur 44000 nantes depuis mai", "fr", ["5 rue Pasteur 44000 nantes"],
                 id="fr-lower-case-city-ends-at-the-next-word"),
    pytest.param("Électricité Générale, 12 rue de la Paix, 75002 Paris", "fr", ["12 rue de la Paix, 75002 Paris"],
                 id="fr-complex-keyword-inside-a-word-is-no-complex"),
    pytest.param("Logement adapté, 12 rue des Lilas, 33000 Bordeaux", "fr", ["12 rue des Lilas, 33000 Bordeaux"],
                 id="fr-flat-keyword-inside-a-word-is-no-flat"),
    pytest.param("Encore un appel, 3 rue de la Gare, 21000 Dijon", "fr", ["3 rue de la Gare, 21000 Dijon"],
                 id="fr-word-starting-with-app-is-no-flat"),
    pytest.param("Le Clos des Tilleuls, bât.B, apt12, 2 allée des Lilas, 44000 Nantes", "fr",
                 ["Le Clos des Tilleuls, bât.B, apt12, 2 allée des Lilas, 44000 Nantes"],
                 id="fr-building-and-flat-glued-to-their-number"),
    pytest.param("Rendez-vous au premier étage du 12 rue de la Paix, 75002 Paris", "fr",
                 ["12 rue de la Paix, 75002 Paris"], id="fr-floor-word-then-du-before-street-is-prose"),
    pytest.param("12 Elm Grove, Leeds, West Yorkshire LS6 2AB", "en", ["12 Elm Grove, Leeds, West Yorkshire LS6 2AB"],
                 id="en-uk-county-before-postcode"),
    pytest.param("Ivy House, Pine Drive, Leeds LS6 3DN", "en", ["Ivy House, Pine Drive, Leeds LS6 3DN"],
                 id="en-uk-house-name-street-without-number"),
    pytest.param("ship to: 12 elm grove, leeds ls6 2ab", "en", ["12 elm grove, leeds ls6 2ab"],
                 id="en-lower-case-with-postcode"),
    pytest.param("Flat 3, 12 Elm Grove, Leeds LS6 2AB", "en", ["Flat 3, 12 Elm Grove, Leeds LS6 2AB"], id="en-uk-flat"),
    pytest.param("PO Box 123, Austin, TX 78701", "en", ["PO Box 123, Austin, TX 78701"], id="en-po-box-state-zip"),
    pytest.param("DOB\t05/09/1975\nAddress\t160 Victoria Street, Bristol B12 8QA\nDate\t25-JUN-2025", "en",
                 ["160 Victoria Street, Bristol B12 8QA"], id="en-address-does-not-start-at-the-year-above"),
]  # fmt: skip

NOT_ADDRESSES = [
    pytest.param("서울 강남구에 살아요", "ko", id="ko-district-alone"),
    pytest.param("테헤란로에 있는 카페", "ko", id="ko-road-without-number"),
    pytest.param("역삼동 근처에서 만나요", "ko", id="ko-neighbourhood-alone"),
    pytest.param("We met on Main Street in Springfield.", "en", id="en-street-without-number"),
    pytest.param("On se voit sur les Champs-Élysées à Paris.", "fr", id="fr-street-alone"),
    pytest.param("On se retrouve place du Marché à midi.", "fr", id="fr-square-without-number-or-postcode"),
    pytest.param("Le magasin est à 5 minutes de la place du Marché.", "fr", id="fr-minutes-before-a-street"),
    pytest.param("Nous avons 3 places de parking, rue Victor Hugo", "fr", id="fr-plural-type-word-after-number"),
    pytest.param("Il y a 12 avenues à Paris", "fr", id="fr-count-of-streets"),
    pytest.param("Le code postal de Lyon est 69003 Lyon.", "fr", id="fr-postcode-and-city-alone"),
    pytest.param("Le Clos des Tilleuls, bât. B, esc 4 : travaux prévus.", "fr", id="fr-housing-complex-without-street"),
    pytest.param("the hamlet is lovely, 24200 people live nearby", "en", id="en-number-after-a-place-word"),
    pytest.param("We walked 5 blocks down Main Street.", "en", id="en-blocks-then-street"),
    pytest.param("i moved to leeds ls6 last year", "en", id="en-lower-case-district-code-alone"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ADDRESSES)
def test_addresses(analyzer: Analyzer, text: str, lang: str, expected: list[str]) -> None:
    assert found(analyzer, text, Label.ADDRESS, lang) == expected


@pytest.mark.parametrize(("text", "lang"), NOT_ADDRESSES)
def test_places_alone_are_not_addresses(analyzer: Analyzer, text: str, lang: str) -> None:
    assert found(analyzer, text, Label.ADDRESS, lang) == []


DOBS = [
    pytest.param("Il est né le 20/05/49.", "fr", ["20/05/49"], id="fr-two-digit-year-ends-the-sentence"),
    pytest.param("I was born on 5/20/49.", "en", ["5/20/49"], id="en-two-digit-year-ends-the-sentence"),
    pytest.param("Patient DOB Jun 5 1976 admitted", "en", ["Jun 5 1976"], id="en-dob-abbreviation-then-month"),
    pytest.param("생년월일: 1990년 3월 15일", "ko", ["1990년 3월 15일"], id="ko-birth-word"),
    pytest.param("비고：다음 주\n생년월일：1990-05-06", "ko", ["1990-05-06"], id="ko-label-colon-without-space"),
    pytest.param("Patient : Jean Dupont\nDN : 12 novembre 1980", "fr", ["12 novembre 1980"], id="fr-dn-label"),
    pytest.param("1,김민수,1961-03-02,서울\n2,박지성,1979/11/08,제주\n3,오세린,850302,충주", "ko",
                 ["1961-03-02", "1979/11/08", "850302"], id="ko-headerless-column-of-old-dates"),
    pytest.param("Claire Morin,12 OCTOBRE 1980,,Lyon\nPaul Girard,3 juil. 1975,,Nantes", "fr",
                 ["12 OCTOBRE 1980", "3 juil. 1975"], id="fr-headerless-column-of-old-dates"),
    pytest.param("저 1981년생이에요", "ko", ["1981년생"], id="ko-year-suffix"),
    pytest.param("주민번호 앞자리 900315입니다", "ko", ["900315"], id="ko-rrn-front-half-alone"),
    pytest.param("Date de naissance : 15/03/1990", "fr", ["15/03/1990"], id="fr-form"),
    pytest.param("née le 3 janvier 1985 à Lyon", "fr", ["3 janvier 1985"], id="fr-nee-le"),
    pytest.param("DOB 8-MAR-1987 on file", "en", ["8-MAR-1987"], id="en-dob-abbrev-month"),
    pytest.param("D.O.B. 4/17/64", "en", ["4/17/64"], id="en-two-digit-year"),
    pytest.param("DOB 1990-01-01, appointment 2024-05-02", "en", ["1990-01-01"], id="en-nearer-other-date-word"),
    pytest.param("Name\tDOB\tCity\nJo Kim\t1953-03-12\tLeeds", "en", ["1953-03-12"], id="en-birth-column"),
    pytest.param("Born 1979-03-02.", "en", ["1979-03-02"], id="en-sentence-dot-not-in-date"),
    pytest.param("생일: 12/25", "ko", ["12/25"], id="ko-birthday-month-slash-day"),
    pytest.param(
        "My birthday is July 4 and I was born in 1992.",
        "en",
        ["July 4", "1992"],
        id="en-month-day-and-year-at-sentence-end",
    ),
    pytest.param("Ada Lee, b. 1965", "en", ["1965"], id="en-b-dot-year"),
    pytest.param("Date de naissance : Ivanov 12 mars 1985", "fr", ["12 mars 1985"], id="fr-month-inside-a-name"),
    pytest.param("My birthday is March 15.", "en", ["March 15"], id="en-month-day-at-sentence-end"),
    pytest.param("née le premier mars 1985", "fr", ["premier mars 1985"], id="fr-dob-day-in-words"),
    pytest.param("il est né le trois mars mil neuf cent quatre-vingt-cinq", "fr",
                 ["trois mars mil neuf cent quatre-vingt-cinq"], id="fr-dob-in-words"),
    pytest.param("je suis né le 7 mai dix-neuf cent soixante-dix-neuf", "fr",
                 ["7 mai dix-neuf cent soixante-dix-neuf"], id="fr-dob-year-in-words-spoken-hundreds"),
    pytest.param("née le vingt et un juin deux mille trois", "fr", ["vingt et un juin deux mille trois"],
                 id="fr-dob-in-words-2000s"),
    pytest.param("née le 3 mars 85 à Lyon", "fr", ["3 mars 85"], id="fr-dob-two-digit-year-after-month-name"),
    pytest.param("DDN : 29/12/62", "fr", ["29/12/62"], id="fr-dob-day-first-two-digit-year"),
    pytest.param("je suis née en mars 1985", "fr", ["mars 1985"], id="fr-dob-month-and-year"),
    pytest.param("Date de naissance :\n12/02/1990", "fr", ["12/02/1990"], id="fr-dob-value-on-next-line"),
    pytest.param("Date de naissance\n\nle 12 février 1990", "fr", ["12 février 1990"],
                 id="fr-dob-value-after-blank-line"),
    pytest.param("Née à Boulogne-Billancourt (Hauts-de-Seine) le 4 juin 1988", "fr", ["4 juin 1988"],
                 id="fr-dob-long-place-of-birth-between"),
    pytest.param("Ma date de naissance ? C'est le 4 janvier 2009.", "fr", ["4 janvier 2009"],
                 id="fr-dob-question-and-answer"),
    pytest.param("mon anniversaire c'est le 3 mars", "fr", ["3 mars"], id="fr-birthday-day-month-after-filler"),
    pytest.param("I was born on the third of March nineteen eighty-two", "en",
                 ["third of March nineteen eighty-two"], id="en-dob-in-words"),
    pytest.param("date of birth is May twenty-sixth, two thousand and two", "en",
                 ["May twenty-sixth, two thousand and two"], id="en-dob-month-first-in-words"),
    pytest.param("born the twenty-first of June nineteen oh five", "en", ["twenty-first of June nineteen oh five"],
                 id="en-dob-year-with-oh"),
    pytest.param("Birth date: 3-Mar-82", "en", ["3-Mar-82"], id="en-dob-abbreviated-month-two-digit-year"),
    pytest.param("D.O.B.: 05/20/48", "en", ["05/20/48"], id="en-dob-month-first-two-digit-year"),
    pytest.param("my son was born in September 1981", "en", ["September 1981"], id="en-dob-month-and-year"),
    pytest.param("My birthday is on the 16th of February.", "en", ["16th of February"],
                 id="en-birthday-after-is-on-the"),
    pytest.param("Date of Birth\n03/03/1982", "en", ["03/03/1982"], id="en-dob-value-on-next-line"),
    pytest.param("Born in Boston, Massachusetts on March 3, 1982", "en", ["March 3, 1982"],
                 id="en-dob-place-of-birth-between"),
    pytest.param("date of birth (as stated on the passport): 03/03/1982", "en", ["03/03/1982"],
                 id="en-dob-participle-inside-the-label"),
]  # fmt: skip

NOT_DOBS = [
    pytest.param("Né le : voir 10.20.30.40 (version 1.2.33.4)", "fr", id="fr-ip-and-version-after-birth-word"),
    pytest.param("예약일: 2024년 5월 2일", "ko", id="ko-appointment"),
    pytest.param("1,Widget,2001-03-02\n2,Gadget,1999-11-08", "en", id="en-old-dates-beside-no-name"),
    pytest.param("1,Ann Lee,1990-03-02,2001-05-05\n2,Bob Ray,1980-01-01,2002-02-02", "en",
                 id="en-two-date-columns-beside-names"),
    pytest.param("DN: 15/03/2024 delivery note for order 5521", "fr", id="fr-delivery-note-dn"),
    pytest.param("1,김민수,2023-03-02,서울\n2,박지성,1979/11/08,제주", "ko", id="ko-column-with-a-recent-date"),
    pytest.param("order,date\n1001,1999-03-02\n1002,1998-11-08", "en", id="en-column-under-another-header"),
    pytest.param("Meeting at 10:30:1990-05-06", "en", id="en-date-right-after-a-time"),
    pytest.param("Created 2024-03-15T10:22:01Z", "en", id="en-iso-timestamp"),
    pytest.param("Livraison prévue le 15/03/2025", "fr", id="fr-delivery"),
    pytest.param("결혼기념일은 2015년 5월 2일", "ko", id="ko-wedding-anniversary"),
    pytest.param("Meeting on May 5 at noon. In 1992 we moved.", "en", id="en-month-day-and-year-without-birth-word"),
    pytest.param("It runs 24/7, see page 3/4.", "en", id="en-slashes-without-birth-word"),
    pytest.param("Plan B. 2019 figures", "en", id="en-capital-b-dot-is-not-born"),
    pytest.param("le trois mars deux mille vingt-quatre nous avons signé", "fr", id="fr-date-in-words-no-birth-word"),
    pytest.param("Acte de naissance demandé le 3 mars 2024", "fr", id="fr-participle-after-birth-word"),
    pytest.param("née à Lyon, mariée le 3 juin 2010", "fr", id="fr-wedding-participle-after-place-of-birth"),
    pytest.param("Je suis née à Lyon. Arrivée à Paris le 3 juin 2010.", "fr", id="fr-sentence-ends-after-birth"),
    pytest.param("Je suis né à Lyon, rendez-vous le 3 mars 2025", "fr", id="fr-appointment-after-place-of-birth"),
    pytest.param("Date de naissance :\nDate du rendez-vous : 12/03/2025", "fr",
                 id="fr-next-line-has-its-own-label"),
    pytest.param("En mars 2020, le confinement", "fr", id="fr-month-and-year-without-birth-word"),
    pytest.param("Je suis né à Lyon en 1985 et j'ai déménagé en 2010", "fr", id="fr-later-year-after-birth-year"),
    pytest.param("Birth certificate issued on 3 March 2024", "en", id="en-certificate-issued"),
    pytest.param("Birth certificate requested on 12 July 2023", "en", id="en-participle-after-birth-word"),
    pytest.param("I was born in Leeds. I moved to London on 3 May 2015.", "en", id="en-sentence-ends-after-birth"),
    pytest.param("born and raised in Leeds, graduated on 3 June 2010", "en", id="en-graduation-after-birth"),
    pytest.param("Date of birth:\nAppointment date: 03/03/2025", "en", id="en-next-line-has-its-own-label"),
    pytest.param("on the third of March two thousand and twenty-four we met", "en",
                 id="en-date-in-words-no-birth-word"),
    pytest.param("In March 1982 I lived in Leeds", "en", id="en-month-and-year-without-birth-word"),
    pytest.param("I was born in Leeds, but the appointment is on 15 November 2025.\n"
                 "Birth certificate requested on 12 July 2023, still waiting.", "en",
                 id="en-prose-commas-are-not-a-birth-column"),
    pytest.param("Regarding build 20240327.5, nothing has arrived.\nDate of birth, please?", "en",
                 id="en-build-number-under-prose"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), DOBS)
def test_dates_of_birth(analyzer: Analyzer, text: str, lang: str, expected: list[str]) -> None:
    assert found(analyzer, text, Label.DATE_OF_BIRTH, lang) == expected


@pytest.mark.parametrize(("text", "lang"), NOT_DOBS)
def test_other_dates_are_not_birth_dates(analyzer: Analyzer, text: str, lang: str) -> None:
    assert found(analyzer, text, Label.DATE_OF_BIRTH, lang) == []


def test_street_named_after_a_person_is_part_of_the_address(analyzer: Analyzer) -> None:
    text = "Livrer au 74 ter impasse Jean Jaurès, 35000 Rennes."
    spans = analyzer.detect(text, "fr")
    assert [s.label for s in spans] == [Label.ADDRESS]


def test_recall_preset_finds_at_least_what_balanced_finds() -> None:
    text = "Contact: Ifeoma Okafor | 3번창구 염명(보호자)"
    balanced = {(s.start, s.end) for s in Analyzer().detect(text, "en")}
    recall = {(s.start, s.end) for s in Analyzer(preset="recall").detect(text, "en")}
    assert balanced <= recall


def test_unknown_preset_is_refused() -> None:
    with pytest.raises(gamyeong.GamyeongError, match="preset"):
        Analyzer(preset="loose")  # type: ignore[arg-type]


def test_explanations_never_hold_the_value(analyzer: Analyzer) -> None:
    text = "성명: 김민준, 주소 서울 강남구 테헤란로 123, 생년월일 1990.03.15"
    for span in analyzer.detect(text, "ko"):
        for reason in span.explanation:
            assert span.text(text) not in reason


def test_a_long_list_of_inverted_names_finds_each_once() -> None:
    """A staff list of inverted names (DUPONT, Jean …): each name once, none swallowed by its neighbours' runs.
    (The list's cost, once quadratic, is measured by hand, not timed here: 160k characters took 34 s, now
    about 0.65 s.)"""
    text = "DUPONT, Jean " * 3000
    assert len(found(Analyzer(ner=False), text, Label.PERSON, "fr")) == 3000
