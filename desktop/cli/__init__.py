"""The ``kinerja`` command line: ``desktop.cli:main`` is the entry point, ``cli`` the root group.

One module per command group (``staff``, ``appraisal``, ``sync``, ``report`` …) declares its
commands; ``common`` holds what they share; ``root`` collects them. No module imports ``root``.
"""

from desktop.cli.root import cli, main

__all__ = ["cli", "main"]
