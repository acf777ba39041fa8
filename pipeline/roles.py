"""`e2ee_roles`: argument roles per sentence (multi-label), thresholds chosen on held-out data."""

from __future__ import annotations

import numpy
from spacy.language import Language

from .errors import Errors, StanceError
from .estimators import RoleModel
from .examples import SentenceExample
from .sentence_pipe import SentenceModelPipe


@Language.factory("e2ee_roles", default_config={"C": 0.3, "default_threshold": 0.5, "char_ngrams": [2, 5],
                                                "classifier": "svm", "max_iter": 1000})
def make_roles(nlp: Language, name: str, C: float, default_threshold: float, char_ngrams: list[int], classifier: str,
               max_iter: int):
    """Role tagger; fitted only by `initialize(examples=...)` or `stance train`.

    `char_ngrams`: [low, high] character n-gram lengths, [0, 0] for none (words only);
    `classifier`: "svm" or "logistic" (see `RoleModel`); `max_iter`: the solver's passes at most."""
    return RoleComponent(nlp.vocab, name, C=C, default_threshold=default_threshold, char_ngrams=list(char_ngrams),
                         classifier=classifier, max_iter=max_iter)


class RoleComponent(SentenceModelPipe):
    """Writes `roles` (labels over their threshold) and `role_scores` on each sentence."""

    kind = "roles"

    def fit(self, examples: list[SentenceExample], labels: list[str] | None = None, featurizer=None,
            calibration: list[tuple[float, float]] | None = None, features=None):
        """Fit one model per role; `featurizer`: an already fitted one shared with the stance component,
        `features`: its `transform(examples)` (every example labelled) when the caller has it;
        `calibration`: per label, the sigmoid (slope, intercept) fitted on held-out SVM margins."""
        labelled = [e for e in examples if e.roles is not None]
        if not labelled:
            raise StanceError(Errors.E055.format(what="role", paths="the training data"))
        if features is not None and (len(labelled) != len(examples) or features.shape[0] != len(examples)):
            raise StanceError(Errors.E116.format(rows=features.shape[0], examples=len(examples),
                                                 labelled=len(labelled), what="role"))
        labels = labels or sorted({role for e in labelled for role in e.roles})
        targets = numpy.array([[role in e.roles for role in labels] for e in labelled], dtype=int)
        # pipelines saved before the option existed used character 2-5-grams
        char_ngrams = self.cfg.get("char_ngrams", [2, 5])
        # and pipelines saved before the "classifier" option used logistic regressions
        classifier = self.cfg.get("classifier", "logistic")
        self.model_ = RoleModel(self.cfg["lexicons"], list(labels), C=self.cfg["C"], char_ngrams=char_ngrams,
                                classifier=classifier, max_iter=self.cfg.get("max_iter", 1000)).fit(
            labelled, targets, featurizer=featurizer, calibration=calibration, features=features)
        self.cfg["labels"] = list(labels)
        self.cfg.setdefault("thresholds", {})
        for label in labels:
            self.cfg["thresholds"].setdefault(label, self.cfg["default_threshold"])
        return self

    def predict_examples(self, examples: list[SentenceExample]):
        return self.model_.predict_proba(examples)

    def annotate(self, sentences: list[dict], scores) -> None:
        labels = self.labels
        thresholds = self.cfg.get("thresholds", {})
        cut = numpy.array([thresholds.get(label, self.cfg["default_threshold"]) for label in labels])
        rounded = numpy.round(numpy.asarray(scores, dtype=float).reshape(-1, len(labels)), 4)
        for sentence, row, chosen in zip(sentences, rounded.tolist(), (rounded >= cut).tolist()):
            sentence["role_scores"] = dict(zip(labels, row))
            sentence["roles"] = [label for label, on in zip(labels, chosen) if on]
