"""The scikit-learn estimators: Platt scaling of role SVMs, classifier choice, models saved before it."""

import json
import pickle

import numpy
import pytest
from scipy.special import expit

from conftest import ROOT
from pipeline.errors import StanceError
from sklearn.svm import LinearSVC

from pipeline.estimators import RoleModel, ThreadedLinearSVC, platt
from tests.test_featurize import tiny_examples

LEXICONS = json.loads((ROOT / "configs" / "lexicons.json").read_text(encoding="utf-8"))
LABELS = ["causal_claim", "evidence", "harm_claim", "policy_ask"]


def role_truth(examples):
    return numpy.array([[label in e.roles for label in LABELS] for e in examples], dtype=int)


def test_platt_matches_the_observed_rate_at_each_margin():
    # at margin -1 one sentence in four has the role, at +1 three in four: the maximum-likelihood
    # sigmoid passes through 0.25 and 0.75, so slope ln 3 and intercept 0
    margins = numpy.array([-1.0] * 4 + [1.0] * 4)
    truth = numpy.array([1, 0, 0, 0, 1, 1, 1, 0])
    slope, intercept = platt(margins, truth)
    assert slope == pytest.approx(numpy.log(3), abs=1e-3)
    assert intercept == pytest.approx(0.0, abs=1e-3)


def test_platt_of_a_role_never_seen_is_the_plain_sigmoid():
    assert platt(numpy.array([-1.0, 0.5, 2.0]), numpy.array([0, 0, 0])) == (1.0, 0.0)


def test_svm_role_probabilities_are_the_sigmoid_of_the_margins():
    examples = tiny_examples()
    calibration = [(2.0, -0.5), (1.0, 0.0), (0.5, 0.25), (3.0, 1.0)]
    model = RoleModel(LEXICONS, LABELS, C=0.3, classifier="svm").fit(examples, role_truth(examples),
                                                                      calibration=calibration)
    margins = model.featurizer_.transform(examples) @ numpy.column_stack([m.coef_[0] for m in model.classifiers_])
    margins += [m.intercept_[0] for m in model.classifiers_]
    assert numpy.allclose(model.decision_function(examples), margins, atol=1e-6)
    expected = expit(margins * [a for a, _ in calibration] + [b for _, b in calibration])
    assert numpy.allclose(model.predict_proba(examples), expected, atol=1e-6)


def test_svm_roles_without_held_out_margins_are_calibrated_on_the_training_margins():
    examples = tiny_examples()
    truth = role_truth(examples)
    model = RoleModel(LEXICONS, LABELS, C=0.3, classifier="svm").fit(examples, truth)
    margins = model.decision_function(examples)
    assert model.calibration_ == [platt(margins[:, c], truth[:, c]) for c in range(len(LABELS))]


def test_an_unknown_role_classifier_is_refused_with_what_to_set():
    examples = tiny_examples()
    with pytest.raises(StanceError, match=r"classifier 'forest'.*'logistic' or 'svm'"):
        RoleModel(LEXICONS, LABELS, classifier="forest").fit(examples, role_truth(examples))


def test_a_role_model_pickled_before_the_classifier_option_still_predicts():
    examples = tiny_examples()
    model = RoleModel(LEXICONS, LABELS).fit(examples, role_truth(examples))
    expected = model.predict_proba(examples)
    state = model.__getstate__()
    del state["classifier"], state["calibration_"]  # what a 0.4.0 pipeline's model.joblib holds
    old = RoleModel.__new__(RoleModel)
    old.__setstate__(state)
    restored = pickle.loads(pickle.dumps(old))
    assert restored.classifier == "logistic"
    assert numpy.allclose(restored.predict_proba(examples), expected, atol=1e-12)


@pytest.mark.parametrize("classes, class_weight", [(3, "balanced"), (3, None), (4, {0: 2.0, 1: 1.0, 2: 0.5, 3: 1.0}), (2, "balanced")])
def test_threaded_svm_decides_as_liblinears_one_vs_rest(classes, class_weight):
    rng = numpy.random.default_rng(0)
    y = rng.integers(0, classes, 300)
    features = rng.normal(size=(300, 20)) + numpy.eye(classes, 20)[y] * 1.5
    settings = {"C": 0.5, "class_weight": class_weight, "tol": 1e-6, "max_iter": 20000, "random_state": 0}
    threaded = ThreadedLinearSVC(**settings).fit(features, y)
    plain = LinearSVC(**settings).fit(features, y)
    assert threaded.classes_.tolist() == plain.classes_.tolist()
    assert threaded.decision_function(features) == pytest.approx(plain.decision_function(features), abs=1e-3)
    assert threaded.predict(features).tolist() == plain.predict(features).tolist()
