"""Entry point for spark-submit: `spark-submit [options] .../linimasa/spark/__main__.py INPUT... --out DIR`."""

import sys

from linimasa.cli import main

if __name__ == "__main__":
    sys.exit(main(["spark", *sys.argv[1:]]))
