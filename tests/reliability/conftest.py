"""The GUI fixtures (a small office in a main window, scripted prompts) for GUI tests here."""

from tests.gui.conftest import office, prompts, settings, window  # noqa: F401
