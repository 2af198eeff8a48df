"""The processing record: append-only, hash-chained, tamper-evident, purged with a checkpoint."""

from __future__ import annotations

import hashlib
import itertools
import json
import multiprocessing
import sqlite3
import stat
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gamyeong.errors import GamyeongError
from gamyeong.pseudonymize.ledger import (
    GENESIS_HASH,
    Ledger,
    LedgerError,
    default_ledger_path,
    open_ledger,
)

RawSQL = Callable[..., list[tuple[Any, ...]]]


def job(n: int) -> dict[str, Any]:
    return {
        "job_id": f"job-{n}",
        "purpose_category": "research",
        "purpose": "고객 상담 요약 모델 미세조정",
        "labels": {"PERSON": {"count": n, "operator": "surrogate"}, "KR_RRN": {"count": 1, "operator": "redact"}},
        "key_id": "k-2025-01",
    }


def canonical(obj: Any) -> str:
    """The documented canonical form, written out independently of the module."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fill(ledger: Ledger, n: int = 6) -> None:
    for i in range(1, n + 1):
        ledger.append(job(i))


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def unlock(raw_sql: RawSQL, store_location: str) -> None:
    """The attacker first drops the append-only trigger."""
    if store_location.startswith("postgresql://"):
        raw_sql("DROP TRIGGER gamyeong_ledger_append_only ON gamyeong_ledger")
    else:
        raw_sql("DROP TRIGGER gamyeong_ledger_append_only")


# --- the chain -------------------------------------------------------------------------------------------


def test_append_builds_the_chain(ledger: Ledger) -> None:
    first = ledger.append(job(1))
    second = ledger.append(job(2))
    assert (first.seq, second.seq) == (1, 2)
    assert first.prev_hash == GENESIS_HASH
    assert second.prev_hash == first.hash
    body = json.dumps(
        {"seq": 1, "time": first.time, "record": job(1)}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    assert first.hash == hashlib.sha256((GENESIS_HASH + body).encode()).hexdigest()
    assert first.time.endswith("Z")
    assert parse_time(first.time) <= parse_time(second.time)
    assert list(ledger.entries()) == [first, second]
    assert first.kind == "record"


def test_append_many_chains_in_one_transaction(ledger: Ledger) -> None:
    first = ledger.append(job(1))
    more = ledger.append_many([job(2), job(3), job(4)])
    assert [e.seq for e in more] == [2, 3, 4]
    assert [e.prev_hash for e in more] == [first.hash, more[0].hash, more[1].hash]
    assert list(ledger.entries()) == [first, *more]
    assert ledger.verify().ok


def test_append_many_refuses_all_when_one_is_bad(ledger: Ledger) -> None:
    with pytest.raises(LedgerError, match="never stores"):
        ledger.append_many([job(1), {"text": "김민준 010-1234-5678"}])
    assert list(ledger.entries()) == []


def test_empty_ledger_verifies(ledger: Ledger) -> None:
    report = ledger.verify()
    assert (report.ok, report.checked, report.head_seq) == (True, 0, None)


def test_verify_reports_the_head(ledger: Ledger) -> None:
    fill(ledger, 3)
    report = ledger.verify()
    last = list(ledger.entries())[-1]
    assert (report.ok, report.checked, report.start_seq, report.head_seq, report.head_hash) == (
        True,
        3,
        1,
        3,
        last.hash,
    )


def test_updates_are_refused_by_the_database(ledger: Ledger, raw_sql: RawSQL) -> None:
    fill(ledger, 2)
    with pytest.raises(Exception, match="append-only"):
        raw_sql("UPDATE gamyeong_ledger SET record = ? WHERE seq = 1", "{}")


TAMPERING = [
    pytest.param(["UPDATE gamyeong_ledger SET record = ? WHERE seq = 3"], ('{"job_id":"job-x"}',), 3, "modified",
                 id="modified-record"),
    pytest.param(["UPDATE gamyeong_ledger SET time = ? WHERE seq = 2"], ("2020-01-01T00:00:00.000000Z",), 2,
                 "modified", id="modified-time"),
    pytest.param(["UPDATE gamyeong_ledger SET record = ? WHERE seq = 4"], ("not json",), 4, "not valid JSON",
                 id="garbage-record"),
    pytest.param(["DELETE FROM gamyeong_ledger WHERE seq = 3"], (), 4, "missing", id="deleted-in-the-middle"),
    pytest.param(["DELETE FROM gamyeong_ledger WHERE seq = 1"], (), 2, "no checkpoint", id="deleted-first"),
    pytest.param(["DELETE FROM gamyeong_ledger WHERE seq <= 2"], (), 3, "no checkpoint", id="deleted-prefix"),
    pytest.param([f"UPDATE gamyeong_ledger SET seq = {b} WHERE seq = {a}" for a, b in ((3, 100), (4, 3), (100, 4))],
                 (), 3, "modified", id="reordered"),
    pytest.param(["UPDATE gamyeong_ledger SET prev_hash = ? WHERE seq = 5"], ("f" * 64,), 5, "modified",
                 id="broken-link"),
    pytest.param(["UPDATE gamyeong_ledger SET prev_hash = ? WHERE seq = 1"], ("f" * 64,), 1, "modified",
                 id="broken-genesis"),
]  # fmt: skip


@pytest.mark.parametrize(("statements", "params", "bad_seq", "reason"), TAMPERING)
def test_tampering_is_detected(
    ledger: Ledger,
    raw_sql: RawSQL,
    store_location: str,
    statements: list[str],
    params: tuple[Any, ...],
    bad_seq: int,
    reason: str,
) -> None:
    fill(ledger, 6)
    unlock(raw_sql, store_location)
    for sql in statements:
        raw_sql(sql, *params[: sql.count("?")])
    report = ledger.verify()
    assert not report.ok
    assert report.first_bad_seq == bad_seq
    assert report.reason is not None
    assert reason in report.reason


def test_rewritten_entry_breaks_the_next_link(ledger: Ledger, raw_sql: RawSQL, store_location: str) -> None:
    """An attacker who recomputes the altered entry's own hash is caught by the entry after it."""
    fill(ledger, 4)
    entry = list(ledger.entries())[1]
    forged = dict(entry.record, purpose="통계 작성")
    body = json.dumps(
        {"seq": 2, "time": entry.time, "record": forged}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    digest = hashlib.sha256((entry.prev_hash + body).encode()).hexdigest()
    unlock(raw_sql, store_location)
    raw_sql("UPDATE gamyeong_ledger SET record = ?, hash = ? WHERE seq = 2", json.dumps(forged), digest)
    report = ledger.verify()
    assert (report.ok, report.first_bad_seq, report.checked) == (False, 3, 2)
    assert "does not link to entry 2" in (report.reason or "")


# --- retention -------------------------------------------------------------------------------------------


def test_purge_appends_a_checkpoint_and_still_verifies(ledger: Ledger) -> None:
    fill(ledger, 6)
    entries = list(ledger.entries())
    assert ledger.purge(parse_time(entries[3].time)) == 3
    remaining = list(ledger.entries())
    assert [e.seq for e in remaining] == [4, 5, 6, 7]
    checkpoint = remaining[-1]
    assert checkpoint.kind == "checkpoint"
    assert checkpoint.record["checkpoint"]["last_purged_seq"] == 3
    assert checkpoint.record["checkpoint"]["last_purged_hash"] == entries[2].hash
    assert checkpoint.record["checkpoint"]["purged_entries"] == 3
    report = ledger.verify()
    assert (report.ok, report.checked, report.start_seq, report.head_seq) == (True, 4, 4, 7)


def test_purge_everything_then_again(ledger: Ledger) -> None:
    fill(ledger, 3)
    assert ledger.purge(datetime.now(UTC)) == 3
    assert [e.kind for e in ledger.entries()] == ["checkpoint"]
    assert ledger.verify().ok
    ledger.append(job(9))
    assert ledger.purge(datetime.now(UTC)) == 2  # the old checkpoint goes too; a new one anchors the chain
    (only,) = ledger.entries()
    assert (only.seq, only.kind) == (6, "checkpoint")
    ledger.append(job(10))
    report = ledger.verify()
    assert (report.ok, report.start_seq, report.head_seq) == (True, 6, 7)


def test_purge_with_nothing_older(ledger: Ledger) -> None:
    fill(ledger, 2)
    assert ledger.purge(datetime.now(UTC) - timedelta(days=3 * 365)) == 0
    assert len(list(ledger.entries())) == 2


def test_deletion_after_a_purge_is_detected(ledger: Ledger, raw_sql: RawSQL) -> None:
    fill(ledger, 6)
    ledger.purge(parse_time(list(ledger.entries())[3].time))
    raw_sql("DELETE FROM gamyeong_ledger WHERE seq = 4")
    report = ledger.verify()
    assert (report.ok, report.first_bad_seq) == (False, 5)


@pytest.mark.parametrize(
    ("before", "message"),
    [
        pytest.param(datetime(2020, 1, 1), "timezone-aware", id="naive"),
        pytest.param(datetime.now(UTC) + timedelta(days=1), "future", id="future"),
    ],
)
def test_purge_refuses(ledger: Ledger, before: datetime, message: str) -> None:
    with pytest.raises(LedgerError, match=message):
        ledger.purge(before)


# --- what a record may hold ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "message"),
    [
        pytest.param({"text": "김민준 010-1234-5678"}, "never stores personal data", id="text"),
        pytest.param({"labels": {"PHONE": {"value": "010-1234-5678"}}}, "never stores", id="nested-value"),
        pytest.param({"samples": [{"Original": "x"}]}, "never stores", id="in-a-list"),
        pytest.param({"key": "c2VjcmV0"}, "never stores", id="a-key"),
        pytest.param({"checkpoint": {}}, "reserved", id="reserved-checkpoint"),
        pytest.param({1: "x"}, "non-string key", id="int-key"),
        pytest.param({"ratio": float("nan")}, "not JSON-serializable", id="nan"),
        pytest.param({"when": datetime(2025, 1, 1, tzinfo=UTC)}, "not JSON-serializable", id="datetime"),
        pytest.param(["not", "a", "dict"], "JSON object", id="list"),
    ],
)
def test_refused_records(tmp_path: Path, record: Any, message: str) -> None:
    with open_ledger(tmp_path / "l.sqlite") as ledger:
        with pytest.raises(LedgerError, match=message) as info:
            ledger.append(record)
        assert "010-1234-5678" not in str(info.value)
        assert list(ledger.entries()) == []


def test_ledger_errors_are_gamyeong_errors() -> None:
    assert issubclass(LedgerError, GamyeongError)


def test_export_jsonl(ledger: Ledger) -> None:
    fill(ledger, 3)
    lines = list(ledger.export("jsonl"))
    assert all(line.endswith("\n") for line in lines)
    assert [json.loads(line) for line in lines] == [e.to_dict() for e in ledger.entries()]
    with pytest.raises(LedgerError, match="unknown export format"):
        list(ledger.export("csv"))  # type: ignore[arg-type]


# --- where the ledger lives ------------------------------------------------------------------------------


def test_open_ledger_from_the_environment(tmp_path: Path) -> None:
    with open_ledger() as ledger:
        ledger.append(job(1))
        assert ledger.location == str(tmp_path / "default-ledger.sqlite")
    assert stat.S_IMODE((tmp_path / "default-ledger.sqlite").stat().st_mode) == 0o600


def test_default_ledger_in_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GAMYEONG_LEDGER")
    expected = tmp_path / "xdg-data" / "gamyeong" / "ledger.sqlite"
    assert default_ledger_path() == expected
    with open_ledger() as ledger:
        ledger.append(job(1))
    assert expected.is_file()
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_ledger_path() == tmp_path / "home" / ".local" / "share" / "gamyeong" / "ledger.sqlite"


def test_many_pages_of_entries(tmp_path: Path) -> None:
    with open_ledger(tmp_path / "big.sqlite") as ledger:
        fill(ledger, 1203)
        report = ledger.verify()
        assert (report.ok, report.checked) == (True, 1203)


# --- concurrent appends ----------------------------------------------------------------------------------


def _appender(location: str, worker: int) -> list[int]:
    with open_ledger(location) as ledger:
        return [ledger.append({"job_id": f"w{worker}-{i}", "counts": {"PERSON": i}}).seq for i in range(25)]


def test_concurrent_appends(store_location: str) -> None:
    workers = 4
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        seqs = [s for result in pool.map(_appender, [store_location] * workers, range(workers)) for s in result]
    assert sorted(seqs) == list(range(1, 101))
    with open_ledger(store_location) as ledger:
        report = ledger.verify()
        assert (report.ok, report.checked) == (True, 100)


# --- properties ------------------------------------------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from("abcxyz"), children, max_size=3),
    max_leaves=8,
)
_RECORDS = st.lists(st.dictionaries(st.sampled_from(["job", "purpose", "labels", "n"]), _JSON, max_size=4), min_size=1,
                    max_size=6)  # fmt: skip


_COUNTER = itertools.count()


@pytest.fixture(scope="module")
def prop_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ledger-prop")


@settings(max_examples=40, deadline=None)
@given(records=_RECORDS, data=st.data())
def test_property_any_single_change_is_detected(prop_dir: Path, records: list[dict[str, Any]], data: Any) -> None:
    path = prop_dir / f"{next(_COUNTER)}.sqlite"  # a fresh ledger per example
    with open_ledger(path) as ledger:
        for record in records:
            ledger.append(record)
        assert ledger.verify().ok
        target = data.draw(st.integers(1, len(records)))
        entry = list(ledger.entries())[target - 1]
        assert entry.record == json.loads(json.dumps(records[target - 1]))
        forged = dict(entry.record, forged=True)
        with sqlite3.connect(path) as conn:
            conn.execute("DROP TRIGGER gamyeong_ledger_append_only")
            conn.execute("UPDATE gamyeong_ledger SET record = ? WHERE seq = ?", (json.dumps(forged), target))
        conn.close()
        report = ledger.verify()
        assert (report.ok, report.first_bad_seq) == (False, target)


def test_the_audit_log_shares_a_database_with_the_ledger(store_location: str) -> None:
    """The gateway's audit log is the same chain in its own table: both verify, neither sees the other."""
    from gamyeong.gateway.auditlog import open_audit_log

    with open_ledger(store_location) as ledger, open_audit_log(store_location) as audit:
        before = len(list(ledger.entries()))
        audit.append({"kind": "exchange", "labels": {"PHONE": 1}})
        audit.append({"kind": "exchange", "labels": {"EMAIL": 1}})
        ledger.append({"kind": "run", "records": {"read": 1}})
        assert [e.record["kind"] for e in audit.entries()][-2:] == ["exchange", "exchange"]
        assert len(list(ledger.entries())) == before + 1
        assert audit.verify().ok
        assert ledger.verify().ok


def test_table_names_are_checked(tmp_path: Path) -> None:
    from gamyeong.pseudonymize.ledger import Ledger, LedgerError

    with pytest.raises(LedgerError, match="table name"):
        Ledger(tmp_path / "x.sqlite", table="users; DROP TABLE x")


def test_audit_log_batches_and_a_bad_entry_costs_only_itself(tmp_path: Path) -> None:
    """Entries queued during a commit are written together; one the ledger refuses is counted, the rest kept."""
    from gamyeong.gateway.auditlog import AuditLog, open_audit_log

    log = AuditLog(tmp_path / "audit.sqlite", retention_days=365)
    records: list[dict[str, Any]] = [{"kind": "exchange", "n": i} for i in range(300)]
    records.insert(150, {"kind": "exchange", "text": "planted value"})
    for record in records:
        log.append(record)
    log.flush()
    log.close()
    assert log.errors == 1
    with open_audit_log(tmp_path / "audit.sqlite") as audit:
        assert [e.record["n"] for e in audit.entries()] == list(range(300))
        assert audit.verify().ok
