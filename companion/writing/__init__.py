"""Files the companion writes for other programs: the reminders calendar and unsent e-mails."""
