"""Operations on stored data, shared by the HTTP API and the CLI (both stay thin)."""
