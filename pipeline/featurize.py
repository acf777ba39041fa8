"""Turn sentence examples into one sparse feature matrix: n-grams, context, neighbours and cue lexicons."""

from __future__ import annotations

import re

import numpy
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer

from .examples import SentenceExample

_NUMBER = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s*(?:%|per\s?cent|percent)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_BIG_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:m|bn|k|million|billion|thousand)\b", re.IGNORECASE)
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
WORD_TOKENS = r"(?u)\b\w[\w'\u2019-]*\b"
# tweets: words plus hashtags, mentions and runs of punctuation ("!!!", ":)", "?!"), which carry stance there
TWEET_TOKENS = r"(?u)[#@]?\w[\w'\u2019-]*|[^\w\s]{1,4}"


def split_hashtags(text: str) -> str:
    """Each CamelCase hashtag followed by its words: '#GodIsGood' -> '#GodIsGood god is good'."""
    def spelled(match: re.Match) -> str:
        parts = _CAMEL.findall(match.group(1))
        return match.group(0) + (" " + " ".join(parts).lower() if len(parts) > 1 else "")
    return _HASHTAG.sub(spelled, text)


def _lexicon_pattern(words: list[str]) -> re.Pattern:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


class SentenceFeaturizer:
    """scikit-learn style transformer over `SentenceExample` lists.

    Sentence word 1-2-grams and character 2-5-grams (TF-IDF), neighbour-sentence words, context
    indicators (segment, speaker side, body type, target) and counts of cue-lexicon matches. With
    several targets in the training data, words are also conjoined with the target.

    Options for short texts such as tweets (the defaults are the settings above): `word_ngrams` and
    `char_ngrams` ([low, high]), `char_analyzer` ("char_wb" or "char", which also spans word
    boundaries), `weighting` ("tfidf", or "binary": presence of each n-gram, L2-normalised per
    block), `tokens` ("words", or "tweet": hashtags, mentions and punctuation runs kept as tokens)
    and `hashtags` ("keep", or "split": CamelCase hashtags also spelled out as words).
    """

    # class-level defaults: featurizers pickled before these options existed still load and behave
    word_ngrams = (1, 2)
    char_ngrams = (2, 5)
    char_analyzer = "char_wb"
    weighting = "tfidf"
    tokens = "words"
    hashtags = "keep"

    def __init__(self, lexicons: dict[str, list[str]], *, max_char_features: int = 60000,
                 max_word_features: int = 40000, neighbours: bool = True, context: bool = True,
                 word_ngrams=(1, 2), char_ngrams=(2, 5), char_analyzer: str = "char_wb",
                 weighting: str = "tfidf", tokens: str = "words", hashtags: str = "keep"):
        self.lexicons = lexicons
        self.max_char_features = max_char_features
        self.max_word_features = max_word_features
        self.neighbours = neighbours
        self.context = context
        self.word_ngrams = tuple(word_ngrams)
        self.char_ngrams = tuple(char_ngrams)
        self.char_analyzer = char_analyzer
        self.weighting = weighting
        self.tokens = tokens
        self.hashtags = hashtags

    # the compiled lexicons are derived data: rebuilt after unpickling rather than stored
    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_patterns", None)
        return state

    @property
    def patterns(self) -> dict[str, re.Pattern]:
        if not hasattr(self, "_patterns"):
            self._patterns = {name: _lexicon_pattern(words) for name, words in self.lexicons.items() if words}
        return self._patterns

    def _lexicon_counts(self, text: str, cache: dict) -> dict[str, int]:
        """Matches per cue lexicon; memoised per call, since each sentence is also a neighbour twice."""
        if text not in cache:
            cache[text] = {name: len(pattern.findall(text)) for name, pattern in self.patterns.items()}
        return cache[text]

    def _context(self, example: SentenceExample, cache: dict | None = None) -> dict:
        cache = {} if cache is None else cache
        text = example.text
        features = {
            "bias": 1.0,
            "has_number": float(bool(_NUMBER.search(text))),
            "has_percent": float(bool(_PERCENT.search(text))),
            "has_year": float(bool(_YEAR.search(text))),
            "has_big_number": float(bool(_BIG_NUMBER.search(text))),
            "question": float(text.rstrip().endswith("?")),
            "length": min(len(text.split()), 60) / 60.0,
        }
        counts = self._lexicon_counts(text, cache)
        around = [(where, self._lexicon_counts(other, cache)) for where, other in
                  (("prev", example.previous), ("next", example.following)) if self.neighbours and other]
        for name in self.patterns:
            if counts[name]:
                features[f"lex={name}"] = min(counts[name], 4) / 2.0
            for where, other_counts in around:
                if other_counts[name]:
                    features[f"{where}_lex={name}"] = 0.5
        if self.context:
            features[f"segment={example.segment}"] = 1.0
            features[f"side={example.speaker_side}"] = 1.0
            if example.body_type:
                features[f"body_type={example.body_type}"] = 1.0
            if example.segment and example.speaker_side:
                features[f"segment_side={example.segment}|{example.speaker_side}"] = 1.0
        features[f"target={example.target}"] = 1.0
        return features

    def _conjoined(self, examples) -> list[str]:
        return [
            " ".join(f"{e.target}__{w}" for w in re.findall(r"[a-z0-9#@']+", e.text.lower())) for e in examples
        ]

    def _texts(self, examples) -> list[str]:
        texts = [e.text for e in examples]
        return [split_hashtags(t) for t in texts] if self.hashtags == "split" else texts

    def _weights(self) -> dict:
        """TF-IDF by default; binary presence for short texts, where a repeated n-gram means little."""
        if self.weighting == "binary":
            return {"binary": True, "use_idf": False}  # still L2-normalised per block
        return {"sublinear_tf": True}

    def fit(self, examples: list[SentenceExample], y=None):
        texts = self._texts(examples)
        self.words_ = TfidfVectorizer(
            ngram_range=self.word_ngrams, min_df=1, max_features=self.max_word_features,
            token_pattern=TWEET_TOKENS if self.tokens == "tweet" else WORD_TOKENS, lowercase=True,
            **self._weights(),
        ).fit(texts)
        self.chars_ = TfidfVectorizer(
            analyzer=self.char_analyzer, ngram_range=self.char_ngrams, min_df=2,
            max_features=self.max_char_features, lowercase=True, **self._weights(),
        ).fit(texts)
        self.neighbour_words_ = None
        neighbour_texts = [e.previous + " " + e.following for e in examples]
        if self.neighbours and sum(bool(t.strip()) for t in neighbour_texts) >= 2:
            # sentence-level data (tweets, CSV rows) has no neighbours: then this block is left out
            self.neighbour_words_ = TfidfVectorizer(sublinear_tf=True, min_df=2, max_features=5000).fit(
                neighbour_texts
            )
        cache: dict = {}
        self.context_ = DictVectorizer().fit([self._context(e, cache) for e in examples])
        self.targets_ = sorted({e.target for e in examples})
        self.conjoined_ = None
        if len(self.targets_) > 1:
            self.conjoined_ = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1).fit(
                self._conjoined(examples)
            )
        return self

    def transform(self, examples: list[SentenceExample]):
        texts = self._texts(examples)
        blocks = [self.words_.transform(texts), self.chars_.transform(texts)]
        if self.neighbour_words_ is not None:
            blocks.append(self.neighbour_words_.transform([e.previous + " " + e.following for e in examples]) * 0.5)
        cache: dict = {}
        blocks.append(self.context_.transform([self._context(e, cache) for e in examples]))
        if self.conjoined_ is not None:
            blocks.append(self.conjoined_.transform(self._conjoined(examples)))
        return sparse.hstack(blocks, format="csr", dtype=numpy.float32)

    def fit_transform(self, examples, y=None):
        return self.fit(examples).transform(examples)
