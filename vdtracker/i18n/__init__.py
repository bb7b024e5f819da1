"""Compiled translations (.qm for the window, .json for the CLI), built by `make translations`."""
