"""spaCy's greedy NER decoder, stepped from Python for models with many moves; the same decisions, bit for bit.

spaCy decodes in C with the GIL released, but each move's validity check reads the state through a helper that
takes the GIL back (``StateC::B_``): per step and per document one GIL round trip for each of the model's moves.
The English model has 74 moves (18 labels in BILUO, and O), and that churn cost more than its whole token encoder
(about 1.4 ms of 2.3 per chat batch). Stepping from Python keeps the GIL held, which makes each check cheap:
the transitions are still spaCy's own (``Parser.transition_states``, the very C function the decoder calls), and
the scores are computed as ``predict_states`` computes them: the precomputed features gathered and summed one
feature after another (blis's ``saxpy`` with alpha 1 is an addition), the bias added, the maxout, the product
with the output weights, the output bias. That product goes through numpy with the weights transposed once, as
:mod:`gamyeong.detect.ner_ops` does for the token encoder: ``blis.py.gemm`` spent 7-9 µs per move on its call
alone (a third of each move) against 1.2 µs. The same float32 product, though not always bit for bit (another
summation order); the entities are the same over every benchmark set, probe and gateway chat. The French
model has 18 moves: there the C decoder's churn is smaller than the Python loop's overhead, and it keeps
spaCy's own decoder.

:func:`parse` also repeats ``nlp.pipe``'s batching (``Parser.pipe`` sorts each batch by length and predicts in
quarter batches): the token encoder's padded products depend on the batch, so the batches must be the same.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MIN_MOVES", "parse"]

#: below this many moves spaCy's C decoder is faster than stepping from Python (French: 18, English: 74)
MIN_MOVES = 40


class _Ids:
    """What ``ParserStepModel.get_token_ids`` reads from its model: the number of features per state."""

    def __init__(self, n_features: int) -> None:
        self.state2vec = self
        self.nF = n_features


def _decodable(ner: Any) -> bool:
    """The component is the greedy, maxout, all-classes-seen transition parser this module repeats."""
    model = getattr(ner, "model", None)
    if model is None or getattr(ner, "cfg", {}).get("beam_width") != 1 or not hasattr(ner, "transition_states"):
        return False
    if model.name != "parser_model" or len(model.layers) != 3 or not model.attrs.get("has_upper"):
        return False
    if model.attrs.get("unseen_classes"):
        return False
    lower, upper = model.layers[1], model.layers[2]
    if lower.name != "precomputable_affine" or upper.name != "linear" or lower.get_dim("nP") < 2:
        return False
    if lower.get_dim("nF") < 2:
        return False
    return bool(ner.moves.n_moves >= MIN_MOVES)


def _predict(ner: Any, docs: list[Any]) -> list[Any]:
    """``Parser.greedy_parse`` for ``docs``, stepped from Python (see the module's docstring)."""
    import numpy
    from spacy.ml.parser_model import ParserStepModel
    from thinc.api import set_dropout_rate

    if not any(len(doc) for doc in docs):
        return ner.predict(docs)  # type: ignore[no-any-return]
    ner._ensure_labels_are_added(docs)
    set_dropout_rate(ner.model, 0.0)
    batch = ner.moves.init_batch(docs)
    tok2vec, lower, upper = ner.model.layers
    cached = lower.predict(tok2vec.predict(docs))  # (tokens + 1, features, hidden, pieces); row 0: the padding
    rows, n_features, hidden, pieces = cached.shape
    # the padding row moved last, where a missing token's id (-1) finds it
    cached = numpy.roll(cached.reshape(rows, n_features, hidden * pieces), -1, axis=0)
    bias = lower.get_param("b").reshape(hidden * pieces)
    weights_t, out_bias = numpy.ascontiguousarray(upper.get_param("W").T), upper.get_param("b")
    ids_of = _Ids(n_features)
    columns = numpy.arange(n_features)
    states = [state for state in batch if not state.is_final()]
    while states:
        gathered = cached[ParserStepModel.get_token_ids(ids_of, states), columns]
        # spaCy sums onto zeros: 0 + x is x but for the sign of a zero, and a zero's sign cannot reach the scores
        # (sgemm's sums start from +0, where +0 + -0 is +0)
        summed = gathered[:, 0] + gathered[:, 1]
        for feature in range(2, n_features):
            summed += gathered[:, feature]
        summed += bias
        if pieces == 2:
            best = numpy.maximum(summed[:, 0::2], summed[:, 1::2])
        else:
            best = summed.reshape(len(states), hidden, pieces).max(axis=2)
        scores = best @ weights_t
        scores += out_bias
        states = ner.transition_states(states, scores)
    return batch  # type: ignore[no-any-return]


def parse(nlp: Any, texts: list[str], batch_size: int) -> list[Any]:
    """``list(nlp.pipe(texts, batch_size=batch_size))`` for a pipeline of ``ner`` alone."""
    ner = nlp.get_pipe("ner") if nlp.pipe_names == ["ner"] else None
    if ner is None or not _decodable(ner):
        return list(nlp.pipe(texts, batch_size=batch_size))
    docs = [nlp.make_doc(text) for text in texts]
    quarter = max(batch_size // 4, 2)
    for start in range(0, len(docs), batch_size):
        by_length = sorted(docs[start : start + batch_size], key=len)
        for k in range(0, len(by_length), quarter):
            sub = by_length[k : k + quarter]
            ner.set_annotations(sub, _predict(ner, sub))
    return docs
