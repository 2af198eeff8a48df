"""What the gateway does to one exchange, without HTTP: screen a request (detection in a worker thread, with a
timeout: fail closed), rewrite it, restore the answer, count what the model produced on its own, and write
the audit entry."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Coroutine
from dataclasses import dataclass, field, replace
from typing import Any

from gamyeong.detect import Analyzer
from gamyeong.detect.helper import DetectHelper
from gamyeong.errors import ConfigError
from gamyeong.gateway.auditlog import AuditLog
from gamyeong.gateway.detect_thread import DetectThread
from gamyeong.gateway.payloads import Ref, json_leaves, request_refs, response_refs
from gamyeong.gateway.sanitize import Conversation, VaultConversation, restore_text, sanitize_text
from gamyeong.gateway.settings import ClientSettings, GatewaySettings, gateway_policy, hash_client_key
from gamyeong.langs import Language, detect_language
from gamyeong.pseudonymize.operators.base import OperatorContext
from gamyeong.pseudonymize.policy import Policy
from gamyeong.pseudonymize.vault import Vault, load_vault_key, open_vault
from gamyeong.spans import Span

__all__ = ["DetectFailed", "Exchange", "Gateway"]


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


LOCAL_CLIENT = ClientSettings(name="local", key_sha256="0" * 64)
_CACHE_ENTRIES = 4096
_CACHE_CHARS = 16_000_000
_CACHE_MAX_CHARS = 200_000


class DetectFailed(Exception):
    """Detection raised or timed out: the request must not be forwarded."""


@dataclass(slots=True)
class Exchange:
    """One request's state, from screening to the audit entry."""

    client: str
    route: str
    conversation: Conversation | VaultConversation
    policy: Policy
    lang: str = "en"
    model: str = ""
    stream: bool = False
    conversation_id: str = ""
    started: float = field(default_factory=time.perf_counter)
    screened_at: float = 0.0
    labels: Counter[str] = field(default_factory=Counter)
    answer_labels: Counter[str] = field(default_factory=Counter)
    blocked: tuple[str, ...] = ()
    restored: int = 0
    upstream_status: int | None = None
    action: str = "pseudonymized"
    answer_text: list[str] = field(default_factory=list)
    #: the answer's content is JSON (response_format json_object / json_schema): values go in JSON-escaped
    json_mode: bool = False

    def json_context(self, kind: str) -> bool:
        """Whether text of this kind is JSON: tool-call arguments always, content in JSON mode."""
        return kind == "arguments" or (self.json_mode and kind == "content")

    def audit_record(self) -> dict[str, Any]:
        now = time.perf_counter()
        return {
            "kind": "exchange",
            "client": self.client,
            "route": self.route,
            "model": self.model[:100],
            "stream": self.stream,
            "conversation": self.conversation_id,
            "labels": dict(sorted(self.labels.items())),
            "answer_labels": dict(sorted(self.answer_labels.items())),
            "action": self.action,
            "restored": self.restored,
            "screen_ms": round((self.screened_at - self.started) * 1000, 2) if self.screened_at else None,
            "total_ms": round((now - self.started) * 1000, 2),
            "upstream_status": self.upstream_status,
        }


class Gateway:
    """The long-lived state: analyzer, detection thread, conversations, rate buckets, audit log."""

    def __init__(self, settings: GatewaySettings, analyzer: Analyzer | None = None) -> None:
        self.settings = settings
        self._policies: dict[str, Policy] = {}
        for name in {settings.policy, *(c.policy for c in settings.clients)}:
            if self.policy_named(name).needs_key:
                raise ConfigError(
                    f"policy {name!r} uses a keyed operator (hmac, encrypt, fpe, surrogate), which the gateway has "
                    "no key for: use vault (reversible tokens), redact, mask, keep or block"
                )
        self.analyzer = analyzer or Analyzer(ner=not settings.fast)
        # One detection thread: the GIL would serialize detection anyway; run several gateway processes
        # (uvicorn --workers) to use more cores. Its helper process runs the pattern detectors meanwhile; it
        # loads while the analyzer warms up.
        self._helper = (DetectHelper(self.analyzer, timeout_s=settings.detect_timeout_s)
                        if settings.detect_helper and DetectHelper.worthwhile() else None)  # fmt: skip
        try:
            self.analyzer.warm_up(freeze=True)  # models and patterns load at start, not during the first requests
            self.audit = AuditLog(settings.audit_log, settings.retention_days)
            self.vault: Vault | None = None
            if settings.conversation_vault:
                self.vault = open_vault(settings.conversation_vault, load_vault_key())
        except BaseException:  # nothing left running behind a gateway that did not start
            if self._helper is not None:
                self._helper.close()
            raise
        self._pool = DetectThread()
        self._conversations: OrderedDict[tuple[str, str], Conversation] = OrderedDict()
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}
        self._later = 0
        self._tasks: set[asyncio.Task[None]] = set()
        # conversation ids in the audit log are keyed hashes: a header holding an e-mail cannot be guessed back
        self._audit_secret = secrets.token_bytes(32)
        # touched only from the one detection thread
        self._cache: OrderedDict[str, tuple[Language, list[Span]]] = OrderedDict()
        self._cache_chars = 0
        by_hash = {c.key_sha256: c for c in settings.clients}
        self.clients = by_hash
        self.local_client = replace(LOCAL_CLIENT, requests_per_minute=settings.local_requests_per_minute)
        if self._helper is not None:
            self._helper.wait_ready()  # the first requests get both processes too

    @property
    def helper_ready(self) -> bool:
        """Whether the detection helper process is up and taking work (``/healthz`` says so)."""
        return self._helper is not None and self._helper.ready

    # --- clients -------------------------------------------------------------------------------------------
    def client_for(self, authorization: str | None) -> ClientSettings | None:
        """The client a request comes from; None when keys are configured and this one is not among them."""
        if not self.clients:
            return self.local_client
        token = (authorization or "").removeprefix("Bearer ").strip()
        return self.clients.get(hash_client_key(token)) if token else None

    def allow(self, client: ClientSettings) -> bool:
        """A token bucket per client: ``requests_per_minute`` sustained, the same as a burst."""
        rate = client.requests_per_minute / 60.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client.name, (float(client.requests_per_minute), now))
            tokens = min(float(client.requests_per_minute), tokens + (now - last) * rate)
            if tokens < 1.0:
                self._buckets[client.name] = (tokens, now)
                return False
            self._buckets[client.name] = (tokens - 1.0, now)
            return True

    def policy_for(self, client: ClientSettings) -> Policy:
        return self.policy_named(client.policy if self.settings.clients else self.settings.policy)

    def policy_named(self, name: str) -> Policy:
        if name not in self._policies:
            self._policies[name] = gateway_policy(name)
        return self._policies[name]

    def conversation_ref(self, header: str) -> str:
        """What the audit log keeps of a conversation id: a keyed hash (per process), not the id."""
        return hmac.new(self._audit_secret, header.encode("utf-8"), hashlib.sha256).hexdigest()[:16]

    def conversation(self, client: str, conversation_id: str | None) -> Conversation | VaultConversation:
        """The conversation named by the client's X-Gamyeong-Conversation header, or a fresh one."""
        if not conversation_id:
            return Conversation()
        if self.vault is not None:
            return VaultConversation(self.vault, f"gateway:{client}:{conversation_id}")
        key = (client, conversation_id)
        with self._lock:
            found = self._conversations.get(key)
            if found is None:
                found = self._conversations[key] = Conversation()
                while len(self._conversations) > self.settings.conversations:
                    self._conversations.popitem(last=False)
            else:
                self._conversations.move_to_end(key)
            return found

    # --- screening -----------------------------------------------------------------------------------------
    def _remember(self, text: str, found: tuple[Language, list[Span]]) -> None:
        """Chat clients send the whole history every turn: a message seen before is not detected again.
        Bounded (least recently used out); it holds texts the gateway has in memory anyway."""
        if len(text) > _CACHE_MAX_CHARS:
            return
        if self._cache.pop(text, None) is not None:
            self._cache_chars -= len(text)  # replaced, not added: the count stays the characters really held
        self._cache[text] = found
        self._cache_chars += len(text)
        while self._cache and (len(self._cache) > _CACHE_ENTRIES or self._cache_chars > _CACHE_CHARS):
            old, _ = self._cache.popitem(last=False)
            self._cache_chars -= len(old)

    async def detect(self, texts: list[str], *, urgent: bool = True) -> list[tuple[Language, list[Span]]]:
        """(language, spans) per text, in the detection thread; ``urgent=False`` for work nobody waits on (the
        answer scan after sending), which yields to screening. DetectFailed on error or timeout."""

        def work() -> list[tuple[Language, list[Span]]]:
            known: dict[str, tuple[Language, list[Span]]] = {}
            for text in texts:
                hit = self._cache.get(text)
                if hit is not None:
                    self._cache.move_to_end(text)
                    known[text] = hit
            todo = [t for t in dict.fromkeys(texts) if t not in known]  # a message twice in one request: once
            if todo:  # one batch: the messages' name windows go to spaCy together
                langs = [detect_language(t) for t in todo]
                found_all = self.analyzer.detect_batch(todo, langs, helper=self._helper)
                for text, lang, found in zip(todo, langs, found_all, strict=True):
                    known[text] = (lang, found)
                    self._remember(text, known[text])
            return [known[t] for t in texts]

        loop = asyncio.get_running_loop()
        try:
            future = asyncio.wrap_future(self._pool.submit(work, urgent=urgent), loop=loop)
            # asyncio.timeout, not wait_for: the result reaches this task without wait_for's extra waiter
            # (two loop turns fewer); on timeout the future is cancelled all the same, and the thread skips it
            async with asyncio.timeout(self.settings.detect_timeout_s):
                return await future
        except Exception as exc:  # a timeout or a detector failure: fail closed, say nothing of the text
            raise DetectFailed(exc.__class__.__name__) from None

    async def screen(self, exchange: Exchange, body: dict[str, Any]) -> list[Ref]:
        """Rewrite the text of ``body`` in place (or set ``exchange.blocked``); DetectFailed fails closed.
        Tool-call arguments are JSON: each string inside is screened as the text it is (a name written as
        ``\\uae40…`` in raw JSON would escape detection), then the arguments are written back."""
        texts: list[Ref] = []
        rewrites: list[tuple[Ref, Any]] = []
        for ref in request_refs(exchange.route, body):
            parsed = _json_or_none(ref.value) if ref.kind == "arguments" else None
            if isinstance(parsed, dict | list):
                texts.extend(json_leaves(parsed))
                rewrites.append((ref, parsed))
            else:
                texts.append(ref)
        found = await self.detect([r.value for r in texts])
        ctx = OperatorContext(purpose=f"gateway:{exchange.client}")
        blocked: set[str] = set()
        langs: Counter[str] = Counter()
        for ref, (lang, spans) in zip(texts, found, strict=True):
            langs[lang.value] += len(ref.value)
            result = sanitize_text(ref.value, spans, exchange.policy, exchange.conversation, lang, ctx)
            exchange.labels.update(result.counts)
            blocked.update(result.blocked)
            if not result.blocked:
                ref.set(result.text)
        for ref, parsed in rewrites:
            ref.set(json.dumps(parsed, ensure_ascii=False))
        exchange.blocked = tuple(sorted(blocked))
        if langs:
            exchange.lang = langs.most_common(1)[0][0]
        exchange.screened_at = time.perf_counter()
        return texts

    # --- answers -------------------------------------------------------------------------------------------
    def restore_answer(self, exchange: Exchange, body: dict[str, Any]) -> None:
        for ref in response_refs(exchange.route, body):
            text, n = restore_text(ref.value, exchange.conversation, json_string=exchange.json_context(ref.kind))
            exchange.restored += n
            ref.set(text)
            exchange.answer_text.append(text)

    async def scan_answer(self, exchange: Exchange, body: dict[str, Any] | None = None) -> None:
        """Count (and with answer_action = "mask", mask) personal data in the answer that the prompt did not
        hold: the model produced it on its own."""
        texts = exchange.answer_text
        if not texts:
            return
        try:
            found = await self.detect(texts, urgent=body is not None and self.settings.answer_action == "mask")
        except DetectFailed:
            exchange.answer_labels["SCAN_FAILED"] += 1
            return
        for text, (_, spans) in zip(texts, found, strict=True):
            for span in spans:
                if not exchange.conversation.knows_value(span.text(text)):
                    exchange.answer_labels[str(span.label)] += 1
        if body is not None and self.settings.answer_action == "mask" and exchange.answer_labels:
            for ref, (_, spans) in zip(response_refs(exchange.route, body), found, strict=False):
                text = ref.value
                for span in sorted(spans, key=lambda s: -s.start):
                    if not exchange.conversation.knows_value(span.text(text)):
                        text = f"{text[: span.start]}[{span.label}]{text[span.end :]}"
                ref.set(text)

    def finish(self, exchange: Exchange) -> None:
        self.audit.append(exchange.audit_record())

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        """Run ``work`` in a task of its own, kept until it ends (a task nobody holds may be collected)."""
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait (at most ``timeout`` seconds) for the spawned tasks: answer scans and audit entries of streams that
        just ended (at shutdown, before the upstream client closes)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    def later(self) -> None:
        """An exchange whose audit entry will be written after its answer was sent (see :meth:`flush`)."""
        with self._lock:
            self._later += 1

    def finish_later(self, exchange: Exchange) -> None:
        self.finish(exchange)
        with self._lock:
            self._later -= 1

    def flush(self, timeout: float = 30.0) -> None:
        """Wait until every exchange so far has its audit entry written (tests, shutdown)."""
        deadline = time.monotonic() + timeout
        while self._later and time.monotonic() < deadline:
            time.sleep(0.005)
        self.audit.flush()

    def close(self) -> None:
        self.flush(timeout=10.0)
        self._pool.shutdown()
        if self._helper is not None:
            self._helper.close()
        self.audit.close()
        if self.vault is not None:
            self.vault.close()
