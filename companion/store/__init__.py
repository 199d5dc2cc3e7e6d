"""Storage: the peewee models, opening the database, and the schema's upgrades."""
