"""The scikit-learn estimators behind the `stance` and `roles` components (sklearn conventions)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy
from joblib import Parallel, delayed, parallel_config
from scipy.special import expit
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.utils.class_weight import compute_class_weight
from threadpoolctl import threadpool_limits

from .errors import Errors, StanceError
from .examples import SentenceExample
from .featurize import LinearHeads, SentenceFeaturizer


# StanceModel's options that the `e2ee_stance` config and train.json's "stance" section carry
STANCE_OPTIONS = ("C", "max_iter", "calibration", "cv", "per_target", "class_weight", "context", "lexicon_features",
                  "word_ngrams", "char_ngrams", "char_analyzer", "weighting", "tokens", "hashtags", "char_norm")


# Solver tolerance for the SVMs and the role regressions: 5e-3 instead of scikit-learn's 1e-4. At 1e-3
# the SVM fitted a quarter faster than at 1e-4 (26,022 sentences: 16.3 s -> 12.1 s) with scores within
# 0.003; at 3e-3 a quarter faster again (train split: stance SVM 12.1 s -> 9.0 s, four role SVMs
# 15.6 s -> 11.2 s) with the same test-split F1 to four decimals, and 1e-2 moved a role's F1 by 0.0006. The SVMs' coordinate
# descent visits examples in a random order from a fixed seed; SVMs fitted side by side on threads draw
# from liblinear's one random generator in turn, so a retrained model's scores can differ from the last
# one's within the tolerance (about 1e-4).
TOLERANCE = 5e-3

# `max_iter` caps liblinear's passes over the data (scikit-learn's default: 1,000). The stance and role
# SVMs reach the tolerance after 75-125 passes over the whole corpus (42,956 sentences); capped at 50,
# training on the train and dev splits ran 96 s -> 81 s (30: 73 s) with the same test-split figures to
# three decimals (stance macro-F1 0.816, role micro-F1 0.780) and SemEval's unchanged: an early stop, not a failure
# (`train.train` silences liblinear's warning that it stopped there).


def _threads(tasks: int) -> int:
    """Threads for `tasks` independent liblinear fits: liblinear releases the GIL while it fits.

    Callers fit under `threadpool_limits(1)`: liblinear's many tiny BLAS calls run slower on several
    BLAS threads than on one (4 role fits: 15.3 s with BLAS threads, 7.8 s on two fitting threads).
    """
    return max(1, min(tasks, os.cpu_count() or 1))


class ThreadedLinearSVC(LinearSVC):
    """scikit-learn's `LinearSVC` whose one-vs-rest classes are fitted side by side on threads.

    liblinear fits a multi-class SVM as one binary SVM per class, one after another: the class
    against the rest, with C times the class's weight on its own examples and plain C on the rest.
    Each binary fit releases the GIL, so on threads they run in parallel (31,273 sentences, three
    stances: 10.2 s -> 6.3 s on two cores) and give the same decision values within the tolerance.
    """

    def fit(self, X, y, sample_weight=None):
        classes = numpy.unique(y)
        if len(classes) <= 2 or self.multi_class != "ovr" or sample_weight is not None:
            return super().fit(X, y, sample_weight)
        y = numpy.asarray(y)
        weights = (compute_class_weight(self.class_weight, classes=classes, y=y) if self.class_weight is not None
                   else numpy.ones(len(classes)))

        def one(k: int) -> LinearSVC:
            binary = LinearSVC(**{**self.get_params(), "class_weight": {1: weights[k], -1: 1.0}})
            return binary.fit(X, numpy.where(y == classes[k], 1, -1))

        with threadpool_limits(1, user_api="blas"), ThreadPoolExecutor(max_workers=len(classes)) as pool:
            fits = list(pool.map(one, range(len(classes))))
        self.classes_ = classes
        self.coef_ = numpy.vstack([fit.coef_ for fit in fits])
        self.intercept_ = numpy.concatenate([fit.intercept_ for fit in fits])
        self.n_iter_ = max(fit.n_iter_ for fit in fits)
        self.n_features_in_ = X.shape[1]
        return self


def _fit_role(features, target: numpy.ndarray, C: float, classifier: str, max_iter: int):
    if classifier == "svm":
        return LinearSVC(C=C, class_weight="balanced", tol=TOLERANCE, random_state=0, max_iter=max_iter).fit(
            features, target)
    return LogisticRegression(C=C, class_weight="balanced", max_iter=max(max_iter, 2000), solver="liblinear",
                              tol=TOLERANCE).fit(features, target)


def platt(decision: numpy.ndarray, truth: numpy.ndarray) -> tuple[float, float]:
    """(slope, intercept) of the sigmoid that maps an SVM's margins to probabilities (Platt scaling).

    Fitted, unweighted, on margins of sentences the SVM did not see (out-of-fold), so the
    probabilities follow how often a role really occurs at each margin.
    """
    if truth.min() == truth.max():
        return 1.0, 0.0  # nothing to separate: the raw margin through a plain sigmoid
    sigmoid = LogisticRegression(C=numpy.inf).fit(numpy.asarray(decision, dtype=float).reshape(-1, 1), truth)
    return float(sigmoid.coef_[0, 0]), float(sigmoid.intercept_[0])


class StanceModel:
    """Calibrated linear SVM over sentence features: `predict_proba` gives one probability per class.

    `calibration` is "sigmoid" or "isotonic" (scikit-learn's, fitted by `cv`-fold cross-validation),
    or "none": a softmax of the SVM's decision values, whose argmax is the SVM's own prediction.
    `lexicon_features` switches the cue-lexicon counts; the feature options go to `SentenceFeaturizer`.

    With `per_target`, data with several targets (SemEval's five) gets one model per target, the
    way stance toward different targets uses different words; otherwise the target is a feature.
    """

    def __init__(self, lexicons: dict, *, C: float = 0.5, max_iter: int = 1000, calibration: str = "sigmoid",
                 cv: int = 5, neighbours: bool = True, context: bool = True, per_target: bool = False,
                 class_weight: str | None = "balanced", lexicon_features: bool = True,
                 word_ngrams=(1, 2), char_ngrams=(2, 5), char_analyzer: str = "char_wb",
                 weighting: str = "tfidf", tokens: str = "words", hashtags: str = "keep", char_norm: str = "chunks"):
        self.lexicons = lexicons
        self.C = C
        self.max_iter = max_iter
        self.calibration = calibration
        self.cv = cv
        self.neighbours = neighbours
        self.context = context
        self.per_target = per_target
        self.class_weight = class_weight
        self.lexicon_features = lexicon_features
        self.features = {"word_ngrams": word_ngrams, "char_ngrams": char_ngrams, "char_analyzer": char_analyzer,
                         "weighting": weighting, "tokens": tokens, "hashtags": hashtags, "char_norm": char_norm}

    def featurizer(self) -> SentenceFeaturizer:
        """An unfitted featurizer with this model's feature options."""
        # the cue lexicons are written for E2EE; other data (tweets) can leave them out
        lexicons = self.lexicons if self.lexicon_features else {}
        return SentenceFeaturizer(lexicons, neighbours=self.neighbours, context=self.context, **self.features)

    def _fit_one(self, examples, y, featurizer: SentenceFeaturizer | None = None, features=None):
        if featurizer is None:
            featurizer = self.featurizer().fit(examples)
        if features is None:
            features = featurizer.transform(examples)
        svm = ThreadedLinearSVC(C=self.C, class_weight=self.class_weight, tol=TOLERANCE, random_state=0,
                                max_iter=getattr(self, "max_iter", 1000))  # models pickled before the option
        counts = numpy.unique(y, return_counts=True)[1]
        if self.calibration == "none" or counts.min() < 2 or len(counts) < 2:
            # the SVM's own decision values as softmax scores: also the fallback when a class has a
            # single example, too few to calibrate on
            if len(counts) < 2:
                raise StanceError(Errors.E055.format(what="two or more stance", paths="the training data"))
            return featurizer, _Softmax(svm.fit(features, y))
        folds = max(2, min(self.cv, int(counts.min())))
        with parallel_config(backend="threading"), threadpool_limits(1, user_api="blas"):
            calibrated = CalibratedClassifierCV(svm, method=self.calibration, cv=folds, n_jobs=_threads(folds))
            return featurizer, calibrated.fit(features, y)

    def fit(self, examples: list[SentenceExample], y: list[str], featurizer: SentenceFeaturizer | None = None,
            features=None):
        """Fit the global model (and one per target with `per_target`); returns self.

        `featurizer`: an already fitted one (with `featurizer()`'s options) for the global model,
        shared with the role model so that a pipeline featurises each batch once; `features`: its
        `transform(examples)`, when the caller has it already (training shares one matrix).
        """
        y = numpy.asarray(y)
        self.classes_ = sorted(set(y))
        targets = sorted({e.target for e in examples})
        self.models_ = {}
        if self.per_target and len(targets) > 1:
            for target in targets:
                index = [i for i, e in enumerate(examples) if e.target == target]
                if len(set(y[index])) > 1:
                    self.models_[target] = self._fit_one([examples[i] for i in index], y[index])
        self.models_[None] = self._fit_one(examples, y, featurizer, features)  # the fallback for unseen targets
        return self

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_heads", None)  # derived from the classifiers, rebuilt on first use
        return state

    def _scores(self, key, examples) -> numpy.ndarray:
        featurizer, classifier = self.models_[key]
        scores = numpy.zeros((len(examples), len(self.classes_)))
        columns = [self.classes_.index(label) for label in classifier.classes_]
        if not hasattr(self, "_heads"):
            self._heads = {}
        if key not in self._heads:
            self._heads[key] = _linear_heads(classifier)
        if self._heads[key] is None:  # a classifier this module cannot score linearly
            scores[:, columns] = classifier.predict_proba(featurizer.transform(examples))
        else:
            heads, link = self._heads[key]
            scores[:, columns] = link(featurizer.decision(examples, heads))
        return scores

    def predict_proba(self, examples: list[SentenceExample], features=None) -> numpy.ndarray:
        """Each example scored by its target's own model, or by the global one for other targets.

        `features`: the global model's featurizer's `transform(examples)`, when the caller has it
        (training's held-out folds); used only when there is no model per target.
        """
        if features is not None and list(self.models_) == [None]:
            _, classifier = self.models_[None]
            result = numpy.zeros((len(examples), len(self.classes_)))
            result[:, [self.classes_.index(label) for label in classifier.classes_]] = classifier.predict_proba(
                features)
            return result
        result = numpy.zeros((len(examples), len(self.classes_)))
        for key in self.models_:
            if key is None:
                index = [i for i, e in enumerate(examples) if e.target not in self.models_]
            else:
                index = [i for i, e in enumerate(examples) if e.target == key]
            if len(index) == len(examples):
                result = self._scores(key, examples)  # the same list: its features may be memoised
            elif index:
                result[index] = self._scores(key, [examples[i] for i in index])
        return result


def _linear_heads(classifier):
    """(LinearHeads, link from decision values to probabilities) of a fitted stance classifier.

    For a `CalibratedClassifierCV` over linear SVMs this does what its `predict_proba` does: each
    fold's SVM and calibrators, probabilities normalised per fold, then averaged over folds.
    """
    if isinstance(classifier, _Softmax):
        svm = classifier.svm
        return LinearHeads(svm.coef_, svm.intercept_), lambda decision: _softmax(
            _two_columns(decision) if len(svm.classes_) == 2 else decision)
    pairs = getattr(classifier, "calibrated_classifiers_", None)
    if not pairs or any(getattr(pair, "method", None) not in ("sigmoid", "isotonic") for pair in pairs):
        return None
    classes = list(classifier.classes_)
    heads = LinearHeads(numpy.vstack([p.estimator.coef_ for p in pairs]),
                        numpy.concatenate([p.estimator.intercept_ for p in pairs]))
    widths = [len(p.estimator.intercept_) for p in pairs]

    def link(decision: numpy.ndarray) -> numpy.ndarray:
        total = numpy.zeros((len(decision), len(classes)))
        for pair, values in zip(pairs, numpy.split(decision, numpy.cumsum(widths)[:-1], axis=1)):
            proba = numpy.zeros_like(total)
            if len(classes) == 2:
                proba[:, 1] = pair.calibrators[0].predict(values[:, 0])
                proba[:, 0] = 1.0 - proba[:, 1]
            else:
                for label, column, calibrator in zip(pair.estimator.classes_, values.T, pair.calibrators):
                    proba[:, classes.index(label)] = calibrator.predict(column)
                denominator = proba.sum(axis=1, keepdims=True)
                proba = numpy.divide(proba, denominator, out=numpy.full_like(proba, 1 / len(classes)),
                                     where=denominator != 0)
            proba[(1.0 < proba) & (proba <= 1.0 + 1e-5)] = 1.0
            total += proba
        return total / len(pairs)

    return heads, link


def _two_columns(decision: numpy.ndarray) -> numpy.ndarray:
    """A two-class SVM's single margin (for classes_[1]) as two softmax inputs."""
    return numpy.column_stack([-decision[:, 0], decision[:, 0]]) / 2


def _softmax(decision: numpy.ndarray) -> numpy.ndarray:
    exp = numpy.exp(decision - decision.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


class _Softmax:
    """A fitted LinearSVC scored by a softmax of its decision values (no calibration data needed)."""

    def __init__(self, svm: LinearSVC):
        self.svm = svm
        self.classes_ = svm.classes_

    def predict_proba(self, features) -> numpy.ndarray:
        decision = self.svm.decision_function(features)
        return _softmax(_two_columns(decision[:, None]) if decision.ndim == 1 else decision)


class RoleModel:
    """One balanced linear classifier per role over shared sentence features (multi-label).

    `classifier`: "logistic" (liblinear logistic regressions, whose outputs are the probabilities)
    or "svm" (linear SVMs, three times faster to fit, whose margins become probabilities through
    a sigmoid per role: `calibration` at fit time, else fitted on the training margins).
    """

    def __init__(self, lexicons: dict, labels: list[str], *, C: float = 64.0, max_iter: int = 1000,
                 neighbours: bool = True, context: bool = True, char_ngrams=(2, 5), classifier: str = "logistic"):
        self.lexicons = lexicons
        self.labels = labels
        self.C = C
        self.max_iter = max_iter
        self.neighbours = neighbours
        self.context = context
        self.char_ngrams = tuple(char_ngrams)
        self.classifier = classifier

    def featurizer(self) -> SentenceFeaturizer:
        """An unfitted featurizer with this model's feature options."""
        return SentenceFeaturizer(self.lexicons, neighbours=self.neighbours, context=self.context,
                                  char_ngrams=self.char_ngrams)

    def fit(self, examples: list[SentenceExample], y: numpy.ndarray, featurizer: SentenceFeaturizer | None = None,
            calibration: list[tuple[float, float]] | None = None, features=None):
        """`y` has one 0/1 column per label of `labels`; `featurizer`: an already fitted one to share,
        `features`: its `transform(examples)` when the caller has it already; `calibration`: with
        "svm", one (slope, intercept) per label fitted on held-out margins."""
        if self.classifier not in ("logistic", "svm"):
            raise StanceError(Errors.E074.format(value=self.classifier))
        self.featurizer_ = featurizer if featurizer is not None else self.featurizer().fit(examples)
        if features is None:
            features = self.featurizer_.transform(examples)
        self.labels_ = list(self.labels)
        # a role never (or always) present is a constant; the others are fitted side by side
        constant = [y[:, c].min() == y[:, c].max() for c in range(y.shape[1])]
        with threadpool_limits(1, user_api="blas"):
            fitted = iter(Parallel(n_jobs=_threads(constant.count(False)), prefer="threads")(
                delayed(_fit_role)(features, y[:, c], self.C, self.classifier, self.max_iter)
                for c in range(y.shape[1]) if not constant[c]))
        self.classifiers_ = [float(y[:, c].max()) if constant[c] else next(fitted) for c in range(y.shape[1])]
        self.calibration_ = [(1.0, 0.0)] * y.shape[1]
        if self.classifier == "svm":
            if calibration is None:
                margins = self._margins(examples)
                calibration = [platt(margins[:, c], y[:, c]) for c in range(y.shape[1])]
            self.calibration_ = [tuple(map(float, pair)) for pair in calibration]
            self.__dict__.pop("_heads", None)
        return self

    def _linear_heads(self, calibrated: bool) -> LinearHeads:
        fitted = [(m, pair) for m, pair in zip(self.classifiers_, self.calibration_) if not isinstance(m, float)]
        if not fitted:
            return LinearHeads(numpy.zeros((0, self.featurizer_.n_features_)), numpy.zeros(0))
        # a sigmoid over slope * margin + intercept is a sigmoid over a rescaled linear model
        slopes = numpy.array([pair[0] if calibrated else 1.0 for _, pair in fitted])
        shifts = numpy.array([pair[1] if calibrated else 0.0 for _, pair in fitted])
        return LinearHeads(numpy.vstack([m.coef_ for m, _ in fitted]) * slopes[:, None],
                           numpy.concatenate([m.intercept_ for m, _ in fitted]) * slopes + shifts)

    def _margins(self, examples: list[SentenceExample], features=None) -> numpy.ndarray:
        """Uncalibrated decision values, one column per role (constant roles: 0); `features`: the
        featurizer's `transform(examples)`, when the caller has it."""
        heads = self._linear_heads(calibrated=False)
        values = (self.featurizer_.decision(examples, heads) if features is None
                  else features @ heads.weights + heads.intercept)
        columns, fitted = [], 0
        for model in self.classifiers_:
            if isinstance(model, float):
                columns.append(numpy.zeros(len(examples)))
            else:
                columns.append(values[:, fitted])
                fitted += 1
        return numpy.column_stack(columns) if columns else numpy.zeros((len(examples), 0))

    def decision_function(self, examples: list[SentenceExample], features=None) -> numpy.ndarray:
        """The classifiers' margins before calibration (what `platt` is fitted on); `features`: the
        featurizer's `transform(examples)`, when the caller has it (training's held-out folds)."""
        if not examples:
            return numpy.zeros((0, len(self.labels_)))
        return self._margins(examples, features)

    def predict_proba(self, examples: list[SentenceExample], features=None) -> numpy.ndarray:
        """One probability per role and example; `features`: the featurizer's `transform(examples)`,
        when the caller has it (training's held-out folds)."""
        if not examples:
            return numpy.zeros((0, len(self.labels_)))
        if not hasattr(self, "_heads"):
            self._heads = self._linear_heads(calibrated=True)
        probabilities = expit(self.featurizer_.decision(examples, self._heads) if features is None
                              else features @ self._heads.weights + self._heads.intercept)
        columns, fitted = [], 0
        for model in self.classifiers_:
            if isinstance(model, float):  # a role never (or always) seen in training
                columns.append(numpy.full(len(examples), model))
            else:
                columns.append(probabilities[:, fitted])
                fitted += 1
        return numpy.column_stack(columns)

    def __setstate__(self, state):
        state.setdefault("calibration_", [(1.0, 0.0)] * len(state.get("classifiers_", [])))  # saved before "svm"
        state.setdefault("classifier", "logistic")
        state.setdefault("max_iter", 1000)
        self.__dict__.update(state)

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_heads", None)  # derived from the classifiers, rebuilt on first use
        return state
