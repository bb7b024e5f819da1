"""Persistence: engine and pragmas, migrations, the unit of work, repositories, storage errors."""
