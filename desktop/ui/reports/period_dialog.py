"""A small chooser of the year (and the evaluation period) to print, for when the appraisal
page, which normally says which year and period are meant, has not been opened yet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.periods import Period

MIN_YEAR, MAX_YEAR = 2000, 2100


def period_text(period: Period) -> str:
    """``Triwulan I``, ``Januari``, ``Tahunan``: as the appraisal page's period combo."""
    from desktop.ui.appraisal.labels import period_label  # the appraisal screens load late

    return period_label(period)


class PeriodDialog(QDialog):
    """``values()`` → ``(tahun, periode code)``; the period row is hidden for an SKP."""

    def __init__(
        self,
        title: str,
        periods: list[Period],
        tahun: int,
        periode: str,
        *,
        need_period: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("periodChooser")
        self.setWindowTitle(title)
        self._periods = list(periods)
        self.year = QSpinBox(objectName="yearSpin")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(min(max(tahun, MIN_YEAR), MAX_YEAR))
        self.period = QComboBox(objectName="periodCombo")
        for period in self._periods:
            self.period.addItem(period_text(period), period.code)
        self.period.setCurrentIndex(max(0, self.period.findData(periode)))
        intro = QLabel(
            self.tr("Tahun dan periode penilaian yang dicetak:")
            if need_period
            else self.tr("Tahun SKP yang dicetak:")
        )
        form = QFormLayout()
        year_label = QLabel(self.tr("&Tahun"))
        year_label.setBuddy(self.year)
        form.addRow(year_label, self.year)
        if need_period:
            period_label = QLabel(self.tr("&Periode"))
            period_label.setBuddy(self.period)
            form.addRow(period_label, self.period)
        else:
            self.period.hide()
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("&Lanjut"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("continueButton")
        ok.setDefault(True)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.year.setFocus()
        self.year.selectAll()

    def values(self) -> tuple[int, str]:
        return self.year.value(), str(self.period.currentData())
