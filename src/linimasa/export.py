"""Public exporters of a `Timeline`: `render(timeline, fmt)` or one function per format.

    >>> from linimasa import export
    >>> export.to_markdown(story, "Kapal hilang")   # also to_json, to_html, to_timelinejs, to_csv
    >>> export.render(story, "html")               # fmt in export.FORMATS

Page text is escaped for each format and CSV cells that could be formulas are neutralised.
"""

from linimasa.timeline.export import (
    FORMATS,
    csv_cell,
    render,
    to_csv,
    to_html,
    to_json,
    to_markdown,
    to_timelinejs,
)

__all__ = ["FORMATS", "csv_cell", "render", "to_csv", "to_html", "to_json", "to_markdown", "to_timelinejs"]
