"""`stance evaluate`'s text report: summary, per-label tables and both confusion matrices."""

from pipeline.metrics import stance_metrics
from pipeline.report import render_evaluation


def test_the_report_shows_the_document_stance_confusion():
    documents = stance_metrics(["mixed", "mixed", "favor"], ["against", "mixed", "favor"])
    text = render_evaluation({"doc_stance_accuracy": documents["accuracy"], "documents": documents})
    lines = text.splitlines()
    start = lines.index("document stance confusion (rows gold, columns predicted)")
    assert lines[start + 1:start + 5] == [
        "  " + " " * 10 + "   against     favor     mixed",
        "  against            0         0         0",
        "  favor              0         1         0",
        "  mixed              1         0         1",
    ]
    assert "  doc_stance_accuracy    0.667" in lines
