"""Use cases the UI and CLI call: each commits in one transaction and returns plain dataclasses.

Nothing is imported here: the bundle app.compose returns makes each service when it is first
asked for (services/bundle.py), so a command imports only the services it uses."""
