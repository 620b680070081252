"""`python -m slowthink …`, the same as the `slowthink` command (for a venv whose scripts are not on PATH)."""

import sys

from slowthink.cli import main

sys.exit(main())
