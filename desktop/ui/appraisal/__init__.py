"""Performance appraisal screens (PermenPANRB 6/2022): the unit workspace, the SKP editor and
the evaluation editor. The main window adds ``AppraisalWorkspace`` as a page."""

from desktop.ui.appraisal.workspace import AppraisalWorkspace

__all__ = ["AppraisalWorkspace"]
