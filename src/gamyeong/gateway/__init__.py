"""The privacy gateway for LLM APIs: OpenAI-compatible, prompts pseudonymized, answers restored, audited.

``create_app`` lives in :mod:`gamyeong.gateway.app` (it needs the ``gateway`` extra); the pure parts
(:mod:`~gamyeong.gateway.sanitize`, :mod:`~gamyeong.gateway.streaming`, :mod:`~gamyeong.gateway.payloads`) do not.
"""
