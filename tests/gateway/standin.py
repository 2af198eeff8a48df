"""A small LLM stand-in on loopback: it records every request body it receives and answers by echoing the
text it was sent (so tokens come back), streamed in chunks whose size the model name sets (``echo-3``: 3
characters per chunk). ``echo-leak`` adds a phone number the prompt never held."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

LEAKED_PHONE = "010-9876-5432"


class Recorder:
    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.slow_chunks_sent = 0
        self.slow_streams_closed = 0
        self._lock = threading.Lock()

    def add(self, body: dict[str, Any]) -> None:
        with self._lock:
            self.bodies.append(body)

    def text(self) -> str:
        with self._lock:
            return json.dumps(self.bodies, ensure_ascii=False)


def _chunk_size(model: str) -> int:
    tail = model.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 4


def _echo(body: dict[str, Any]) -> str:
    parts: list[str] = []
    for message in body.get("messages") or []:
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(p.get("text", "") for p in content if isinstance(p, dict))
    text = "\n".join(parts)
    if body.get("model") == "echo-leak":
        text += f" 그리고 새 번호 {LEAKED_PHONE}"
    return text


def _sse(events: Iterator[dict[str, Any]], named: bool = False) -> Iterator[bytes]:
    for event in events:
        head = f"event: {event['type']}\n" if named else ""
        yield (head + "data: " + json.dumps(event, ensure_ascii=False) + "\n\n").encode()
    if not named:
        yield b"data: [DONE]\n\n"


async def _slow(recorder: Recorder, base: dict[str, Any]) -> Any:
    import asyncio

    try:
        for _ in range(600):
            chunk = {**base, "object": "chat.completion.chunk",
                     "choices": [{"index": 0, "delta": {"content": "."}, "finish_reason": None}]}  # fmt: skip
            yield ("data: " + json.dumps(chunk) + "\n\n").encode()
            recorder.slow_chunks_sent += 1
            await asyncio.sleep(0.05)
    finally:
        recorder.slow_streams_closed += 1


def create_standin(recorder: Recorder) -> FastAPI:
    app = FastAPI()

    @app.get("/_recorded")
    async def recorded() -> list[dict[str, Any]]:
        """What the stand-in received (for a benchmark running it in another process)."""
        return recorder.bodies

    @app.post("/_reset")
    async def reset() -> dict[str, int]:
        n = len(recorder.bodies)
        recorder.bodies.clear()
        return {"cleared": n}

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": "echo-4", "object": "model", "created": 0, "owned_by": "standin"}]}

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Any:
        body = await request.json()
        recorder.add(body)
        text, model, size = _echo(body), body.get("model", "echo-4"), _chunk_size(body.get("model", ""))
        tool = bool(body.get("tools"))
        base = {"id": "chatcmpl-standin", "created": int(time.time()), "model": model}
        if not body.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": None if tool else text}
            if tool:
                message["tool_calls"] = [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "save", "arguments": json.dumps({"note": text}, ensure_ascii=False)},
                    }
                ]
            return {
                **base,
                "object": "chat.completion",
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool else "stop"}],
            }

        def events() -> Iterator[dict[str, Any]]:
            chunk = {**base, "object": "chat.completion.chunk"}
            yield {**chunk, "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]}
            payload = json.dumps({"note": text}, ensure_ascii=False) if tool else text
            for i in range(0, len(payload), size):
                piece = payload[i : i + size]
                if tool:
                    call: dict[str, Any] = {"index": 0, "function": {"arguments": piece}}
                    if i == 0:
                        call.update({"id": "call_1", "type": "function"})
                        call["function"]["name"] = "save"
                    delta: dict[str, Any] = {"tool_calls": [call]}
                else:
                    delta = {"content": piece}
                yield {**chunk, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
            finish = "tool_calls" if tool else "stop"
            yield {**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}

        if model == "slow":  # one chunk every 50 ms, for 30 s: the client goes away long before
            return StreamingResponse(_slow(recorder, base), media_type="text/event-stream")
        return StreamingResponse(_sse(events()), media_type="text/event-stream")

    @app.post("/v1/completions")
    async def completions(request: Request) -> Any:
        body = await request.json()
        recorder.add(body)
        prompt = body.get("prompt")
        text = prompt if isinstance(prompt, str) else "\n".join(prompt)
        return {
            "id": "cmpl-standin",
            "object": "text_completion",
            "created": 0,
            "model": body.get("model"),
            "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
        }

    @app.post("/v1/embeddings")
    async def embeddings(request: Request) -> Any:
        body = await request.json()
        recorder.add(body)
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = [{"object": "embedding", "index": i, "embedding": [0.1, 0.2, 0.3]} for i in range(len(inputs))]
        return {
            "object": "list",
            "data": data,
            "model": body.get("model"),
            "usage": {"prompt_tokens": 1, "total_tokens": 1},
        }

    @app.post("/v1/responses")
    async def responses(request: Request) -> Any:
        body = await request.json()
        recorder.add(body)
        raw = body.get("input")
        text = (
            raw
            if isinstance(raw, str)
            else "\n".join(
                p.get("text", "")
                for item in raw
                for p in (
                    item.get("content")
                    if isinstance(item.get("content"), list)
                    else [{"text": item.get("content", "")}]
                )
            )
        )
        size = _chunk_size(body.get("model", ""))
        item = {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }
        response = {
            "id": "resp_1",
            "object": "response",
            "created_at": 0,
            "model": body.get("model"),
            "status": "completed",
            "output": [item],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
        }
        if not body.get("stream"):
            return JSONResponse(response)

        def events() -> Iterator[dict[str, Any]]:
            seq = 0
            for i in range(0, len(text), size):
                seq += 1
                yield {
                    "type": "response.output_text.delta",
                    "item_id": "msg_1",
                    "output_index": 0,
                    "content_index": 0,
                    "delta": text[i : i + size],
                    "sequence_number": seq,
                    "logprobs": [],
                }
            yield {
                "type": "response.output_text.done",
                "item_id": "msg_1",
                "output_index": 0,
                "content_index": 0,
                "text": text,
                "sequence_number": seq + 1,
                "logprobs": [],
            }
            yield {"type": "response.completed", "response": response, "sequence_number": seq + 2}

        return StreamingResponse(_sse(events(), named=True), media_type="text/event-stream")

    return app
