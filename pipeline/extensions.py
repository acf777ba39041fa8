"""Every custom `Doc` attribute of the package, declared once.

Values are plain data (offsets, dicts, strings), never `Span` objects, so docs pickle across
processes and round-trip through `DocBin(store_user_data=True)`.
"""

from __future__ import annotations

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

_TEXT_KEY = ("pipeline", "text")


def doc_text(doc: Doc, text: str | None = None) -> str:
    """`doc.text`, built once per doc (spaCy rebuilds it token by token on every access, which costs
    more than tokenising). Pass `text` when it is already known: the string the doc was made from.
    A doc's text never changes after tokenisation, so the cached string stays right."""
    if text is not None:
        doc.user_data[_TEXT_KEY] = text
        return text
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached
