"""Furniture left and article lines kept on generated text dumps, with and without template detection.

    python bench/furniture.py

Pages are our own article paragraphs (tests/clean/data/articles.tsv) wrapped in several outlets'
furniture (tests/clean/data/page_styles.tsv), every article in every style. "alone" cleans each
page by itself (cues and layout only); "ingest" cleans them in order while counting lines as
`linimasa ingest` does, then re-cleans the pages whose lines became frequent later. The bars of
issue 12 on generated pages are furniture left <= 0.02 and article lines kept >= 0.99.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.clean import synthetic  # noqa: E402

from linimasa.clean import clean  # noqa: E402
from linimasa.clean.templates import MemoryTemplates  # noqa: E402
from linimasa.model import Document  # noqa: E402


def _doc(page: synthetic.Page) -> Document:
    return Document(source=page.name + ".txt", text=page.text)


def figures(pages, articles) -> dict[str, float]:
    left = furniture = kept = total = title = dateline = 0
    for page, article in zip(pages, articles, strict=True):
        s = synthetic.score(page, article.body)
        left, furniture, kept, total = left + s[0], furniture + s[1], kept + s[2], total + s[3]
        title += article.title == page.title
        dateline += article.dateline == page.place
    return {"furniture left": left / furniture, "article lines kept": kept / total,
            "title": title / len(pages), "dateline": dateline / len(pages)}


def main() -> None:
    pages = synthetic.pages()
    alone = [clean(_doc(p)) for p in pages]
    counts, ingested, removed = MemoryTemplates(), [], []
    for p in pages:  # as ingest: each page cleaned with the counts of the pages before it, then counted
        article = clean(_doc(p), counts)
        counts.add(article.evidence["template_site"], article.evidence["template_lines"], p.name)
        ingested.append(article)
        removed.append(article.evidence["template_removed"])
    recleaned = 0
    for i, p in enumerate(pages):  # as the re-clean step: pages whose furniture has changed since
        if counts.frequent(ingested[i].evidence["template_site"], ingested[i].evidence["template_kept"]) != set(
                removed[i]):
            ingested[i] = clean(_doc(p), counts)
            recleaned += 1
    print(f"{len(pages)} generated pages, {len(synthetic.styles())} outlet styles; {recleaned} re-cleaned after ingest")
    for name, articles in (("alone", alone), ("ingest", ingested)):
        print(f"{name:7s} " + "  ".join(f"{k} {v:.3f}" for k, v in figures(pages, articles).items()))


if __name__ == "__main__":
    main()
