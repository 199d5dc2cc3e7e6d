"""Pure readers of what the user captures: job pages, calendar web pages and calendar invites.

Text in, plain facts (`companion.domain.facts`) out; nothing here touches the database or HTTP.
"""
