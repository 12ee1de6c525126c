"""A new office's first start: the wizard, the empty states every page shows until there is
data, and the demo office opened from a file of its own."""

from desktop.ui.first_run.empty_state import EmptyState
from desktop.ui.first_run.wizard import FirstRunChoice, FirstRunWizard, NextStep

__all__ = ["EmptyState", "FirstRunChoice", "FirstRunWizard", "NextStep"]
