"""Month names in every language CLDR knows, for the dates that pages write.

Shared by the web-page reader (``readers/html.py``: the dates a page shows) and
parsing (``parse.py``: a text page's stamp kept in a language other than
English, "03 июня 2022"), so that neither imports the other.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=64)
def month_names(lang: str | None) -> dict[str, int]:
    """Month names (wide and abbreviated, casefolded) -> month number, from the CLDR data of babel.

    For a page without a language, the names of every locale that mean one
    month in all of them ("oktober", "أكتوبر"); a name that means different
    months in two languages ("listopad") is left out.

    >>> month_names("es")["abril"], month_names("nl")["okt"], month_names(None)["septembrie"]
    (4, 10, 9)
    """
    from babel import Locale, UnknownLocaleError
    from babel.localedata import locale_identifiers

    def names(locale) -> dict[str, int]:
        out = {}
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for n, name in locale.months[context][width].items():
                    out[name.casefold()] = n
                    out[name.casefold().rstrip(".")] = n
        return out

    if lang:
        try:
            return {**names(Locale.parse("en")), **names(Locale.parse(lang.replace("-", "_")))}
        except (UnknownLocaleError, ValueError, TypeError):
            pass
    merged: dict[str, int] = {}
    clash: set[str] = set()
    for ident in locale_identifiers():
        if "_" in ident:
            continue
        for name, n in names(Locale.parse(ident)).items():
            if merged.setdefault(name, n) != n:
                clash.add(name)
    return {k: v for k, v in merged.items() if k not in clash and not k.isdigit() and len(k) > 2}
