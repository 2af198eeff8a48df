"""UTF-8 byte offsets from the multi-pattern engine map to the ``str`` offsets of the same characters."""

from __future__ import annotations

import random

from gamyeong.detect.scanner import _to_char_offsets, utf8


def test_byte_offsets_map_to_characters() -> None:
    rnd = random.Random(3)
    alphabet = "a1 -가힣é€😀\n"
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30)))
        data = utf8(text)
        byte_at = [len(utf8(text[:k])) for k in range(len(text) + 1)]
        chars = sorted(rnd.sample(range(len(text) + 1), min(6, len(text) + 1)))
        pairs = [[chars[k], chars[k + 1]] for k in range(0, len(chars) - 1, 2)]
        windows = {0: [[byte_at[a], byte_at[b]] for a, b in pairs]}
        _to_char_offsets(data, windows)
        assert windows[0] == pairs, text
