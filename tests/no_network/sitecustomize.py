"""Python runs this at start-up when tests/no_network is on PYTHONPATH: the subprocesses the
tests start are held to the same no-network rule as the test run itself."""

import no_network

no_network.install()
