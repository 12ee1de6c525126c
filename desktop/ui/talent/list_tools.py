"""What the talent tabs share: a sortable table view, and "Cetak PDF…" / "Ekspor Excel…"
through the host's file picker (one title, filter and status line for every list)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.core.errors import KinerjaError
from desktop.core.os_errors import describe_os_error
from desktop.ui.errors import show_error
from desktop.ui.host import FeatureHost
from desktop.ui.talent.rows_model import RowsModel
from desktop.ui.widgets import busy_cursor

if TYPE_CHECKING:
    from desktop.reports.talent_doc import TalentDoc


def style_list_view(
    view: QTableView,
    *,
    row_pad: int = 6,
    numbered: bool = False,
    single: bool = True,
    stretch_last: bool = False,
) -> None:
    """The talent lists' look: read-only, whole rows selected (one, unless not ``single``),
    striped, one line a row (``row_pad`` px above the font's height), columns the user may
    widen; ``numbered`` shows the row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(numbered)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + row_pad)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(stretch_last)


def table_view(
    model: RowsModel,
    parent: QWidget | None = None,
    *,
    stretch: int = -1,
    chars: tuple[int, ...] = (),
) -> QTableView:
    """A read-only, row-selecting view that sorts by header click (the model sorts itself;
    the indicator starts at -1 so nothing is sorted at start-up). ``chars``: each column's
    width in characters (never measured from the rows: 50,000 rows would take seconds)."""
    view = QTableView(parent)
    view.setModel(model)
    style_list_view(view)
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    unit = view.fontMetrics().horizontalAdvance("0")
    for column, n in enumerate(chars):  # never narrower than the (bold) header text
        header.resizeSection(column, max(n * unit + 12, header.sectionSizeHint(column)))
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def ask_list_path(host: FeatureHost, parent: QWidget, *, pdf: bool, suggested: str) -> Path | None:
    """The host's file picker for a talent list: .pdf or .xlsx, the suffix added when the
    user left it off (None: cancelled)."""
    path = host.prompts.save_file(parent, _title(pdf), _filters(pdf), suggested)
    if path is None:
        return None
    wanted = ".pdf" if pdf else ".xlsx"
    return path if path.suffix.lower() == wanted else path.with_suffix(wanted)


def report_saved(host: FeatureHost, path: Path) -> None:
    """The status bar line after a list was written."""
    host.show_status(
        QCoreApplication.translate("TalentLists", "Tersimpan: %1").replace("%1", str(path))
    )


def save_list(
    host: FeatureHost,
    parent: QWidget,
    *,
    pdf: bool,
    suggested: str,
    write: Callable[[Path], None],
) -> Path | None:
    """Ask where, write (under the busy cursor) and say so on the status bar; a refusal or
    a failed write is shown, nothing half-written is left (the writers use temporary names)."""
    path = ask_list_path(host, parent, pdf=pdf, suggested=suggested)
    if path is None:
        return None
    try:
        with busy_cursor():
            write(path)
    except KinerjaError as exc:
        show_error(parent, exc)
        return None
    except OSError as exc:
        text = QCoreApplication.translate("TalentLists", "Berkas tidak dapat ditulis: %1")
        host.prompts.info(parent, _title(pdf), text.replace("%1", describe_os_error(exc)))
        return None
    report_saved(host, path)
    return path


def save_doc(
    host: FeatureHost,
    parent: QWidget,
    *,
    pdf: bool,
    suggested: str,
    build: Callable[[], TalentDoc],
) -> Path | None:
    """``save_list`` of a printout: ``build()`` the document (under the busy cursor) and write
    it as the chosen .pdf or .xlsx (``reports.talent_doc.save``)."""
    from desktop.reports.talent_doc import save

    def write(path: Path) -> None:
        save(host.db, build(), path)

    return save_list(host, parent, pdf=pdf, suggested=suggested, write=write)


def _title(pdf: bool) -> str:
    if pdf:
        return QCoreApplication.translate("TalentLists", "Cetak PDF")
    return QCoreApplication.translate("TalentLists", "Ekspor Excel")


def _filters(pdf: bool) -> str:
    if pdf:
        return QCoreApplication.translate("TalentLists", "Dokumen PDF (*.pdf)")
    return QCoreApplication.translate("TalentLists", "Buku kerja Excel (*.xlsx)")
