"""The scikit-learn estimators behind the `stance` and `roles` components (sklearn conventions)."""

from __future__ import annotations

import numpy
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from .examples import SentenceExample
from .featurize import SentenceFeaturizer


class StanceModel:
    """Calibrated linear SVM over sentence features: `predict_proba` gives one probability per class."""

    def __init__(self, lexicons: dict, *, C: float = 0.3, calibration: str = "sigmoid", cv: int = 3,
                 neighbours: bool = True, context: bool = True):
        self.lexicons = lexicons
        self.C = C
        self.calibration = calibration
        self.cv = cv
        self.neighbours = neighbours
        self.context = context

    def fit(self, examples: list[SentenceExample], y: list[str]):
        self.featurizer_ = SentenceFeaturizer(self.lexicons, neighbours=self.neighbours, context=self.context)
        features = self.featurizer_.fit_transform(examples)
        counts = numpy.unique(y, return_counts=True)[1]
        folds = max(2, min(self.cv, int(counts.min())))
        svm = LinearSVC(C=self.C, class_weight="balanced")
        self.classifier_ = CalibratedClassifierCV(svm, method=self.calibration, cv=folds).fit(features, y)
        self.classes_ = list(self.classifier_.classes_)
        return self

    def predict_proba(self, examples: list[SentenceExample]) -> numpy.ndarray:
        if not examples:
            return numpy.zeros((0, len(self.classes_)))
        return self.classifier_.predict_proba(self.featurizer_.transform(examples))


class RoleModel:
    """One balanced logistic regression per role over shared sentence features (multi-label)."""

    def __init__(self, lexicons: dict, *, C: float = 2.0, neighbours: bool = True, context: bool = True):
        self.lexicons = lexicons
        self.C = C
        self.neighbours = neighbours
        self.context = context

    def fit(self, examples: list[SentenceExample], y: numpy.ndarray, labels: list[str]):
        self.featurizer_ = SentenceFeaturizer(self.lexicons, neighbours=self.neighbours, context=self.context)
        features = self.featurizer_.fit_transform(examples)
        self.labels_ = list(labels)
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
        if not examples:
            return numpy.zeros((0, len(self.labels_)))
        features = self.featurizer_.transform(examples)
        columns = [
            numpy.full(features.shape[0], model) if isinstance(model, float) else model.predict_proba(features)[:, 1]
            for model in self.classifiers_
        ]
        return numpy.column_stack(columns)
