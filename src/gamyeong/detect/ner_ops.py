"""The thinc ops the spaCy NER models multiply with: numpy (OpenBLAS) instead of blis, weights pre-transposed.

Why numpy: on the machines we measure on, blis picks a generic kernel that is 4–7× slower for the small matrices
a name window makes (25×288 by 288×288: 226 µs against 41 µs).

Why pre-transposed: every layer of these models multiplies by its weights transposed (``gemm(X, W,
trans2=True)``), and OpenBLAS then packs the whole transposed weight matrix again on every call, which for a
name window's few rows costs more than the product itself: 20×288 by 288×288 took 95 µs against 52 µs with a
contiguous copy of ``W.T`` (5 rows by a 384×96 weight: 34 µs against 6 µs; spaCy's time on chat requests
-15%). The same float32 products, though not always bit for bit: for a few rows OpenBLAS picks a small-matrix
kernel with another summation order (as blis and OpenBLAS differ too). The entities are the same: every span
and score over the benchmark sets, probes and gateway chats, and the tests against thinc's own ops. The copies
are made once per weight: the models only ever infer here, so their weights never change after loading.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["matmul_ops"]

#: more distinct right-hand matrices than the two models hold (a few dozen weights): something else is
#: multiplying, so forget the copies rather than grow
_MAX_COPIES = 512


@cache
def matmul_ops() -> Any:
    """thinc's NumpyOps with ``gemm`` through numpy, and weights transposed once (see the module's docstring)."""
    import numpy
    from thinc.backends.numpy_ops import NumpyOps  # type: ignore[import-not-found]

    class _TransposedOnce(NumpyOps):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(use_blis=False)
            # (data address, shape, strides, type) → (the matrix, a C-contiguous copy of its transpose); holding the
            # matrix keeps its memory alive, so no other array can later show up under the same address
            self._copies: dict[tuple[int, tuple[int, ...], tuple[int, ...], str], tuple[Any, Any]] = {}

        def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            if not trans2 or trans1 or y.ndim != 2:
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            key = (y.__array_interface__["data"][0], y.shape, y.strides, y.dtype.char)
            found = self._copies.get(key)
            if found is None:
                if len(self._copies) >= _MAX_COPIES:
                    self._copies.clear()
                found = self._copies[key] = (y, numpy.ascontiguousarray(y.T))
            return super().gemm(x, found[1], out=out)

    return _TransposedOnce()
