"""Alembic environment: runs on the connection vdtracker hands it (never from an ini file)."""

from alembic import context

from vdtracker.models.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
