"""`e2ee_stance`: sentence stance toward E2EE (favor / against / neutral) with calibrated scores."""

from __future__ import annotations

import bisect

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import Errors, StanceError
from .doc_stance import DocumentStanceModel
from .estimators import STANCE_OPTIONS, StanceModel
from .examples import SentenceExample, examples_from_document
from .rollup import DOCUMENT_LOW_CONFIDENCE, SIDE_WEIGHTS, rollup
from .sentence_pipe import SentenceModelPipe
from .stance_context import StanceContext


@Language.factory(
    "e2ee_stance",
    default_config={"C": 0.5, "max_iter": 1000, "calibration": "sigmoid", "cv": 5, "per_target": False,
                    "class_weight": "balanced", "context": True, "lexicon_features": True, "word_ngrams": [1, 2], "char_ngrams": [2, 5],
                    "char_analyzer": "char_wb", "weighting": "tfidf", "tokens": "words", "hashtags": "keep",
                    "char_norm": "chunks"},
)
def make_stance(nlp: Language, name: str, C: float, max_iter: int, calibration: str, cv: int, per_target: bool,
                class_weight: str | None, context: bool, lexicon_features: bool, word_ngrams: list[int],
                char_ngrams: list[int], char_analyzer: str, weighting: str, tokens: str, hashtags: str,
                char_norm: str):
    """Stance classifier; fitted only by `initialize(examples=...)` or `stance train`.

    The options are `StanceModel`'s (STANCE_OPTIONS); the defaults suit ANNOTATION.md documents.
    """
    return StanceComponent(nlp.vocab, name, C=C, max_iter=max_iter, calibration=calibration, cv=cv,
                           per_target=per_target, class_weight=class_weight, context=context, lexicon_features=lexicon_features,
                           word_ngrams=list(word_ngrams), char_ngrams=list(char_ngrams),
                           char_analyzer=char_analyzer, weighting=weighting, tokens=tokens, hashtags=hashtags,
                           char_norm=char_norm)


class StanceComponent(SentenceModelPipe):
    """Writes `stance` and `stance_scores` on each sentence and roll-ups on the doc.

    `doc._.stance` is the document's roll-up (`stance`, `score`, `counts`, `confidence`,
    `low_confidence`); `doc._.rollups` holds the same per quote segment and per speaker.
    """

    kind = "stance"

    def fit(self, examples: list[SentenceExample], featurizer=None, features=None):
        """Fit the sentence model; `featurizer`: an already fitted one shared with the role component,
        `features`: its `transform(examples)` (every example labelled) when the caller has it."""
        labelled = [e for e in examples if e.stance]
        if not labelled:
            raise StanceError(Errors.E055.format(what="stance", paths="the training data"))
        if features is not None and (len(labelled) != len(examples) or features.shape[0] != len(examples)):
            raise StanceError(Errors.E116.format(rows=features.shape[0], examples=len(examples),
                                                 labelled=len(labelled), what="stance"))
        # pipelines saved before an option existed lack its key: StanceModel's default applies
        settings = {key: self.cfg[key] for key in STANCE_OPTIONS if key in self.cfg}
        sentence_model = StanceModel(self.cfg["lexicons"], **settings).fit(
            labelled, [e.stance for e in labelled], featurizer=featurizer, features=features)
        self.model_ = {"sentence": sentence_model, "context": None, "document": None}
        self.cfg["labels"] = sentence_model.classes_
        return self

    def fit_context(self, examples: list[SentenceExample], scores, C: float = 0.3):
        """Fit the context stage on the sentence model's out-of-fold `scores` for `examples`."""
        labelled = [i for i, e in enumerate(examples) if e.stance]
        self.model_["context"] = StanceContext(C=C).fit(
            [examples[i] for i in labelled], numpy.asarray(scores)[labelled],
            [examples[i].stance for i in labelled], self.labels)
        return self

    def fit_documents(self, records: list[dict], text_scores=None, text_model=None, **settings):
        """Fit the document-stance model on records whose sentences carry held-out `stance_scores`
        (`text_scores`, `text_model`: see `DocumentStanceModel.fit`; `settings`: its parameters)."""
        labelled = [i for i, r in enumerate(records) if r.get("stance")]
        if len({records[i]["stance"] for i in labelled}) >= 2:
            self.model_["document"] = DocumentStanceModel(**settings).fit(
                [records[i] for i in labelled], [records[i]["stance"] for i in labelled],
                text_scores[labelled] if text_scores is not None else None, text_model)
        return self

    def predict_examples(self, examples: list[SentenceExample]):
        scores = self.model_["sentence"].predict_proba(examples)
        context = self.model_.get("context")  # pipelines saved before the context stage have none
        return context.predict_proba(examples, scores) if context is not None else scores

    def annotate(self, sentences: list[dict], scores) -> None:
        labels = self.labels
        rounded = numpy.round(numpy.asarray(scores, dtype=float), 4)
        best = rounded.argmax(axis=1) if len(rounded) else []
        for sentence, row, top in zip(sentences, rounded.tolist(), best):
            sentence["stance_scores"] = dict(zip(labels, row))
            sentence["stance"] = labels[top]

    def finish_docs(self, docs: list[Doc], examples: list[list[SentenceExample]]) -> None:
        """Roll-ups of every doc, and the document model's stance for the whole batch at once."""
        records = [_record(doc) for doc in docs]
        results = [document_rollups(record, doc_examples) for record, doc_examples in zip(records, examples)]
        model = self.model_.get("document")
        scored = [i for i, record in enumerate(records) if record["sentences"]] if model is not None else []
        if scored:
            rows = model.predict_proba([records[i] for i in scored], [examples[i] for i in scored])
            for i, row in zip(scored, rows):
                probabilities = dict(zip(model.classes_, row))
                best = max(probabilities, key=probabilities.get)
                results[i][0].update(stance=best, confidence=round(float(probabilities[best]), 4),
                                     low_confidence=bool(probabilities[best] < DOCUMENT_LOW_CONFIDENCE),
                                     probabilities={k: round(float(v), 4) for k, v in probabilities.items()})
        for doc, (document, rollups) in zip(docs, results):
            doc._.stance, doc._.rollups = document, rollups


def _record(doc: Doc) -> dict:
    """The fields the roll-ups and the document model read."""
    return {"meta": doc._.meta or {}, "speakers": doc._.speakers or [], "segments": doc._.segments or [],
            "sentences": doc._.sentences or [], "text": doc.text}


def document_rollups(record: dict, examples: list[SentenceExample] | None = None) -> tuple[dict, dict]:
    """Roll-ups of a predicted record: the document (publisher-weighted) and per quote and speaker.

    `examples`: the record's sentence examples in start order, when already at hand.
    """
    sentences = sorted(record.get("sentences") or [], key=lambda s: s["start"])
    if examples is None:
        examples = examples_from_document({**record, "sentences": sentences})
    weights = [SIDE_WEIGHTS.get(e.speaker_side, 1.0) for e in examples]
    document = rollup(sentences, weights)
    quotes, speakers = [], {}
    starts = [s["start"] for s in sentences]
    for segment in record.get("segments") or []:
        if segment["label"] != "quote":
            continue
        first, last = bisect.bisect_left(starts, segment["start"]), bisect.bisect_right(starts, segment["end"])
        inside = [s for s in sentences[first:last] if s["end"] <= segment["end"]]
        if inside:
            quotes.append({"start": segment["start"], "end": segment["end"], "speaker": segment.get("speaker"),
                           **rollup(inside)})
            speakers.setdefault(segment.get("speaker"), []).extend(inside)
    by_speaker = {speaker: rollup(items) for speaker, items in speakers.items()}
    return document, {"quotes": quotes, "speakers": by_speaker}
