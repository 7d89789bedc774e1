"""What every extractor receives: one parsed article and its sentence bounds."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class Doc:
    """One article as the extractors see it.

    ``text`` is ``articles.text``; ``sent_starts``/``sent_ends`` are the
    sentence offsets of the ``sentences`` table, in order.

    >>> d = Doc("One. Two.", [0, 5], [4, 9], year=2023)
    >>> d.sentence_id(6)
    1
    """

    text: str
    sent_starts: list[int]
    sent_ends: list[int]
    year: int | None = None
    article_id: str = ""
    #: the state of the article's dateline (``articles.dateline_country``), if it has one
    home: str | None = None
    #: filled by the pipeline as extractors run, so later ones can use earlier results
    countries: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)

    def keep(self, name: str, value, *deps) -> None:
        """Keep ``value`` on the document under ``name`` for a later step (a scan made once, a
        pass run ahead over a batch), valid while the text and ``deps`` are the very objects
        they are now (a step may hand the document another text or other countries).

        >>> d = Doc("One.", [0], [4]); d.keep("_n", 1); d.kept("_n")
        1
        >>> d.text = "Two."; d.kept("_n") is None
        True
        """
        self.__dict__[name] = (self.text, deps, value)

    def kept(self, name: str, *deps, pop: bool = False):
        """What :meth:`keep` kept under ``name`` for the text and ``deps`` as they are now, else
        None; with ``pop``, dropped from the document too (what is read once)."""
        got = self.__dict__.pop(name, None) if pop else self.__dict__.get(name)
        if got is None or got[0] is not self.text or len(got[1]) != len(deps) \
                or any(a is not b for a, b in zip(got[1], deps)):
            return None
        return got[2]

    def sentence_id(self, pos: int) -> int:
        """Index of the sentence holding character ``pos`` (0 before the first)."""
        return max(bisect_right(self.sent_starts, pos) - 1, 0)

    def sentence_span(self, sid: int) -> tuple[int, int]:
        return self.sent_starts[sid], self.sent_ends[sid]

    def sentences(self):
        """Yield ``(sentence_id, start, end, text)``."""
        for i, (s, e) in enumerate(zip(self.sent_starts, self.sent_ends)):
            yield i, s, e, self.text[s:e]
