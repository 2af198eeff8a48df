"""The detection helper process: the same spans as one process in every state it can be in (ready, killed,
hung, closed, not startable), restarts that stop, and nothing of the texts in what it logs."""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import signal
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from gamyeong.detect import Analyzer, CustomRules, helper_child
from gamyeong.detect.custom import CustomPattern
from gamyeong.detect.helper import MIN_CHARS, DetectHelper
from gamyeong.detect.helper_child import quota
from gamyeong.errors import ConfigError
from gamyeong.spans import Span

# long enough to go to the helper, with every kind of finding (patterns, names, addresses, dates)
KO = (
    "상담 기록: 고객 김민준 님(생년월일 1988년 4월 12일)이 전화했습니다. 연락처 010-2345-6789, "
    "메일 minjun.kim@naver.com, 주소 서울특별시 강남구 테헤란로 152 역삼동 강남파이낸스센터 12층. "
    "환불 계좌 신한은행 110-234-567890, "
    "카드 4111-1111-1111-1111, 사업자등록번호 214-81-23450. 담당 이서연 과장이 회신 예정입니다. " * 4
)
FR = (
    "Compte rendu : Mme Camille Ravel, née le 15 mars 1990, habite 12 rue de la Paix, 75002 Paris. Téléphone "
    "06 12 34 56 78, courriel camille.ravel@orange.fr, IBAN FR76 3000 6000 0112 3456 7890 189, NIR "
    "2 90 03 75 102 034 56. Son conseiller, Julien Morel, la rappellera jeudi. " * 3
)
EN = (
    "Ticket notes: Dana Whitfield (born March 15, 1990) called from (415) 555-0132 about her order. She lives at "
    "123 Main St, Springfield, IL 62704; e-mail dana.whitfield@example.com; card 4111 1111 1111 1111; SSN "
    "078-05-1120. Her manager, Robert Chen, approved the refund on 2024-11-03. " * 3
)
DEMO = resources.files("gamyeong.samples").joinpath("demo.jsonl").read_text(encoding="utf-8")
SAMPLES = [json.loads(line)["text"] for line in DEMO.splitlines()]


TICKET = CustomPattern("CUSTOM_TICKET", r"T-\d{6}", 0.9)


def key(spans: list[Span]) -> list[tuple[object, ...]]:
    return [(s.start, s.end, str(s.label), s.score, s.detector, s.explanation) for s in spans]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    a = Analyzer()
    a.warm_up()  # timed asserts below must not wait for spaCy to load
    return a


@pytest.fixture(scope="module")
def helper(analyzer: Analyzer) -> Iterator[DetectHelper]:
    h = DetectHelper(analyzer)
    assert h.wait_ready(), "the helper process did not start"
    yield h
    h.close()


def answered(helper: DetectHelper) -> int:
    return helper._seq  # how many batches went to the helper


@pytest.mark.parametrize(
    ("texts", "langs"),
    [
        pytest.param([KO], ["ko"], id="korean"),
        pytest.param([FR], ["fr"], id="french"),
        pytest.param([EN], ["en"], id="english"),
        pytest.param([KO, FR, EN], ["ko", "fr", "en"], id="three-languages-one-batch"),
        pytest.param([EN, EN[:50], FR], [None, None, None], id="auto-language-and-a-short-one"),
        pytest.param(SAMPLES, None, id="bundled-samples"),
    ],
)
def test_same_spans_as_one_process(
    analyzer: Analyzer, helper: DetectHelper, texts: list[str], langs: list[str | None] | None
) -> None:
    before = answered(helper)
    expected = [key(analyzer.detect(t, None if langs is None else langs[i])) for i, t in enumerate(texts)]
    got = analyzer.detect_batch(texts, langs, helper=helper)
    assert [key(s) for s in got] == expected
    assert answered(helper) == before + 1, "the helper did not take part"


def test_short_texts_stay_in_one_process(analyzer: Analyzer, helper: DetectHelper) -> None:
    text = "연락처 010-2345-6789"
    assert len(text) < MIN_CHARS
    before = answered(helper)
    assert key(analyzer.detect_batch([text], ["ko"], helper=helper)[0]) == key(analyzer.detect(text, "ko"))
    assert answered(helper) == before


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"labels": ["EMAIL", "PERSON", "ADDRESS"]}, id="some-labels"),
        pytest.param({"preset": "recall"}, id="recall-preset"),
        pytest.param({"threshold": 0.8}, id="explicit-threshold"),
        pytest.param({"custom": CustomRules(patterns=(TICKET,))}, id="custom-rules"),
    ],
)
def test_the_helper_builds_the_same_analyzer(options: dict[str, object]) -> None:
    one_batch_through_a_new_helper(Analyzer(**options), EN + " Ticket T-123456 was opened.")  # type: ignore[arg-type]


def one_batch_through_a_new_helper(analyzer: Analyzer, text: str) -> None:
    helper = DetectHelper(analyzer)
    try:
        assert helper.wait_ready()
        assert key(analyzer.detect_batch([text], ["en"], helper=helper)[0]) == key(analyzer.detect(text, "en"))
        assert answered(helper) == 1
    finally:
        helper.close()


@pytest.fixture
def own_helper(analyzer: Analyzer) -> Iterator[DetectHelper]:
    h = DetectHelper(analyzer, timeout_s=1.0)
    assert h.wait_ready()
    yield h
    h.close()


def pid(helper: DetectHelper) -> int:
    assert helper._child is not None
    return helper._child.process.pid


def test_a_killed_helper_is_replaced_and_nothing_is_lost(
    analyzer: Analyzer, own_helper: DetectHelper, caplog: pytest.LogCaptureFixture
) -> None:
    first = pid(own_helper)
    os.kill(first, signal.SIGKILL)
    time.sleep(0.2)
    with caplog.at_level(logging.WARNING, logger="gamyeong.detect"):
        got = analyzer.detect_batch([EN], ["en"], helper=own_helper)[0]
    assert key(got) == key(analyzer.detect(EN, "en"))
    assert pid(own_helper) != first
    assert own_helper.wait_ready()
    assert key(analyzer.detect_batch([FR], ["fr"], helper=own_helper)[0]) == key(analyzer.detect(FR, "fr"))
    assert "helper" in caplog.text
    for span in got:  # the warning names no value
        assert span.text(EN) not in caplog.text


def test_a_silent_helper_is_worked_around_at_once_then_replaced(analyzer: Analyzer, own_helper: DetectHelper) -> None:
    """A helper that stops answering costs one batch half a second (its detectors then run here), the next
    batches nothing (they do not wait for it), and it is replaced once silent for its timeout (1 s here)."""
    hung = pid(own_helper)
    os.kill(hung, signal.SIGSTOP)
    try:
        t0 = time.monotonic()
        got = analyzer.detect_batch([KO], ["ko"], helper=own_helper)[0]
        assert time.monotonic() - t0 < 0.9
        assert key(got) == key(analyzer.detect(KO, "ko"))
        assert not own_helper.ready
        expected = key(analyzer.detect(EN, "en"))
        t0 = time.monotonic()
        assert key(analyzer.detect_batch([EN], ["en"], helper=own_helper)[0]) == expected
        assert time.monotonic() - t0 < 0.4, "a batch waited for a helper known to be behind"
        assert pid(own_helper) == hung
        time.sleep(1.1)
        assert key(analyzer.detect_batch([FR], ["fr"], helper=own_helper)[0]) == key(analyzer.detect(FR, "fr"))
    finally:
        with contextlib.suppress(ProcessLookupError):  # killed, as it should be
            os.kill(hung, signal.SIGCONT)
    assert pid(own_helper) != hung
    with pytest.raises(ProcessLookupError):
        os.kill(hung, 0)
    assert own_helper.wait_ready()
    before = answered(own_helper)
    assert key(analyzer.detect_batch([EN], ["en"], helper=own_helper)[0]) == key(analyzer.detect(EN, "en"))
    assert answered(own_helper) == before + 1


def test_a_late_answer_is_dropped_and_the_helper_used_again(analyzer: Analyzer, own_helper: DetectHelper) -> None:
    slow = pid(own_helper)
    os.kill(slow, signal.SIGSTOP)
    try:
        assert key(analyzer.detect_batch([KO], ["ko"], helper=own_helper)[0]) == key(analyzer.detect(KO, "ko"))
    finally:
        os.kill(slow, signal.SIGCONT)
    deadline = time.monotonic() + 10
    while not own_helper.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    assert own_helper.ready
    before = answered(own_helper)
    assert key(analyzer.detect_batch([FR], ["fr"], helper=own_helper)[0]) == key(analyzer.detect(FR, "fr"))
    assert answered(own_helper) == before + 1
    assert pid(own_helper) == slow


def test_restarts_stop_after_a_few(analyzer: Analyzer, own_helper: DetectHelper) -> None:
    for _ in range(5):
        if not own_helper.alive:
            break
        own_helper.wait_ready()
        os.kill(pid(own_helper), signal.SIGKILL)
        time.sleep(0.2)
        assert key(analyzer.detect_batch([EN], ["en"], helper=own_helper)[0]) == key(analyzer.detect(EN, "en"))
    assert not own_helper.alive
    assert key(analyzer.detect_batch([EN], ["en"], helper=own_helper)[0]) == key(analyzer.detect(EN, "en"))


def test_after_close_detection_goes_on_in_one_process(analyzer: Analyzer) -> None:
    helper = DetectHelper(analyzer)
    assert helper.wait_ready()
    process = pid(helper)
    helper.close()
    assert not helper.alive
    with pytest.raises(ProcessLookupError):
        os.kill(process, 0)
    assert key(analyzer.detect_batch([FR], ["fr"], helper=helper)[0]) == key(analyzer.detect(FR, "fr"))
    helper.close()  # twice is harmless


def test_options_that_cannot_travel_leave_detection_in_one_process(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(analyzer, "options", {**analyzer.options, "custom": lambda: None})
    with caplog.at_level(logging.WARNING, logger="gamyeong.detect"):
        helper = DetectHelper(analyzer)
    assert not helper.alive
    assert not helper.wait_ready(1)
    assert "one process" in caplog.text
    assert key(analyzer.detect_batch([EN], ["en"], helper=helper)[0]) == key(analyzer.detect(EN, "en"))


def test_a_name_detector_error_frees_the_helper(
    analyzer: Analyzer, own_helper: DetectHelper, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error in a detector of this process is raised as it is, and the helper's answer to that batch is
    read all the same: the next batch gets its own answer, not the one left in the pipe."""
    from gamyeong.detect.names_latin import LatinNameDetector

    def broken(self: LatinNameDetector, doc: object) -> list[Span]:
        raise RuntimeError("broken on purpose")

    with monkeypatch.context() as patch:
        patch.setattr(LatinNameDetector, "detect", broken)
        with pytest.raises(RuntimeError, match="on purpose"):
            analyzer.detect_batch([EN], ["en"], helper=own_helper)
    before = answered(own_helper)
    assert key(analyzer.detect_batch([FR], ["fr"], helper=own_helper)[0]) == key(analyzer.detect(FR, "fr"))
    assert answered(own_helper) == before + 1


def test_a_helper_serves_only_its_own_analyzer(helper: DetectHelper) -> None:
    with pytest.raises(ConfigError, match="another Analyzer"):
        Analyzer(labels=["EMAIL"]).detect_batch([EN], ["en"], helper=helper)


def test_the_working_directory_cannot_put_other_code_in_the_helper(
    analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper imports gamyeong from where this process did, not from a ``gamyeong`` folder where it runs."""
    fake = tmp_path / "gamyeong"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise SystemExit('the wrong gamyeong')\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    one_batch_through_a_new_helper(analyzer, EN)


@pytest.mark.parametrize(
    ("files", "cores"),
    [
        pytest.param({"cpu.max": "max 100000\n"}, math.inf, id="v2-no-quota"),
        pytest.param({"cpu.max": "150000 100000\n"}, 1.5, id="v2-one-and-a-half"),
        pytest.param({"cpu.max": "100000 100000\n"}, 1.0, id="v2-one"),
        pytest.param({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, math.inf, id="v1-none"),
        pytest.param({"cpu/cpu.cfs_quota_us": "200000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 2.0, id="v1-two"),
        pytest.param({}, math.inf, id="no-cgroup"),
        pytest.param({"cpu.max": "garbage\n"}, math.inf, id="unreadable"),
    ],
)
def test_container_cpu_quota(tmp_path: Path, files: dict[str, str], cores: float) -> None:
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="ascii")
    assert quota(tmp_path) == cores


def test_one_core_means_no_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(helper_child, "quota", lambda: 1.0)
    assert not DetectHelper.worthwhile()


def test_a_big_batch_to_a_helper_that_stopped_reading_does_not_block() -> None:
    """A batch bigger than the socket's buffer (~180 KB) sent to a helper that reads nothing: the write gives up
    after the helper's timeout (1 s here) and the batch is detected here; it once blocked for good."""
    analyzer = Analyzer(labels=["EMAIL"])  # no name detectors: every detector is the helper's
    text = "write to dana.whitfield@example.com or to the desk. " * 25_000  # 1.3 MB
    expected = key(analyzer.detect(text, "en"))
    helper = DetectHelper(analyzer, timeout_s=1.0)
    try:
        assert helper.wait_ready()
        stopped = pid(helper)
        os.kill(stopped, signal.SIGSTOP)
        try:
            t0 = time.monotonic()
            assert key(analyzer.detect_batch([text], ["en"], helper=helper)[0]) == expected
            assert time.monotonic() - t0 < 10
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(stopped, signal.SIGCONT)
        assert pid(helper) != stopped
    finally:
        t0 = time.monotonic()
        helper.close()
        assert time.monotonic() - t0 < 10
