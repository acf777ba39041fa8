"""`stance train` / `stance evaluate`: label sets from the data, model card, exact figures on known cases."""

import json

import numpy
import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED_GOLD, write_tiny_csv
from pipeline.cli import main
from pipeline.evaluate import evaluate
from pipeline.nlp import load_pipeline
from pipeline.train import train


def test_a_new_role_in_the_csv_is_learned_and_predicted(tmp_path):
    data = write_tiny_csv(tmp_path / "roles.csv", extra_role="privacy_claim")
    card = train([data], tmp_path / "model")
    assert card["labels"]["roles"]["privacy_claim"] == 8
    nlp = load_pipeline(tmp_path / "model")
    assert "privacy_claim" in nlp.get_pipe("e2ee_roles").labels
    doc = nlp("Strong encryption protects everyone's private conversations.")
    assert set(doc._.sentences[0]["role_scores"]) == {
        "causal_claim", "evidence", "harm_claim", "policy_ask", "privacy_claim"
    }
    assert "privacy_claim" in doc._.sentences[0]["roles"]


def test_training_writes_a_model_card_and_meta(tiny_model):
    card = (tiny_model / "MODEL_CARD.md").read_text(encoding="utf-8")
    meta = json.loads((tiny_model / "meta.json").read_text(encoding="utf-8"))["e2ee_stance"]
    assert "## Cross-validated metrics" in card and "tiny.csv" in card
    assert meta["labels"]["stance"] == {"against": 8, "favor": 8, "neutral": 8}
    assert len(meta["data"][0]["sha256"]) == 64
    assert set(meta["versions"]) >= {"scikit-learn", "spacy", "numpy"}
    assert meta["training_seconds"] > 0


def test_evaluate_on_the_training_rows_of_an_overfit_model_is_perfect(tiny_model, tmp_path):
    result = evaluate(tiny_model, [write_tiny_csv(tmp_path / "same.csv")])
    assert result["stance_macro_f1"] == 1.0
    assert result["stance_f_avg"] == 1.0
    assert result["stance"]["confusion"]["favor"] == {"favor": 8}
    assert (result["doc_stance_accuracy"], result["segment_micro_f1"], result["speaker_accuracy"]) == (None, None, None)


def test_evaluate_on_the_seed_scores_segments_and_speakers_exactly(tiny_model):
    result = evaluate(tiny_model, [SEED_GOLD])
    assert result["segment_micro_f1"] == 1.0
    assert result["speaker_accuracy"] == 1.0
    assert result["stance"]["n"] == 30
    assert result["documents"]["n"] == 1 and set(result["documents"]["confusion"]) == {"against"}
    assert set(result) >= {"stance_macro_f1", "stance_f_avg", "role_micro_f1", "role_macro_f1",
                           "doc_stance_accuracy", "segment_micro_f1", "speaker_accuracy"}


def test_cli_train_then_evaluate_json(tmp_path):
    data = write_tiny_csv(tmp_path / "t.csv")
    runner = CliRunner()
    trained = runner.invoke(main, ["train", str(data), "--out", str(tmp_path / "m")])
    assert trained.exit_code == 0, trained.output
    assert "trained on 24 sentences" in trained.output
    scored = runner.invoke(main, ["evaluate", "--model", str(tmp_path / "m"), str(data), "--json"])
    assert scored.exit_code == 0
    assert json.loads(scored.output)["stance_macro_f1"] == 1.0


def test_cli_evaluate_refuses_a_path_that_is_not_a_pipeline(tmp_path):
    data = write_tiny_csv(tmp_path / "t.csv")
    result = CliRunner().invoke(main, ["evaluate", "--model", str(tmp_path), str(data)])
    assert result.exit_code == 2
    assert "not a pipeline directory" in result.output


def test_training_refuses_to_replace_a_folder_that_is_not_a_pipeline(tmp_path):
    from pipeline.errors import StanceError

    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "notes.txt").write_text("keep me", encoding="utf-8")
    import pytest

    with pytest.raises(StanceError, match="not a pipeline directory"):
        train([write_tiny_csv(tmp_path / "t.csv")], tmp_path / "notes")
    assert (tmp_path / "notes" / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_training_copes_with_a_stance_seen_once(tmp_path):
    path = tmp_path / "uneven.csv"
    rows = ["text,label"] + [f"Encryption keeps case {i} safe.,favor" for i in range(6)]
    rows += [f"Police cannot see case {i}.,against" for i in range(6)] + ["The meeting is on Monday.,neutral"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    card = train([path], tmp_path / "m")
    assert card["labels"]["stance"] == {"against": 6, "favor": 6, "neutral": 1}
    assert load_pipeline(tmp_path / "m").get_pipe("e2ee_stance").labels == ("against", "favor", "neutral")


def test_the_context_stage_is_trained_by_default_and_switched_off_by_a_null_section(tiny_model, tmp_path):
    from pipeline.stance_context import StanceContext

    stance = load_pipeline(tiny_model).get_pipe("e2ee_stance")
    assert isinstance(stance.model_["context"], StanceContext)
    config = tmp_path / "no-context.json"
    config.write_text(json.dumps({"stacking": None}), encoding="utf-8")
    card = train([write_tiny_csv(tmp_path / "tiny.csv")], tmp_path / "plain", config_path=config)
    assert card["hyperparameters"]["stacking"] is None
    assert load_pipeline(tmp_path / "plain").get_pipe("e2ee_stance").model_["context"] is None


def test_role_character_ngrams_can_be_switched_off(tmp_path):
    config = tmp_path / "words-only.json"
    config.write_text(json.dumps({"roles": {"char_ngrams": [0, 0]}}), encoding="utf-8")
    train([write_tiny_csv(tmp_path / "tiny.csv")], tmp_path / "model", config_path=config)
    roles = load_pipeline(tmp_path / "model").get_pipe("e2ee_roles")
    assert roles.cfg["char_ngrams"] == [0, 0]
    assert roles.model_.featurizer_.chars_ is None


def test_max_iter_caps_both_models_svms_and_their_early_stop_is_not_warned_about(tmp_path):
    import warnings

    from sklearn.exceptions import ConvergenceWarning

    config = tmp_path / "capped.json"
    config.write_text(json.dumps({"stance": {"max_iter": 1}, "roles": {"max_iter": 1}}), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        filters = list(warnings.filters)
        train([write_tiny_csv(tmp_path / "tiny.csv")], tmp_path / "model", config_path=config)
        assert warnings.filters == filters  # the filter is gone once training returns
    assert not [w for w in caught if issubclass(w.category, ConvergenceWarning)]
    nlp = load_pipeline(tmp_path / "model")
    roles, stance = nlp.get_pipe("e2ee_roles"), nlp.get_pipe("e2ee_stance")
    assert roles.cfg["max_iter"] == 1 and stance.cfg["max_iter"] == 1
    assert {svm.max_iter for svm in roles.model_.classifiers_ if not isinstance(svm, float)} == {1}
    assert stance.model_["sentence"].models_[None][1].svm.max_iter == 1


@pytest.mark.parametrize("model", ["stance", "roles", "logistic roles"])
def test_fold_matrices_give_the_same_held_out_scores_as_featurising_each_fold_for_each_model(tmp_path, model,
                                                                                             monkeypatch):
    import pipeline.estimators
    import pipeline.train
    from pipeline.estimators import RoleModel, StanceModel
    from pipeline.train import fold_features, load_train_config, out_of_fold
    from pipeline.training_data import read_training_files

    # one fit at a time: SVMs fitted side by side on threads draw from liblinear's one random generator in
    # turn, so the two runs below would differ by more than the tolerance in about half the runs
    monkeypatch.setattr(pipeline.train.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(pipeline.estimators, "_threads", lambda tasks: 1)

    config = {**load_train_config(), "cv_folds": 2}
    lines = (ROOT / "corpora" / "labelled" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:4]
    (tmp_path / "four.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = read_training_files([tmp_path / "four.jsonl"])
    lexicons = json.loads((ROOT / "configs" / "lexicons.json").read_text(encoding="utf-8"))
    folds, (full, matrix) = fold_features(data, lexicons, config)
    examples = [e for e in data.examples if e.stance]
    assert len(folds) == 2 and matrix.shape == (len(examples), full.n_features_)
    assert all(features.shape == (len(examples), featurizer.n_features_) for featurizer, features in folds)
    if model == "stance":
        y = numpy.array([e.stance for e in examples])
        labels, method, stratify, columns = sorted(set(y)), "predict_proba", y, sorted(set(y))

        def make():
            return StanceModel(lexicons, **{**config["stance"], "calibration": "none"})
    else:
        labels = sorted({role for e in examples for role in e.roles})
        y = numpy.array([[role in e.roles for role in labels] for e in examples], dtype=int)
        classifier = "logistic" if model == "logistic roles" else "svm"
        method = "predict_proba" if classifier == "logistic" else "decision_function"
        stratify, columns = y.argmax(axis=1), None

        def make():
            return RoleModel(lexicons, labels, C=0.3, classifier=classifier)
    shared = out_of_fold(make, examples, y, 2, stratify, columns=columns, method=method, fold_features=folds)
    own = out_of_fold(make, examples, y, 2, stratify, columns=columns, method=method)
    # equal up to the SVMs' tolerance: binary fits side by side on threads share liblinear's random generator
    assert shared.shape == own.shape and numpy.allclose(shared, own, atol=1e-3)


def test_sentences_without_documents_get_no_fold_features(tmp_path):
    from pipeline.train import fold_features, load_train_config
    from pipeline.training_data import read_training_files

    data = read_training_files([write_tiny_csv(tmp_path / "tiny.csv")])
    lexicons = json.loads((ROOT / "configs" / "lexicons.json").read_text(encoding="utf-8"))
    assert fold_features(data, lexicons, load_train_config()) == (None, (None, None))


@pytest.mark.parametrize("component, what", [("e2ee_stance", "stance"), ("e2ee_roles", "role")])
@pytest.mark.parametrize("labelled, rows", [(1, 2), (2, 3)])
def test_a_feature_matrix_that_does_not_match_the_examples_row_for_row_is_refused(tiny_model, component, what,
                                                                                  labelled, rows):
    from pipeline.errors import StanceError
    from pipeline.examples import SentenceExample

    examples = [SentenceExample(text="Encryption keeps us safe.", stance="favor", roles=["harm_claim"])]
    examples.append(SentenceExample(text="Hello.", stance="neutral", roles=[]) if labelled == 2
                    else SentenceExample(text="Hello."))
    pipe = load_pipeline(tiny_model).get_pipe(component)
    with pytest.raises(StanceError, match=f"{rows} rows was given for 2 examples, {labelled} of them with {what}"):
        pipe.fit(examples, features=numpy.zeros((rows, 3)))


def test_evaluate_leaves_out_and_names_a_document_the_pipeline_cannot_process(tiny_model, tmp_path, monkeypatch):
    import pipeline.evaluate as evaluation

    with open(SEED_GOLD, encoding="utf-8") as lines:
        seed = json.loads(lines.readline())
    data = tmp_path / "two.jsonl"
    data.write_text(json.dumps(seed) + "\n" + json.dumps(dict(seed, id="broken")) + "\n", encoding="utf-8")
    predict = evaluation._predict_document

    def failing(nlp, gold):
        if gold["id"] == "broken":
            raise AttributeError("'NoneType' object has no attribute 'end'")
        return predict(nlp, gold)

    monkeypatch.setattr(evaluation, "_predict_document", failing)
    result = evaluate(tiny_model, [data])
    assert result["failed_documents"] == [
        f"{data}: document 'broken' could not be processed (AttributeError: 'NoneType' object has no attribute "
        "'end'); it is left out of every figure, please report it."]
    assert (result["segment_micro_f1"], result["speaker_accuracy"], result["stance"]["n"]) == (1.0, 1.0, 30)
    outcome = CliRunner().invoke(main, ["evaluate", "--model", str(tiny_model), str(data), "--json"])
    assert outcome.exit_code == 1
    assert "document 'broken' could not be processed" in outcome.output
