"""The scikit-learn estimators behind the `stance` and `roles` components (sklearn conventions)."""

from __future__ import annotations

import numpy
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from .errors import Errors, StanceError
from .examples import SentenceExample
from .featurize import SentenceFeaturizer


# StanceModel's options that the `e2ee_stance` config and train.json's "stance" section carry
STANCE_OPTIONS = ("C", "calibration", "cv", "per_target", "class_weight", "context", "lexicon_features",
                  "word_ngrams", "char_ngrams", "char_analyzer", "weighting", "tokens", "hashtags")


class StanceModel:
    """Calibrated linear SVM over sentence features: `predict_proba` gives one probability per class.

    `calibration` is "sigmoid" or "isotonic" (scikit-learn's, fitted by `cv`-fold cross-validation),
    or "none": a softmax of the SVM's decision values, whose argmax is the SVM's own prediction.
    `lexicon_features` switches the cue-lexicon counts; the feature options go to `SentenceFeaturizer`.

    With `per_target`, data with several targets (SemEval's five) gets one model per target, the
    way stance toward different targets uses different words; otherwise the target is a feature.
    """

    def __init__(self, lexicons: dict, *, C: float = 0.3, calibration: str = "sigmoid", cv: int = 3,
                 neighbours: bool = True, context: bool = True, per_target: bool = False,
                 class_weight: str | None = "balanced", lexicon_features: bool = True,
                 word_ngrams=(1, 2), char_ngrams=(2, 5), char_analyzer: str = "char_wb",
                 weighting: str = "tfidf", tokens: str = "words", hashtags: str = "keep"):
        self.lexicons = lexicons
        self.C = C
        self.calibration = calibration
        self.cv = cv
        self.neighbours = neighbours
        self.context = context
        self.per_target = per_target
        self.class_weight = class_weight
        self.lexicon_features = lexicon_features
        self.features = {"word_ngrams": word_ngrams, "char_ngrams": char_ngrams, "char_analyzer": char_analyzer,
                         "weighting": weighting, "tokens": tokens, "hashtags": hashtags}

    def _fit_one(self, examples, y):
        # the cue lexicons are written for E2EE; other data (tweets) can leave them out
        lexicons = self.lexicons if self.lexicon_features else {}
        featurizer = SentenceFeaturizer(lexicons, neighbours=self.neighbours, context=self.context, **self.features)
        features = featurizer.fit_transform(examples)
        svm = LinearSVC(C=self.C, class_weight=self.class_weight)
        counts = numpy.unique(y, return_counts=True)[1]
        if self.calibration == "none" or counts.min() < 2 or len(counts) < 2:
            # the SVM's own decision values as softmax scores: also the fallback when a class has a
            # single example, too few to calibrate on
            if len(counts) < 2:
                raise StanceError(Errors.E055.format(what="two or more stance", paths="the training data"))
            return featurizer, _Softmax(svm.fit(features, y))
        folds = max(2, min(self.cv, int(counts.min())))
        return featurizer, CalibratedClassifierCV(svm, method=self.calibration, cv=folds).fit(features, y)

    def fit(self, examples: list[SentenceExample], y: list[str]):
        """Fit the global model (and one per target with `per_target`); returns self."""
        y = numpy.asarray(y)
        self.classes_ = sorted(set(y))
        targets = sorted({e.target for e in examples})
        self.models_ = {}
        if self.per_target and len(targets) > 1:
            for target in targets:
                index = [i for i, e in enumerate(examples) if e.target == target]
                if len(set(y[index])) > 1:
                    self.models_[target] = self._fit_one([examples[i] for i in index], y[index])
        self.models_[None] = self._fit_one(examples, y)  # the fallback for unseen targets
        return self

    def _scores(self, key, examples, index) -> numpy.ndarray:
        featurizer, classifier = self.models_[key]
        scores = numpy.zeros((len(index), len(self.classes_)))
        columns = [self.classes_.index(label) for label in classifier.classes_]
        scores[:, columns] = classifier.predict_proba(featurizer.transform([examples[i] for i in index]))
        return scores

    def predict_proba(self, examples: list[SentenceExample]) -> numpy.ndarray:
        """Each example scored by its target's own model, or by the global one for other targets."""
        result = numpy.zeros((len(examples), len(self.classes_)))
        for key in self.models_:
            if key is None:
                index = [i for i, e in enumerate(examples) if e.target not in self.models_]
            else:
                index = [i for i, e in enumerate(examples) if e.target == key]
            if index:
                result[index] = self._scores(key, examples, index)
        return result


class _Softmax:
    """A fitted LinearSVC scored by a softmax of its decision values (no calibration data needed)."""

    def __init__(self, svm: LinearSVC):
        self.svm = svm
        self.classes_ = svm.classes_

    def predict_proba(self, features) -> numpy.ndarray:
        decision = self.svm.decision_function(features)
        if decision.ndim == 1:  # two classes: one signed margin for classes_[1]
            decision = numpy.column_stack([-decision, decision]) / 2
        exp = numpy.exp(decision - decision.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)


class RoleModel:
    """One balanced logistic regression per role over shared sentence features (multi-label)."""

    def __init__(self, lexicons: dict, labels: list[str], *, C: float = 2.0, neighbours: bool = True,
                 context: bool = True):
        self.lexicons = lexicons
        self.labels = labels
        self.C = C
        self.neighbours = neighbours
        self.context = context

    def fit(self, examples: list[SentenceExample], y: numpy.ndarray):
        """`y` has one 0/1 column per label of `labels`."""
        self.featurizer_ = SentenceFeaturizer(self.lexicons, neighbours=self.neighbours, context=self.context)
        features = self.featurizer_.fit_transform(examples)
        self.labels_ = list(self.labels)
        self.classifiers_ = []
        for column in range(y.shape[1]):
            target = y[:, column]
            if target.min() == target.max():  # a role never (or always) present: a constant
                self.classifiers_.append(float(target.max()))
                continue
            model = LogisticRegression(C=self.C, class_weight="balanced", max_iter=2000, solver="liblinear")
            self.classifiers_.append(model.fit(features, target))
        return self

    def predict_proba(self, examples: list[SentenceExample]) -> numpy.ndarray:
        """One probability per role and example."""
        if not examples:
            return numpy.zeros((0, len(self.labels_)))
        features = self.featurizer_.transform(examples)
        columns = [
            numpy.full(features.shape[0], model) if isinstance(model, float) else model.predict_proba(features)[:, 1]
            for model in self.classifiers_
        ]
        return numpy.column_stack(columns)
