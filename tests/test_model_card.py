"""MODEL_CARD.md: every figure is named after the model it measures."""

from pipeline.model_card import render_model_card


def test_cross_validated_rows_name_their_model():
    card = {"name": "m", "version": "1.0.0", "data": [], "labels": {"stance": {}, "roles": {}},
            "hyperparameters": {}, "versions": {},
            "cross_validated": {"stance": {"macro_f1": 0.8, "f_avg": 0.75, "accuracy": 0.82, "document_accuracy": 0.85},
                                "roles": {"micro_f1": 0.76, "macro_f1": 0.77}}}
    rows = [line for line in render_model_card(card).splitlines() if line.startswith("| stance") or line.startswith("| roles")]
    assert rows == ["| stance macro_f1 | 0.800 |", "| stance f_avg | 0.750 |", "| stance accuracy | 0.820 |",
                    "| stance document_accuracy | 0.850 |", "| roles micro_f1 | 0.760 |", "| roles macro_f1 | 0.770 |"]
