"""The run report: a JSON twin always, and a self-contained HTML page (Jinja2, matplotlib SVG chart) in
Korean, English or French when the ``reports`` extra is installed. It holds counts and the inspection sample
(output text, already pseudonymized), never an input value."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gamyeong import __version__
from gamyeong.errors import ConfigError

if TYPE_CHECKING:
    from gamyeong.datasets.job import Job
    from gamyeong.datasets.runner import RunSummary
    from gamyeong.pseudonymize.policy import Policy

__all__ = ["REPORT_LANGS", "report_data", "write_report"]

REPORT_LANGS = ("en", "ko", "fr")

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "gamyeong run report", "records": "Records", "read": "read", "written": "written",
        "quarantined": "quarantined", "filtered": "filtered", "blocked": "of which blocked by the policy",
        "changed": "records changed", "throughput": "Throughput", "findings": "Personal data found, per label",
        "label": "label", "count": "count", "operators": "What was done, per label", "operator": "operator",
        "files": "Per input file", "file": "file", "reasons": "Set aside, per reason", "reason": "reason",
        "sample": "Inspection sample", "sample_note": "A random sample of changed records as written (personal "
        "data replaced). Automatic pseudonymization is never final: a reviewer checks these and signs below.",
        "signoff": "Reviewed by (name, date, signature)", "ledger": "processing record",
        "busy": "per busy core, without start-up",
        "where": "Where things are", "output": "output", "quarantine": "quarantine (unprocessed personal data)",
        "filtered_dir": "filtered records (unprocessed personal data)", "seconds": "seconds", "none": "none",
        "policy": "policy", "purpose": "purpose", "job": "job", "executor": "executor", "workers": "workers",
    },
    "ko": {
        "title": "gamyeong 처리 보고서", "records": "레코드", "read": "읽음", "written": "기록",
        "quarantined": "격리", "filtered": "제외", "blocked": "그중 정책에 따라 차단", "changed": "변경된 레코드",
        "throughput": "처리 속도", "findings": "발견된 개인정보 (항목별)", "label": "항목", "count": "건수",
        "operators": "항목별 처리 방법", "operator": "처리", "files": "입력 파일별", "file": "파일",
        "reasons": "제외·격리 사유", "reason": "사유", "sample": "검수 표본",
        "sample_note": "변경된 레코드 중 무작위 표본(개인정보가 대체된 결과). 자동 가명처리는 최종 결과가 아니므로 "
        "검수자가 확인하고 아래에 서명합니다.",
        "signoff": "검수자 (성명, 날짜, 서명)", "ledger": "처리 기록", "where": "저장 위치", "output": "결과",
        "quarantine": "격리 (처리되지 않은 개인정보)", "filtered_dir": "제외된 레코드 (처리되지 않은 개인정보)",
        "seconds": "초", "none": "없음", "busy": "작업 코어당, 시작 시간 제외", "policy": "정책", "purpose": "목적",
        "job": "작업",
        "executor": "실행기", "workers": "작업자 수",
    },
    "fr": {
        "title": "Rapport de traitement gamyeong", "records": "Enregistrements", "read": "lus",
        "written": "écrits", "quarantined": "en quarantaine", "filtered": "écartés",
        "blocked": "dont bloqués par la politique", "changed": "enregistrements modifiés", "throughput": "Débit",
        "findings": "Données personnelles trouvées, par catégorie", "label": "catégorie", "count": "nombre",
        "operators": "Traitement appliqué, par catégorie", "operator": "opérateur", "files": "Par fichier d'entrée",
        "file": "fichier", "reasons": "Écartés, par motif", "reason": "motif", "sample": "Échantillon de contrôle",
        "sample_note": "Un échantillon aléatoire d'enregistrements modifiés, tels qu'écrits (données personnelles "
        "remplacées). La pseudonymisation automatique n'est jamais définitive : un relecteur les vérifie et signe.",
        "signoff": "Relu par (nom, date, signature)", "ledger": "Registre de traitement", "where": "Emplacements",
        "output": "sortie", "quarantine": "quarantaine (données personnelles non traitées)",
        "filtered_dir": "enregistrements écartés (données personnelles non traitées)", "seconds": "secondes",
        "busy": "par cœur actif, hors démarrage",
        "none": "aucun", "policy": "politique", "purpose": "finalité", "job": "tâche", "executor": "exécuteur",
        "workers": "processus",
    },
}  # fmt: skip


def report_data(summary: RunSummary, job: Job, policy: Policy) -> dict[str, Any]:
    seconds = max(summary.seconds, 1e-9)
    return {
        "gamyeong_version": __version__,
        "job_id": summary.job_id,
        "purpose": job.purpose,
        "policy": {"name": policy.name, "sha256": policy.digest},
        "fields": {str(r.path): r.policy.name for r in job.fields},
        "executor": summary.executor,
        "workers": summary.workers,
        "records": {"read": summary.read, "written": summary.written, "quarantined": summary.quarantined,
                    "filtered": summary.filtered, "blocked": summary.blocked, "changed": summary.changed},
        "balanced": summary.balanced,
        "shards": {"total": summary.shards, "run_now": summary.shards_run},
        "seconds": round(summary.seconds, 3),
        "work_seconds": round(summary.work_seconds, 3),
        "throughput": {  # of the shards run now (a resumed run skips the others)
            "records_per_s": round(summary.read_now / seconds, 1),
            "chars_per_s": round(summary.chars_now / seconds),
            "chars_per_busy_core_s": round(summary.chars_now / max(summary.work_seconds, 1e-9)),
        },
        "findings": dict(summary.findings.most_common()),
        "operators": dict(sorted(summary.operators.items())),
        "reasons": dict(summary.reasons.most_common()),
        "per_file": {k: dict(v) for k, v in sorted(summary.per_file.items())},
        "sample": [{k: v for k, v in s.items() if k != "priority"} for s in summary.samples],
        "ledger_entry": summary.ledger_entry,
        "input_fingerprint": summary.fingerprint,
        "locations": {"output": job.output, "quarantine": str(job.quarantine_dir), "filtered": str(job.filtered_dir)},
    }  # fmt: skip


def _chart(findings: dict[str, int]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = list(findings)[:20][::-1]
    fig, ax = plt.subplots(figsize=(7, 0.35 * len(labels) + 0.8))
    ax.barh(labels, [findings[k] for k in labels], color="#3b6ea5")
    ax.set_xlabel("findings")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg") :]


def write_report(summary: RunSummary, job: Job, policy: Policy, lang: str = "en") -> Path:
    """Write ``gamyeong-report.json`` and, with the reports extra, ``gamyeong-report.html`` into the output
    directory; returns the HTML path (or the JSON path without the extra)."""
    if lang not in REPORT_LANGS:
        raise ConfigError(f"report language {lang!r}: use one of {', '.join(REPORT_LANGS)}")
    data = report_data(summary, job, policy)
    json_path = job.out_dir / "gamyeong-report.json"
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    try:
        import jinja2
    except ImportError:
        return json_path
    try:
        chart = _chart(data["findings"]) if data["findings"] else ""
    except ImportError:
        chart = ""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("gamyeong.datasets", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
    )
    html = env.get_template("report.html.j2").render(d=data, t=_TEXT[lang], lang=lang, chart=chart)
    html_path = job.out_dir / "gamyeong-report.html"
    html_path.write_text(html, encoding="utf-8")
    return html_path
