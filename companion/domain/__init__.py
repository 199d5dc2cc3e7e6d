"""The product's own knowledge, pure: follow-up kinds, statuses, timing settings, the rules and the drafts.

Imports nothing from Flask, peewee or the rest of the companion (but `config`-free helpers here);
the clock is passed in as `now`.
"""
