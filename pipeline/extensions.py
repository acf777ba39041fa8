"""Every custom `Doc` attribute of the package, declared once.

Values are plain data (offsets, dicts, strings), never `Span` objects, so docs pickle across
processes and round-trip through `DocBin(store_user_data=True)`.
"""

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "doc_id": None,  # the document's stable id
    "meta": None,  # body, body_type, date, title, source
    "segments": None,  # [{"start", "end", "label", "speaker"?}], character offsets
    "speakers": None,  # [{"id", "name", "role", "org"}]
    "sentences": None,  # [{"start", "end", ...predicted labels}]
    "stance": None,  # the document roll-up: {"stance", "score", "counts", "confidence", "low_confidence"}
    "rollups": None,  # {"quotes": [...], "speakers": {speaker id: roll-up}}
}


def register_extensions() -> None:
    """Declare the extensions unless already declared (idempotent, no `force=True`)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
