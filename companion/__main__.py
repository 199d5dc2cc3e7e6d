"""`python -m companion` does what the `interview-companion` command does."""

from .cli import main

raise SystemExit(main())
