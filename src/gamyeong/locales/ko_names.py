"""Korean name tables: surnames, honorifics and titles, particles, and the words that introduce a name.

Written for gamyeong from general knowledge of Korean (the surname list follows the common surnames of the
population census in rough frequency order); nothing is copied from a data set.
"""

from __future__ import annotations

__all__ = [
    "COMPOUND_TITLES",
    "COMPOUND_UNITS",
    "GLUED_TRIGGERS",
    "HONORIFICS",
    "NAME_FIELD_LABELS",
    "NAME_TRIGGERS",
    "NATIVE_GIVEN_NAMES",
    "NOT_AFTER_NAME",
    "OLDER_GIVEN_NAMES",
    "PARTICLES",
    "POPULAR_GIVEN_NAMES",
    "ROMANIZED_SURNAMES",
    "SURNAMES",
    "TITLES_BEFORE",
    "TWO_SYLLABLE_SURNAMES",
    "VERB_ENDINGS",
    "WEAK_TRIGGERS",
]

_ONE = """
김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주
우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제
모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 계 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 단 견 당
화 창 옹 순 빙 묵 운 래 판 해 풍 곡 탄 근 초 매 저 후 내 삼 영 라 나 랑 야 아 진 뇌 로 요 즙 묘
"""

#: Korean surnames of one syllable.
SURNAMES: frozenset[str] = frozenset(_ONE.split())

#: Korean surnames of two syllables (남궁민수 → surname 남궁).
TWO_SYLLABLE_SURNAMES: frozenset[str] = frozenset(
    "남궁 황보 제갈 선우 독고 사공 서문 동방 어금 망절 소봉 을지 장곡 황목 사마 등정".split()
)

#: Romanized surnames (Revised Romanization and the common spellings in passports).
ROMANIZED_SURNAMES: frozenset[str] = frozenset(
    """
    kim gim lee yi rhee park pak bak choi choe jung jeong chung kang gang cho jo yoon yun jang chang lim im
    han oh seo suh shin sin kwon gwon hwang ahn an song yoo yu ryu jeon jun chun hong ko go moon mun yang
    son sohn bae baek paek heo hur huh nam shim sim noh roh ha kwak gwak sung seong cha joo ju woo koo gu
    min jin ji um eom chae won cheon bang kong gong hyun hyeon ham byun byeon yeom yum yeo choo chu seok sun
    seol ma gil yeon wi pyo myung myeong ki gi ban wang geum keum ok yook yuk maeng je mo tak kook guk eun
    pyeon yong ye kyung gyeong bong namgung hwangbo jegal sunwoo seonu dokgo sagong
    """.split()
)

#: Words written right after a name (glued or after one space) that mark it as a person: honorifics, titles,
#: kinship and roles. Longest first when matching.
HONORIFICS: tuple[str, ...] = tuple(
    sorted(
        """
        님 씨 군 양 옹 귀하 귀중 앞 님께 님앞 고객님께 여사 여사님 선생 선생님
        고객 고객님 환자 환자분 환자님 보호자 회원 회원님 학생 학부모
        어린이 원생 님께 씨께 님께서 씨께서 교수 교수님 박사 박사님 원장 원장님 의사 간호사 약사 변호사 변호사님
        세무사 법무사 회계사 노무사 기자 작가 작가님 기사 기사님 사장 사장님 대표 대표님 회장 회장님 이사 이사님
        상무 상무님 전무 전무님 부장 부장님 차장 차장님 과장 과장님 대리 대리님 주임 주임님 사원 팀장 팀장님
        실장 실장님 본부장 본부장님 센터장 소장 소장님 점장 점장님 매니저 매니저님 담임 선배 선배님 후배 형 형님
        누나 언니 오빠 동생 어머님 아버님 할머니 할아버지 상담원 상담사 직원 주무관 계장 팀원 연구원 교사 강사
        강사님 감독 감독님 코치 선수 목사 목사님 신부 신부님 스님 집사 권사 장로 전도사 조교 위원 위원장 의원
        의원님 원무과장 수간호사 책임 책임님 선임 선임님 수석 수석님 프로 프로님 총무 반장 조장 엄마 아빠
        이장 이장님 면장님 동장님 통장님 인턴 배우 가수 판사 판사님 검사님 조리사 간호사님 상담사님 기사님
        드림 올림 배상 교장 교감 국장 처장 장관 차관 총리 장군 부사장 부회장 이사장 사무국장 국회의원 대변인 총장 지점장
        총재 부장판사 부장검사 경위 경감 경정
        """.split(),
        key=len,
        reverse=True,
    )
)

#: Given names of older generations (general knowledge, not copied from a list) that are no everyday word: alone
#: with a particle they name a person (말순이는, 춘자랑). 정숙 (silence), 미숙 (immature), 영수 (receipt), 철수
#: (withdrawal), 만석 (full house) and the like are left out.
OLDER_GIVEN_NAMES: frozenset[str] = frozenset(
    """말순 덕배 춘자 복순 정란 순자 옥자 숙자 순희 금순 봉순 갑순 끝순 막순 점순 분례 복례 말자 영희 영숙 경자
    명자 정희 경숙 순덕 종숙 삼순 옥순 복희 순남 말례 춘배 덕팔 봉팔 만복 귀남 후남 끝례 순옥 영순 정순 춘희""".split()
)

#: A department's unit and the title after it (마케팅팀장, 기획실장, 조사2과장, 영업부대리, 사무국장): after a name,
#: such a compound says the same as the title alone. A unit is required: a title after a place or an
#: organization (노원구청장, 유엔 사무총장, 국가대표, 치과의원, 포장이사) follows no name.
COMPOUND_UNITS: tuple[str, ...] = tuple(
    sorted("팀 실 과 국 처 부 센터 본부 그룹 파트 사업부 연구소 지점 지사 학과 담당".split(), key=len, reverse=True)
)
COMPOUND_TITLES: tuple[str, ...] = tuple(
    sorted(
        "장 대리 주임 사원 매니저 책임 선임 수석 과장 차장 부장 이사 상무 전무 연구원 팀원".split(),
        key=len,
        reverse=True,
    )
)

#: Particles and endings that may follow a name in the same word (김민준이가 → 김민준 + 이가). Longest first.
PARTICLES: tuple[str, ...] = tuple(
    sorted(
        set(
            """
            이 가 은 는 을 를 의 에게 에게서 한테 한테서 께 께서 과 와 랑 이랑 하고 도 만 이도 이만 이나 나 이든
            이라고 라고 이라는 라는 이란 란 이에요 예요 이고 고 이며 며 입니다 이었다 였다 이다 다 이야 야 아 이여 여
            으로 로 로서 으로서 에 에서 처럼 보다 까지 부터 이는 이를 이가 이의 이와 이에게 이한테 이께 이한테서
            께서는 께서도 에게는 에게도 한테는 이라서 라서 이신 신 이시고 시고 인데 인데요 이신데 이세요 세요
            이십니다 십니다 이었어요 였어요 입니다만 이요 요 님이 님은 님을 님의 님께서는 씨가 씨는 씨를 씨의 씨도 님도
            이고요 고요 이구요 구요 인데요 이거든요 거든요 이었고 였고 이라고요 라고요 이었는데 였는데 이라서요 이잖아요
            잖아요 이죠 죠 이지요 지요 이였어요 이에요 이랑은 이하고 하고는 에게로 께로 이께서 앞 앞으로 님앞
            이지만 지만 이니까 니까 이래 래 이래요 래요 이라서요 더러 같은 같이 처럼은 마저 조차 밖에 이라도 라도
            이면 이라면 라면 이잖아 이네 이네요 이구나 인가 인가요 이랑도 한테도 에게도 께도 께서도 이든지 든지
            이야말로 야말로 이었지 였지 이었습니다 였습니다 이셨어요 셨어요 이시죠 시죠 이였다 이랬어요 이라니
            한테만 에게만 한테로 이한테는 이랑만 이도요 이만요 과는 와는 과도 와도 하고도 만큼 처럼요 보고
            이었다는 였다는 이었던 였던 이라던 라던 에겐 한텐 께선 에게선 한테선 이에겐 이한텐 님에겐 씨에겐
            """.split()
        ),
        key=lambda p: (-len(p), p),
    )
)

#: Words right before a name that say a name follows (성명: 김민준, 담당자 이서연, 예금주 박지훈).
NAME_TRIGGERS: tuple[str, ...] = tuple(
    sorted(
        """
        성명 이름 성함 본명 실명 가명 고객명 환자명 회원명 학생명 신청인 신청자 보호자 예금주 수취인 수령인 받는분
        받는 분 보내는분 보내는 분 발신인 발신자 수신인 수신자 작성자 담당자 담당 상담원 상담사 접수자 대표자
        대표 피보험자 보험계약자 계약자 계약인 세대주 임차인 임대인 소유자 의뢰인 주치의 담당의 진료의 환자
        고객 회원 학생 직원 사원 기사 기사님 배송기사 결제자 주문자 구매자 판매자 명의자 예약자 문의자 민원인
        참석자 참가자 지원자 추천인 연락자 책임자 관리자 문의 from to cc name 저는 제 이름은 전 나는 난 수신 발신
        보내는사람 받는사람 보내는 사람 받는 사람 작성 결재 기안자 승인자 확인자 검수자 입사자 퇴사자 명의
        팀장 팀원 과장 부장 차장 대리 주임 실장 사장 원장 이사 교수 간호사 선생님 기자 변호사 반장 조장 총무
        """.split(),
        key=len,
        reverse=True,
    )
)

#: Words glued right before a name without a space (담당자김민준, 예금주박지훈); a short list, since a glued
#: prefix is weaker evidence than a separate word.
GLUED_TRIGGERS: tuple[str, ...] = tuple(
    "성명 이름 담당자 예금주 보호자 신청인 신청자 수취인 수령인 작성자 고객명 환자명 회원명 상담원 상담사 받는분 "
    "발신인 수신인".split()
)

#: Field labels whose value is, by what the field asks, a person's name (성명: …, name="…", 보호자 성명 | …), unlike
#: 담당, 고객 or 보내는 분, whose field may hold a team or a company.
NAME_FIELD_LABELS: tuple[str, ...] = tuple(
    "성명 이름 성함 본명 실명 고객명 환자명 회원명 학생명 신청인 신청자 보호자 name".split()
)

#: Roles that also label a speaker in transcripts and chats ("고객: 네 맞아요"): weaker evidence before a colon.
WEAK_TRIGGERS: frozenset[str] = frozenset("고객 회원 학생 직원 사원 환자 기사 상담원 상담사 담당 대표 문의".split())

#: Titles written before a name in lists and signatures (팀장 엄세아, 팀원 기소미): weaker evidence than a word
#: that names a name, since the title is also followed by ordinary words (과장 정도, 부장 이하).
TITLES_BEFORE: frozenset[str] = frozenset(
    "팀장 팀원 과장 부장 차장 대리 주임 실장 사장 원장 이사 교수 간호사 선생님 기자 변호사 반장 조장 총무".split()
)

#: Syllables that, after a two-syllable common word, make the word a verb or adjective form (이용해, 정리한).
VERB_ENDINGS: frozenset[str] = frozenset(
    "하 해 했 한 할 합 함 되 돼 된 될 됩 됨 시 셨 세 스 적 들 중 상 용 비 료 자".split()
)

#: Native Korean (순우리말) given names, common since the 1980s (general knowledge, not copied from a list). Most
#: are everyday words too (하늘 sky, 보람 reward, 슬기 wisdom), so alone they prove nothing; after a surname, in a
#: word that is no dictionary word (박한결을, 윤가람은), they read as a full name. Left out: those that end common
#: compounds after a surname-like syllable (목소리, 내사랑, 한나라, 동아리, 한여름, 초가을, 강마루, 도시내).
NATIVE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    하늘 보람 한결 슬기 나래 다솜 아름 가람 새봄 빛나 은별 한별 초롱 이슬 구슬 단비 미르 가온 다온 라온 노을
    바름 해솔 한솔 새롬 예솔 하람 나리 겨레 우람 힘찬 한빛 찬솔 늘봄 꽃님 아라 로운 온유 루아 하랑 새별
    샛별 보미 한울 한얼 슬비 고운 예슬 은솔 한슬 새미 한나 다미 소담 윤슬 로아 다올 빛찬
    바다 믿음 아롱 다롱 푸름 별하 예봄 가비 새힘 단아 나린 세찬
    """.split()
)

#: The rest of a word that shows the first part is *not* a name even when it looks like one (김장철, 이번주).
NOT_AFTER_NAME: frozenset[str] = frozenset("번 번째 개 명 원 시 분 초 일 월 년 층 호 동 차 회 주 쪽 장 권 대".split())

#: Given names popular with parents since the 2000s (general knowledge of the yearly most-registered names, not
#: copied from a list), many too recent for the mecab-ko-dic person entries (2018): 도하, 이든, 라온, 아린, 시온.
#: A surname followed by one of them reads as a known full name; names that are also everyday words (하늘, 바다,
#: 슬기) are left out.
POPULAR_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 도현 현우 지훈 우진 선우 서진 민재 연우 은우
    정우 승우 유준 이준 승현 시윤 준혁 지환 윤우 유찬 승민 지우 지원 민성 수호 이안 도하 로운 이든 시온
    하율 은찬 태윤 지안 재윤 예성 도훈 시후 태오 하람 은호 라온 해온 다온 이현
    준호 동현 성민 현준 민혁 재현 태민 성현 정민 민호 상현 영민 진우 재민 태현 준영 현수 동훈 성훈 민석 재훈
    서아 하윤 지안 하은 서윤 지유 아린 시아 수아 지아 윤서 채원 서연 민서 예린 다은 소율 하린 아윤 유나
    나은 이서 예나 리아 로아 다인 서하 하율 지율 예은 수빈 서은 채은 가은 소윤 연서 유진 서현 민지 지민
    예서 수민 하영 은서 다연 채윤 서영 유빈 주아 아인 하엘 나윤 지윤 서율 도아 예원 소은 은채 시은
    지수 수연 혜원 지현 유리 은지 민경 수진 지은 혜진 소연 다현 예지 지혜 현정 은비
    """.split()
)
