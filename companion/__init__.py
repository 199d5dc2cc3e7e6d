"""Interview companion: the local server behind the interview follow-up browser extension."""

__version__ = "0.1.0"
