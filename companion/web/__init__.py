"""The HTTP side: the Flask app, its guard, request bodies, errors as JSON, and one blueprint per resource."""
