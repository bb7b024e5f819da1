"""Use cases the UI and CLI call: each commits in one transaction and returns plain dataclasses.

Nothing is imported here: app.compose makes each service when it is first asked for
(services/bundle.py), so a command imports only the services it uses."""
