"""`python -m companion` does what the `interview-companion` command does."""

from companion.cli import main

raise SystemExit(main())
