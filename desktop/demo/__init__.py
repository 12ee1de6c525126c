"""The demo office: a seeded, believable kabupaten to try the app on (see ``office.build_demo``)."""

from desktop.demo.errors import DemoError
from desktop.demo.office import DemoSummary, build_demo

__all__ = ["DemoError", "DemoSummary", "build_demo"]
