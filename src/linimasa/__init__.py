"""linimasa: from scraped Indonesian news pages to clean, dated articles and story timelines.

    >>> import linimasa
    >>> article = linimasa.annotate(page_text, published="2021-05-20")
    >>> story = linimasa.timeline([article, ...], entity=["Wibowo"])
    >>> print(linimasa.export.to_markdown(story))

`linimasa.timeline` is both the front-door function and, for `import linimasa.timeline`, the
package that builds timelines: the module is callable as the function.
"""

import sys
import types
import typing

from linimasa import export
from linimasa import timeline as _timeline_package
from linimasa.api import annotate, annotate_document
from linimasa.api import timeline as _timeline_function
from linimasa.model import Article, Timeline


class _CallableModule(types.ModuleType):
    def __call__(self, articles, **filters) -> Timeline:
        """Cluster the events of many annotated articles into one story timeline (see `linimasa.api.timeline`)."""
        return _timeline_function(articles, **filters)


_timeline_package.__class__ = _CallableModule
timeline: _CallableModule = typing.cast(_CallableModule, sys.modules["linimasa.timeline"])

__all__ = ["annotate", "annotate_document", "timeline", "export", "Article", "Timeline"]
__version__ = "0.1.0"
