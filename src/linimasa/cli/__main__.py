import sys

from linimasa.cli import main

sys.exit(main())
