"""linimasa: from scraped Indonesian news pages to clean, dated articles and story timelines.

    >>> import linimasa
    >>> article = linimasa.annotate(page_text, published="2021-05-20")
    >>> story = linimasa.timeline([article, ...], entity=["Wibowo"])
"""

from linimasa.api import annotate, annotate_document, timeline
from linimasa.model import Article, Timeline

__all__ = ["annotate", "annotate_document", "timeline", "Article", "Timeline"]
__version__ = "0.1.0"
