"""spaCy's tokenizer, keeping the text each doc was made from.

spaCy rebuilds `doc.text` token by token on every access, which costs more than tokenising; every
component of this pipeline reads the text, so the tokenizer hands the string it was given to
`doc_text()` instead. Registered as `statement_tokenizer.v1` (and as a `spacy_tokenizers` entry
point), so a saved pipeline loads it again; it saves and loads exactly like spaCy's tokenizer.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from .extensions import doc_text


class TextKeepingTokenizer:
    """Wraps a spaCy `Tokenizer`: same tokens and serialization, plus the text cached on each doc."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc_text(doc, text)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        # vocab, rules, explain, to_disk, from_disk, to_bytes, from_bytes...: the wrapped tokenizer's
        return getattr(self.tokenizer, name)

    def __setattr__(self, name: str, value) -> None:
        # token_match, rules...: set on the wrapped tokenizer, where spaCy reads them
        if name == "tokenizer":
            object.__setattr__(self, name, value)
        else:
            setattr(self.tokenizer, name, value)

    def from_disk(self, path, **kwargs) -> "TextKeepingTokenizer":
        self.tokenizer.from_disk(path, **kwargs)
        return self

    def from_bytes(self, data: bytes, **kwargs) -> "TextKeepingTokenizer":
        self.tokenizer.from_bytes(data, **kwargs)
        return self


@registry.tokenizers("statement_tokenizer.v1")
def create_statement_tokenizer():
    """The language's default tokenizer, wrapped to keep each doc's text."""
    default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make_tokenizer(nlp: Language) -> TextKeepingTokenizer:
        return TextKeepingTokenizer(default(nlp))

    return make_tokenizer
