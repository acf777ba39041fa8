"""`e2ee_stance`: sentence stance toward E2EE (favor / against / neutral) with calibrated scores."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .errors import Errors, StanceError
from .doc_stance import DocumentStanceModel
from .estimators import STANCE_OPTIONS, StanceModel
from .examples import SentenceExample, examples_from_document
from .rollup import DOCUMENT_LOW_CONFIDENCE, SIDE_WEIGHTS, rollup
from .sentence_pipe import SentenceModelPipe, doc_fields


@Language.factory(
    "e2ee_stance",
    default_config={"C": 0.3, "calibration": "sigmoid", "cv": 3, "per_target": False, "class_weight": "balanced",
                    "context": True, "lexicon_features": True, "word_ngrams": [1, 2], "char_ngrams": [2, 5],
                    "char_analyzer": "char_wb", "weighting": "tfidf", "tokens": "words", "hashtags": "keep"},
)
def make_stance(nlp: Language, name: str, C: float, calibration: str, cv: int, per_target: bool,
                class_weight: str | None, context: bool, lexicon_features: bool, word_ngrams: list[int],
                char_ngrams: list[int], char_analyzer: str, weighting: str, tokens: str, hashtags: str):
    """Stance classifier; fitted only by `initialize(examples=...)` or `stance train`.

    The options are `StanceModel`'s (STANCE_OPTIONS); the defaults suit ANNOTATION.md documents.
    """
    return StanceComponent(nlp.vocab, name, C=C, calibration=calibration, cv=cv, per_target=per_target,
                           class_weight=class_weight, context=context, lexicon_features=lexicon_features,
                           word_ngrams=list(word_ngrams), char_ngrams=list(char_ngrams),
                           char_analyzer=char_analyzer, weighting=weighting, tokens=tokens, hashtags=hashtags)


class StanceComponent(SentenceModelPipe):
    """Writes `stance` and `stance_scores` on each sentence and roll-ups on the doc.

    `doc._.stance` is the document's roll-up (`stance`, `score`, `counts`, `confidence`,
    `low_confidence`); `doc._.rollups` holds the same per quote segment and per speaker.
    """

    kind = "stance"

    def fit(self, examples: list[SentenceExample]):
        labelled = [e for e in examples if e.stance]
        if not labelled:
            raise StanceError(Errors.E055.format(what="stance", paths="the training data"))
        # pipelines saved before an option existed lack its key: StanceModel's default applies
        settings = {key: self.cfg[key] for key in STANCE_OPTIONS if key in self.cfg}
        sentence_model = StanceModel(self.cfg["lexicons"], **settings).fit(labelled, [e.stance for e in labelled])
        self.model_ = {"sentence": sentence_model, "document": None}
        self.cfg["labels"] = sentence_model.classes_
        return self

    def fit_documents(self, records: list[dict], C: float = 0.03):
        """Fit the document-stance model on records whose sentences carry held-out `stance_scores`."""
        labelled = [r for r in records if r.get("stance")]
        if len({r["stance"] for r in labelled}) >= 2:
            self.model_["document"] = DocumentStanceModel(C=C).fit(labelled, [r["stance"] for r in labelled])
        return self

    def predict_examples(self, examples: list[SentenceExample]):
        return self.model_["sentence"].predict_proba(examples)

    def annotate(self, sentences: list[dict], scores) -> None:
        for sentence, row in zip(sentences, scores):
            sentence["stance_scores"] = {label: round(float(p), 4) for label, p in zip(self.labels, row)}
            sentence["stance"] = max(sentence["stance_scores"], key=sentence["stance_scores"].get)

    def finish_doc(self, doc: Doc) -> None:
        record = doc_fields(doc)
        document, rollups = document_rollups(record)
        model = self.model_.get("document")
        if model is not None and record["sentences"]:
            probabilities = dict(zip(model.classes_, model.predict_proba([record])[0]))
            best = max(probabilities, key=probabilities.get)
            document.update(stance=best, confidence=round(float(probabilities[best]), 4),
                            low_confidence=bool(probabilities[best] < DOCUMENT_LOW_CONFIDENCE),
                            probabilities={k: round(float(v), 4) for k, v in probabilities.items()})
        doc._.stance, doc._.rollups = document, rollups


def document_rollups(record: dict) -> tuple[dict, dict]:
    """Roll-ups of a predicted record: the document (publisher-weighted) and per quote and speaker."""
    sentences = sorted(record.get("sentences") or [], key=lambda s: s["start"])
    examples = examples_from_document({**record, "sentences": sentences})
    weights = [SIDE_WEIGHTS.get(e.speaker_side, 1.0) for e in examples]
    document = rollup(sentences, weights)
    quotes, speakers = [], {}
    for segment in record.get("segments") or []:
        if segment["label"] != "quote":
            continue
        inside = [s for s in sentences if segment["start"] <= s["start"] and s["end"] <= segment["end"]]
        if inside:
            quotes.append({"start": segment["start"], "end": segment["end"], "speaker": segment.get("speaker"),
                           **rollup(inside)})
            speakers.setdefault(segment.get("speaker"), []).extend(inside)
    by_speaker = {speaker: rollup(items) for speaker, items in speakers.items()}
    return document, {"quotes": quotes, "speakers": by_speaker}
