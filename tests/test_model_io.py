"""Model integrity: every file of a pipeline directory checked against its manifest; versions checked."""

import json
import shutil

import pytest

from pipeline.errors import StanceError
from pipeline.model_io import MANIFEST_FILE, check_versions, library_versions
from pipeline.nlp import DEFAULT_MODEL, load_pipeline


@pytest.fixture
def model_copy(tiny_model, tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(tiny_model, copy)
    return copy


def test_a_trained_pipeline_has_a_manifest_of_every_file(model_copy):
    manifest = json.loads((model_copy / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert {"config.cfg", "e2ee_stance/model.joblib", "e2ee_stance/cfg.json",
            "statement_segmenter/segmenter.json"} <= set(manifest)
    assert load_pipeline(model_copy).pipe_names[-2:] == ["e2ee_roles", "e2ee_stance"]


@pytest.mark.parametrize("name, what", [
    ("statement_segmenter/segmenter.json", "was altered"),
    ("e2ee_roles/cfg.json", "was altered"),
    ("config.cfg", "was altered"),
])
def test_an_altered_file_refuses_to_load_and_says_what_to_do(model_copy, name, what):
    with open(model_copy / name, "a", encoding="utf-8") as handle:
        handle.write("\n")
    with pytest.raises(StanceError, match=f"{name} {what}.*Restore it, or retrain"):
        load_pipeline(model_copy)


def test_an_added_or_removed_file_refuses_to_load(model_copy):
    (model_copy / "e2ee_stance" / "extra.joblib").write_bytes(b"payload")
    with pytest.raises(StanceError, match="extra.joblib was added after training"):
        load_pipeline(model_copy)
    (model_copy / "e2ee_stance" / "extra.joblib").unlink()
    (model_copy / "MODEL_CARD.md").unlink()
    with pytest.raises(StanceError, match="MODEL_CARD.md is missing"):
        load_pipeline(model_copy)


def test_a_pipeline_without_a_manifest_warns_but_still_checks_model_files(model_copy):
    (model_copy / MANIFEST_FILE).unlink()
    with pytest.warns(UserWarning, match="no checksums.json"):
        load_pipeline(model_copy)


def test_a_minor_version_difference_warns(tmp_path):
    recorded = dict(library_versions())
    major, minor = recorded["scikit-learn"].split(".")[:2]
    recorded["scikit-learn"] = f"{major}.{int(minor) + 1}.0"
    with pytest.warns(UserWarning, match="retrain if predictions look wrong"):
        check_versions(recorded, tmp_path)


def test_the_shipped_model_matches_its_manifest():
    assert (DEFAULT_MODEL / MANIFEST_FILE).exists()
    assert "e2ee_stance" in load_pipeline().pipe_names


def test_hidden_files_an_editor_or_os_adds_do_not_count_as_changes(model_copy):
    (model_copy / ".DS_Store").write_bytes(b"finder")
    (model_copy / "e2ee_stance" / ".cfg.json.swp").write_bytes(b"vim")
    assert "e2ee_stance" in load_pipeline(model_copy).pipe_names
