"""linimasa: from scraped Indonesian news pages to clean, dated articles and story timelines.

    >>> import linimasa
    >>> article = linimasa.annotate(page_text, published="2021-05-20")
    >>> story = linimasa.timeline([article, ...], entity=["Wibowo"])
    >>> print(linimasa.export.to_markdown(story))

`linimasa.timeline` is both the front-door function and, for `import linimasa.timeline`, the
package that builds timelines: the module is callable as the function.
"""

from __future__ import annotations

import importlib
import typing

__all__ = ["annotate", "annotate_document", "timeline", "export", "Article", "Timeline"]
__version__ = "0.1.0"

# PEP 562: the names load on first use, so a command that needs one stage (`linimasa timex`) does not
# import the whole pipeline before it starts
_LAZY = {"annotate": "linimasa.api", "annotate_document": "linimasa.api", "Article": "linimasa.model",
         "Timeline": "linimasa.model"}

if typing.TYPE_CHECKING:
    from linimasa import export, timeline
    from linimasa.api import annotate, annotate_document
    from linimasa.model import Article, Timeline


def __getattr__(name: str) -> typing.Any:
    if name in ("timeline", "export"):
        return importlib.import_module(f"linimasa.{name}")  # the import also binds it here
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'linimasa' has no attribute {name!r}")
