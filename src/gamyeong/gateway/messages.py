"""Error messages for clients, in the user's language (ko, fr, en). They name labels, never values."""

from __future__ import annotations

from typing import Any

__all__ = ["error_body", "message", "pick_language"]

_MESSAGES: dict[str, dict[str, str]] = {
    "blocked": {
        "en": "This request was not sent: it contains personal data that must not leave the organization ({labels}). "
        "Remove it and try again.",
        "ko": "요청을 보내지 않았습니다: 외부로 보낼 수 없는 개인정보({labels})가 포함되어 있습니다. "
        "해당 정보를 지우고 다시 시도하세요.",
        "fr": "La requête n'a pas été envoyée : elle contient des données personnelles qui ne doivent pas sortir "
        "({labels}). Retirez-les et réessayez.",
    },
    "unauthorized": {
        "en": "Missing or unknown gateway API key: send Authorization: Bearer <your gateway key>.",
        "ko": "게이트웨이 API 키가 없거나 올바르지 않습니다: Authorization: Bearer <게이트웨이 키> 를 보내세요.",
        "fr": "Clé d'API de la passerelle absente ou inconnue : envoyez Authorization: Bearer <votre clé>.",
    },
    "rate_limited": {
        "en": "Too many requests for this client; wait a moment and retry.",
        "ko": "이 클라이언트의 요청이 너무 많습니다. 잠시 후 다시 시도하세요.",
        "fr": "Trop de requêtes pour ce client ; patientez un instant puis réessayez.",
    },
    "too_large": {
        "en": "The request is larger than the gateway accepts ({limit} bytes).",
        "ko": "요청이 게이트웨이 허용 크기({limit} 바이트)를 넘습니다.",
        "fr": "La requête dépasse la taille acceptée par la passerelle ({limit} octets).",
    },
    "bad_json": {
        "en": "The request body is not a JSON object.",
        "ko": "요청 본문이 JSON 객체가 아닙니다.",
        "fr": "Le corps de la requête n'est pas un objet JSON.",
    },
    "detect_failed": {
        "en": "Personal-data screening failed or timed out, so nothing was sent (fail closed). Retry later.",
        "ko": "개인정보 검사가 실패했거나 시간이 초과되어 아무것도 보내지 않았습니다. 나중에 다시 시도하세요.",
        "fr": "Le contrôle des données personnelles a échoué ou expiré : rien n'a été envoyé. Réessayez plus tard.",
    },
    "upstream_unreachable": {
        "en": "The model provider could not be reached or did not answer in time.",
        "ko": "모델 제공자에 연결할 수 없거나 제시간에 응답하지 않았습니다.",
        "fr": "Le fournisseur du modèle est injoignable ou n'a pas répondu à temps.",
    },
}


def pick_language(accept_language: str | None, detected: str | None = None) -> str:
    """The first of ko/fr/en in Accept-Language, else the language of the request's text, else English."""
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in ("ko", "fr", "en"):
            return code
    return detected if detected in ("ko", "fr", "en") else "en"


def message(kind: str, lang: str, **fmt: Any) -> str:
    table = _MESSAGES[kind]
    return table.get(lang, table["en"]).format(**fmt)


def error_body(kind: str, lang: str, *, type_: str, code: str, **fmt: Any) -> dict[str, Any]:
    """An OpenAI-style error object."""
    return {"error": {"message": message(kind, lang, **fmt), "type": type_, "param": None, "code": code}}
