"""Documents identified by their content, not by the file they were read from.

The same document saved under two file names, or downloaded once as a PDF and once
as text, is one document: its id (when it has no document number) and the ids of
its tasks and projects come from its *normalised* text, so every copy yields the
same nodes, and each copy's facts are that copy's evidence (a source owns its facts).

Normalisation (:func:`normalise`): Unicode NFKC, which folds full-width letters,
digits, punctuation and spaces to their half-width forms (（ → (, ：→ :, Ａ → A,
１ → 1) and compatibility ideographs to the unified ones, then every whitespace and
zero-width character is removed (line breaks, page breaks, indentation and the
spaces a PDF layer puts between characters). CJK punctuation without a half-width
twin (。、《》〔〕) is kept as printed.

>>> normalise("（牵头单位：市经信局）\\n  １．做好")
'(牵头单位:市经信局)1.做好'
>>> content_id("关于 做好 工作的通知") == content_id("关于做好工作的通知\\n")
True
"""

from __future__ import annotations

import hashlib
import re

from kg.gazetteer import nfkc

__all__ = ["ID_PREFIX", "content_hash", "content_id", "normalise"]

#: The invisible characters that copies of one text differ in, besides whitespace (which
#: ``str.split`` removes: the same characters as ``\s``, both ``Py_UNICODE_ISSPACE``).
_ZERO_WIDTH_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]+")

#: How a document id made from content starts (``doc:`` and 16 hex digits of the hash).
ID_PREFIX = "doc:"


def normalise(text: str) -> str:
    """The text two copies of one document share: NFKC, whitespace and zero-width removed
    (:func:`kg.gazetteer.nfkc`; whitespace by ``str.split``, the same characters as ``\\s``)."""
    text = "".join(nfkc(text).split())
    return _ZERO_WIDTH_RE.sub("", text) if _ZERO_WIDTH_RE.search(text) else text


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def content_id(text: str) -> str:
    """The id of a document with no document number: ``doc:`` + 16 hex digits of its hash."""
    return ID_PREFIX + content_hash(text)[:16]
