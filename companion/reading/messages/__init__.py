"""Recruiters' e-mails: `message.read_message` turns an RFC 5322 message into plain facts (who,
when, subject, ids, text, calendar parts); `verdict.judge` says what it means for the search
(a rejection, an offer, a request for references, an invitation, an acknowledgement, a reply
with a timeline, or nothing about a job), with its reason and confidence."""
