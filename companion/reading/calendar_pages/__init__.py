"""Calendar web apps (Google Calendar, Outlook on the web): the event a user has open, read as an interview."""
