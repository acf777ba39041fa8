"""The trainable components: overfit, save, load with spacy.load, same predictions; integrity checks."""

import json
import shutil

import pytest
import spacy

from pipeline.errors import StanceError
from pipeline.nlp import load_pipeline

STATEMENT = (
    "Police warn over encryption\n\n"
    "Jane Roe, Chief Constable, said:\n\n"
    "\u201cEncrypted chats create a safe haven for predators. We urge the company to pause its encryption rollout.\u201d\n\n"
    "The consultation closes in March."
)


def predictions(nlp):
    doc = nlp(STATEMENT)
    return doc._.sentences, doc._.stance


def test_trained_pipeline_has_both_models_after_the_rules(tiny_model):
    nlp = spacy.load(tiny_model)
    assert nlp.pipe_names == ["statement_segmenter", "statement_sentencizer", "e2ee_roles", "e2ee_stance"]


def test_overfit_model_labels_its_training_sentences(tiny_model):
    nlp = spacy.load(tiny_model)
    sentences, _ = predictions(nlp)
    labelled = {STATEMENT[s["start"] : s["end"]]: s for s in sentences}
    haven = labelled["Encrypted chats create a safe haven for predators."]
    assert haven["stance"] == "against"
    assert "harm_claim" in haven["roles"]
    assert set(haven["stance_scores"]) == {"favor", "against", "neutral"}
    assert abs(sum(haven["stance_scores"].values()) - 1.0) < 0.01
    assert "policy_ask" in labelled["We urge the company to pause its encryption rollout."]["roles"]


def test_round_trip_through_disk_gives_identical_predictions(tiny_model, tmp_path):
    nlp = spacy.load(tiny_model)
    nlp.to_disk(tmp_path / "again")
    assert predictions(spacy.load(tmp_path / "again")) == predictions(nlp)


def test_document_roll_up_has_label_score_counts_and_confidence(tiny_model):
    _, stance = predictions(spacy.load(tiny_model))
    assert stance["stance"] in {"favor", "against", "mixed", "neutral"}
    assert -1.0 <= stance["score"] <= 1.0
    assert sum(stance["counts"].values()) == 5  # headline, lead, two quoted sentences, body
    assert 0.0 <= stance["confidence"] <= 1.0 and isinstance(stance["low_confidence"], bool)


def test_altered_model_file_refuses_to_load(tiny_model, tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(tiny_model, copy)
    with open(copy / "e2ee_stance" / "model.joblib", "ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(StanceError, match="checksum mismatch"):
        spacy.load(copy)


def test_recorded_major_version_difference_refuses_to_load(tiny_model, tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(tiny_model, copy)
    cfg_path = copy / "e2ee_roles" / "cfg.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["model_file"]["versions"]["scikit-learn"] = "0.24.2"
    cfg_path.write_text(json.dumps(cfg))
    with pytest.raises(StanceError, match="scikit-learn 0.24.2"):
        spacy.load(copy)


def test_model_is_only_loaded_from_a_directory_the_user_named(tmp_path):
    with pytest.raises(StanceError, match="not a pipeline directory"):
        load_pipeline(tmp_path / "en_core_web_sm")


def test_shipped_model_carries_the_current_rule_files():
    from conftest import ROOT

    model = ROOT / "models" / "e2ee-stance"
    for component, name in (("statement_segmenter", "segmenter.json"), ("statement_sentencizer", "sentences.json")):
        saved = json.loads((model / component / name).read_text(encoding="utf-8"))
        current = json.loads((ROOT / "configs" / name).read_text(encoding="utf-8"))
        assert saved == current, f"{name} changed since the model was trained: run `stance train` again"
    lexicons = json.loads((ROOT / "configs" / "lexicons.json").read_text(encoding="utf-8"))
    assert json.loads((model / "e2ee_stance" / "cfg.json").read_text(encoding="utf-8"))["lexicons"] == lexicons


def test_model_bytes_from_elsewhere_are_refused(tiny_model):
    import srsly

    component = spacy.load(tiny_model).get_pipe("e2ee_stance")
    message = srsly.msgpack_loads(component.to_bytes())
    message["mac"] = b"\0" * 32
    with pytest.raises(StanceError, match="refusing model bytes"):
        component.from_bytes(srsly.msgpack_dumps(message))
    assert component.from_bytes(component.to_bytes()).labels == ("against", "favor", "neutral")


def test_a_model_with_an_older_feature_layout_is_refused(tiny_model, tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(tiny_model, copy)
    cfg_path = copy / "e2ee_stance" / "cfg.json"
    cfg = json.loads(cfg_path.read_text())
    del cfg["features_version"]  # as saved before the hashed features
    cfg_path.write_text(json.dumps(cfg))
    with pytest.raises(StanceError, match="earlier version of e2ee-stance"):
        spacy.load(copy)


def test_both_models_share_one_featurizer_and_batches_match_single_docs(tiny_model):
    nlp = spacy.load(tiny_model)
    roles, stance = nlp.get_pipe("e2ee_roles"), nlp.get_pipe("e2ee_stance")
    assert roles.model_.featurizer_.fingerprint_ == stance.model_["sentence"].models_[None][0].fingerprint_
    texts = [STATEMENT, "Encryption keeps journalists safe.\n\nThe hearing starts at ten.", STATEMENT.upper()]
    batched = [(doc._.sentences, doc._.stance) for doc in nlp.pipe(texts, batch_size=2)]
    assert batched == [predictions_of(nlp, text) for text in texts]


def predictions_of(nlp, text):
    doc = nlp(text)
    return doc._.sentences, doc._.stance
