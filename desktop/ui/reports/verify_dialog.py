"""Periksa kode cetak: type the code printed at the foot of a page and see whether the page
still matches the data, what changed since it was printed (field by field), or that the code
is unknown here.

The dialog only reads: ``check(code)`` is ``reports.verify.verify`` bound to the window's
connection (one form loaded: milliseconds).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KinerjaError
from desktop.core.validation import Issue
from desktop.ui.formatting import format_datetime_short
from desktop.ui.widgets import FieldMessage

if TYPE_CHECKING:
    from desktop.reports.verification import VerifyResult

BANNER_COLORS = {  # status → (background, border, text)
    "cocok": ("#e3f4e8", "#3e7c59", "#1d4d31"),
    "berubah": ("#fff4dc", "#c98a00", "#6b4a00"),
    "tidak_dikenal": ("#fde8e6", "#b3261e", "#7a1a14"),
    "data_dihapus": ("#eef1f5", "#7b8794", "#323f4b"),
}


class VerifyDialog(QDialog):
    def __init__(self, check: Callable[[str], VerifyResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verifikasi Cetakan — Periksa Kode Cetak"))
        self.setMinimumSize(720, 420)
        self._check = check
        self.result_shown: VerifyResult | None = None
        self.code = QLineEdit(objectName="verifyCode")
        self.code.setPlaceholderText(self.tr("Kode verifikasi"))
        self.code.setMaxLength(40)
        self.code.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("&Periksa"), objectName="checkButton")
        self.message = FieldMessage()
        self.message.setObjectName("codeMessage")
        self.banner = QLabel(objectName="verifyBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setMargin(10)
        self.details = QLabel(objectName="verifyDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = self._changes_table()
        self.copy_button = QPushButton(self.tr("&Salin hasil"), objectName="copyResult")
        self._build()
        self.check_button.clicked.connect(self._on_check_clicked)
        self.code.textEdited.connect(self._on_code_edited)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self._show(None)

    def _build(self) -> None:
        caption = QLabel(self.tr("&Kode"))
        caption.setBuddy(self.code)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        close = QPushButton(self.tr("&Tutup"), objectName="closeButton")
        close.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro_widget())
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.banner)
        layout.addWidget(self.details)
        layout.addWidget(self.changes, 1)
        self._filler = QWidget()  # takes the room of the table when there is none to show
        self._filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self._filler, 1)
        layout.addWidget(buttons)
        self.check_button.setDefault(True)  # Enter checks the code
        self.code.setFocus()

    def _intro_widget(self) -> QLabel:
        label = QLabel(
            self.tr(
                "Ketik kode verifikasi yang tercetak di kaki halaman, misalnya 7KQ2M-9XH4D. "
                "Huruf besar/kecil, spasi dan tanda hubung tidak berpengaruh."
            )
        )
        label.setWordWrap(True)
        return label

    def _changes_table(self) -> QTableWidget:
        table = QTableWidget(0, 3, objectName="changesTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Isian"), self.tr("Tercetak"), self.tr("Sekarang")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(160)
        return table

    # -- public --------------------------------------------------------------------------------
    def check(self, text: str) -> VerifyResult | None:
        """Check a code as typed; a malformed one is explained under the field."""
        try:
            result = self._check(text)
        except KinerjaError as exc:
            self.message.show_issues([Issue("code", exc.code, exc.message())])
            self._show(None)
            return None
        self.message.show_issues([])
        self._show(result)
        return result

    def headline(self) -> str:
        return self.banner.text()

    def change_rows(self) -> list[tuple[str, str, str]]:
        """(isian, tercetak, sekarang) as the table shows them."""
        t = self.changes
        return [
            tuple(t.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(t.rowCount())
        ]

    # -- showing -------------------------------------------------------------------------------
    def _show(self, result: VerifyResult | None) -> None:
        self.result_shown = result
        self.copy_button.setEnabled(result is not None)
        self.banner.setVisible(result is not None)
        self.details.setVisible(result is not None and bool(result.title))
        self.changes.setVisible(result is not None and bool(result.changes))
        self._filler.setVisible(self.changes.isHidden())
        if result is None:
            return
        background, border, text = BANNER_COLORS.get(
            result.status.value, BANNER_COLORS["data_dihapus"]
        )
        self.banner.setStyleSheet(
            f"QLabel#verifyBanner {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; color: {text}; }}"
        )
        self.banner.setText(self._headline(result))
        self.details.setText(self._details(result))
        self._fill_changes(result)

    def _headline(self, result: VerifyResult) -> str:
        status = result.status.value
        if status == "cocok":
            word, text = self.tr("COCOK"), self.tr("Isi cetakan sama dengan data saat ini.")
        elif status == "berubah":
            word = self.tr("BERUBAH")
            text = self.tr(
                "%n isian berubah sejak dicetak; cetakan ini tidak lagi sesuai data.",
                "",
                len(result.changes),
            )
        elif status == "data_dihapus":
            word = self.tr("DATA DIHAPUS")
            text = self.tr("Data asal cetakan ini sudah dihapus dari basis data.")
        else:
            word = self.tr("TIDAK DIKENAL")
            text = self.tr(
                "Tidak ada cetakan dengan kode %1 di basis data ini. Periksa ketikan kode, "
                "atau cetakan berasal dari kantor lain."
            ).replace("%1", result.code)
        return f"<b>{word}</b> — {_escape(text)}"

    def _details(self, result: VerifyResult) -> str:
        lines = [self.tr("Kode %1: %2").replace("%1", result.code).replace("%2", result.title)]
        if result.printed_at:
            when = _local_time(result.printed_at)
            if result.printed_by:
                text = self.tr("Dicetak %1 oleh %2, %n kali.", "", result.times)
                text = text.replace("%2", result.printed_by)
            else:
                text = self.tr("Dicetak %1, %n kali.", "", result.times)
            lines.append(text.replace("%1", when))
        return "\n".join(lines)

    def _fill_changes(self, result: VerifyResult) -> None:
        table = self.changes
        table.setRowCount(len(result.changes))
        for row, change in enumerate(result.changes):
            for column, value in enumerate((change.field, change.printed, change.current)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    # -- slots ---------------------------------------------------------------------------------
    def _on_check_clicked(self) -> None:
        self.check(self.code.text())
        self.code.selectAll()
        self.code.setFocus()

    def _on_code_edited(self, _text: str) -> None:
        self.message.show_issues([])

    def _on_copy_clicked(self) -> None:
        from desktop.reports.verify import report_lines

        if self.result_shown is not None:
            QGuiApplication.clipboard().setText("\n".join(report_lines(self.result_shown)))
            self.copy_button.setText(self.tr("Tersalin"))


def _local_time(iso_utc: str) -> str:
    """``2026-11-23T05:30:00.000Z`` → ``23-11-2026 12.30`` in the PC's time zone (``12:30``
    in English: ``formatting.format_datetime_short``)."""
    moment = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso_utc[:16].replace("T", " ")
    return format_datetime_short(moment.toLocalTime().toPython())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
