"""The NER models' token encoder run as one function instead of thinc's tree of layers: the same float32
operations on the same arrays in the same order, so the same bits (the tests compare it with thinc's own forward).

Both models' ``ner`` embeds its own tok2vec: four hashed embeddings, a maxout and layer norm, four residual
window-CNN blocks, then a linear projection. A name window has a few dozen tokens, so the arithmetic is small (five
products, about 0.5 ms per chat) and thinc's dispatch (some 60 nested layer calls per batch, each reshaping and
checking its input) cost almost as much again: 0.4-0.5 ms less spaCy time per chat, en and fr. :func:`install`
recognizes that exact structure and, for inference only, replaces the encoder's forward with
:func:`_Encoder.__call__`; on any other structure (another spaCy or thinc version, another model) it leaves the
model alone. Training still goes through thinc.

The products use numpy's ``dot`` with each weight transposed once, as :mod:`gamyeong.detect.ner_ops` makes
thinc do: OpenBLAS may sum a product's terms in another order for another matrix shape, so every product here
has exactly thinc's shapes (the padded rows between documents included).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["install"]

_EMBED_COLUMNS = 4
_BLOCKS = 4


@dataclass(frozen=True)
class _Maxout:
    """A maxout layer then its layer norm: the weights as thinc's forward reads them."""

    weights_t: Any  # (nI, nO * nP), C-contiguous: the transposed copy thinc's gemm multiplies by
    bias: Any  # (nO * nP,)
    n_out: int
    n_pieces: int
    gain: Any  # layer norm's G
    shift: Any  # layer norm's b


class _Encoder:
    """The fused inference forward of one model's tok2vec (see the module's docstring)."""

    def __init__(
        self,
        thinc_forward: Callable[..., Any],
        ops: Any,
        columns: list[Any],
        embeds: list[tuple[int, Any, int]],
        mix: _Maxout,
        blocks: list[_Maxout],
        pad: int,
        projection: tuple[Any, Any],
    ) -> None:
        import numpy

        self.np = numpy
        self.thinc_forward = thinc_forward
        self.ops = ops
        self.columns = columns
        self.embeds = embeds  # (column, table, seed) per hashed embedding
        self.mix = mix
        self.blocks = blocks
        self.pad = pad
        self.projection = projection  # (W transposed, b)

    def __call__(self, model: Any, docs: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
        if is_train or not docs or any(len(doc) == 0 for doc in docs):
            # (thinc drops empty documents from its padded arrays; not worth repeating here)
            return self.thinc_forward(model, docs, is_train)  # type: ignore[no-any-return]
        return self._infer(docs), _no_backprop

    def _infer(self, docs: Any) -> Any:
        np, ops = self.np, self.ops
        features = np.concatenate([ops.asarray2i(doc.to_array(self.columns), dtype="uint64") for doc in docs])
        vectors = np.hstack(
            [
                ops.gather_add(table, ops.hash(ops.as_contig(features[:, column], dtype="uint64"), seed) % len(table))
                for column, table, seed in self.embeds
            ]
        )
        mixed = self._maxout_norm(vectors, self.mix)
        lengths = [len(doc) for doc in docs]
        bounds = np.cumsum(lengths)
        # the residual blocks read the documents flattened with ``pad`` zero rows around each, as one array
        zeros = np.zeros((self.pad, mixed.shape[1]), dtype=mixed.dtype)
        padded: list[Any] = []
        for k, stop in enumerate(bounds):
            padded.append(zeros)
            padded.append(mixed[stop - lengths[k] : stop])
        padded.append(zeros)
        flat = np.concatenate(padded)
        for block in self.blocks:
            flat = flat + self._maxout_norm(ops.seq2col(flat, 1), block)
        kept = []
        start = 0
        for length in lengths:
            start += self.pad
            kept.append(flat[start : start + length])
            start += length
        tokvecs = np.concatenate(kept)
        weights_t, bias = self.projection
        out = np.dot(tokvecs, weights_t)
        out += bias
        return out

    def _maxout_norm(self, x: Any, layer: _Maxout) -> Any:
        y = self.np.dot(x, layer.weights_t)
        y += layer.bias
        best = self.ops.maxout(y.reshape(y.shape[0], layer.n_out, layer.n_pieces))[0]
        # thinc's layer norm: best.mean(axis=1, keepdims=True), then best.var(…) + 1e-08, as numpy computes them
        # (numpy/_core/_methods.py: a sum divided by the count as an intp, the squared deviations from that same
        # mean summed and divided), without the two wrappers' Python overhead; the tests hold it to thinc's bits
        np = self.np
        count = np.intp(best.shape[1])
        mu = np.add.reduce(best, axis=1, keepdims=True)
        np.true_divide(mu, count, out=mu, casting="unsafe", subok=False)
        deviations = np.subtract(best, mu)
        np.square(deviations, out=deviations)
        var = np.add.reduce(deviations, axis=1, keepdims=True)
        np.true_divide(var, count, out=var, casting="unsafe", subok=False)
        var = var + 1e-08
        normed = (best - mu) * var ** (-1.0 / 2.0)
        out = normed * layer.gain
        out += layer.shift
        return out


def _no_backprop(_d: Any) -> Any:
    raise NotImplementedError("the fused tok2vec runs for inference only")


def _names(layer: Any) -> list[str]:
    return [child.name for child in layer.layers]


def _maxout(chain: Any) -> _Maxout | None:
    """``maxout>>layernorm>>dropout`` (thinc nests it as ``(maxout>>layernorm)>>dropout``)."""
    import numpy

    if _names(chain) != ["maxout>>layernorm", "dropout"] or _names(chain.layers[0]) != ["maxout", "layernorm"]:
        return None
    maxout, norm = chain.layers[0].layers
    n_out, n_pieces, n_in = (maxout.get_dim(d) for d in ("nO", "nP", "nI"))
    weights, b = maxout.get_param("W"), maxout.get_param("b")
    if weights.shape != (n_out, n_pieces, n_in) or weights.dtype != numpy.float32:
        return None
    return _Maxout(
        numpy.ascontiguousarray(weights.reshape(n_out * n_pieces, n_in).T),
        b.reshape(n_out * n_pieces),
        n_out,
        n_pieces,
        norm.get_param("G"),
        norm.get_param("b"),
    )


def _embeds(concat: Any) -> list[tuple[int, Any, int]] | None:
    out = []
    for k, part in enumerate(concat.layers):
        if _names(part) != ["ints-getitem", "hashembed"]:
            return None
        getitem, embed = part.layers
        if getitem.attrs.get("index") != (slice(0, None, None), k) or embed.attrs.get("column") != k:
            return None
        out.append((k, embed.get_param("E"), int(embed.attrs["seed"])))
    return out if len(out) == _EMBED_COLUMNS else None


def _encoder(tok2vec: Any) -> _Encoder | None:
    """The fused forward for ``tok2vec`` if it has exactly the expected structure, else None."""
    import numpy
    from thinc.backends.numpy_ops import NumpyOps  # type: ignore[import-not-found]

    if len(tok2vec.layers) != 3 or _names(tok2vec)[1:] != ["list2array", "linear"]:
        return None
    body, _, linear = tok2vec.layers
    if len(body.layers) != 2:
        return None
    embed, encode = body.layers
    parts = embed.layers
    if [p.name for p in parts[:2]] + [parts[-1].name] != ["extract_features", "list2ragged", "ragged2list"]:
        return None
    if len(parts) != 5 or len(parts[2].layers) != 1 or len(parts[3].layers) != 1:
        return None
    embeds = _embeds(parts[2].layers[0])
    mix = _maxout(parts[3].layers[0])
    if embeds is None or mix is None or not parts[2].name.startswith("with_array("):
        return None
    if not parts[3].name.startswith("with_array(") or parts[3].attrs.get("pad") != 0:
        return None
    if not encode.name.startswith("with_array(residual(") or len(encode.layers) != 1:
        return None
    blocks = []
    for residual in encode.layers[0].layers:
        if not residual.name.startswith("residual(") or len(residual.layers) != 1:
            return None
        inner = residual.layers[0]
        if _names(inner) != ["expand_window", "maxout>>layernorm>>dropout"]:
            return None
        if inner.layers[0].attrs.get("window_size") != 1:
            return None
        block = _maxout(inner.layers[1])
        if block is None:
            return None
        blocks.append(block)
    ops = tok2vec.ops
    same_ops = all(layer.ops is ops for layer in tok2vec.walk())
    if len(blocks) != _BLOCKS or not same_ops or not isinstance(ops, NumpyOps) or getattr(ops, "use_blis", True):
        return None
    weights, b = linear.get_param("W"), linear.get_param("b")
    return _Encoder(
        tok2vec._func,
        ops,
        list(parts[0].attrs["columns"]),
        embeds,
        mix,
        blocks,
        int(encode.attrs["pad"]),
        (numpy.ascontiguousarray(weights.T), b),
    )


def install(parser_model: Any) -> bool:
    """Give the ``ner`` model's tok2vec the fused forward; False (and nothing changed) if its structure differs."""
    refs = getattr(parser_model, "ref_names", ())
    if "tok2vec" not in refs:
        return False
    tok2vec = parser_model.get_ref("tok2vec")
    if isinstance(tok2vec._func, _Encoder):
        return True
    encoder = _encoder(tok2vec)
    if encoder is None:
        return False
    tok2vec._func = encoder
    return True
