"""`python -m linimasa.schemas --write`: regenerate the shipped JSON Schemas from the dataclasses."""

import sys

from linimasa.schemas import dump, generate, write_all

if sys.argv[1:] == ["--write"]:
    write_all()
else:
    print(dump(generate()), end="")
