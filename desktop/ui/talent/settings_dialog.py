"""Pengaturan Talenta: the office's talent settings (``TalentSettings``).

How two years of predikat combine, the JPM cut-offs of the potensial axis, how long an
assessment stays valid, the yearly JP target and the IP ASN rubric version. The dialog
``load()``s, ``validate()``s (a message under the field, nothing saved while one shows) and
returns ``result()``; ``edit_settings(host)`` saves through ``store.talent_settings``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.access import Perm, allows
from desktop.core.errors import KinerjaError
from desktop.core.talent.settings import GabungKinerja, TalentSettings
from desktop.core.validation import Issue
from desktop.ui.host import FeatureHost
from desktop.ui.widgets import ChoiceCombo, FieldGrid


class TalentSettingsDialog(QDialog):
    def __init__(self, versions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talentSettingsDialog")
        self.setWindowTitle(self.tr("Pengaturan Talenta"))
        self.versions = versions
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Pengaturan ini berlaku untuk seluruh kantor. Peta talenta resmi tetap di "
                "sistem BKN; aplikasi ini menyiapkan draf."
            ),
            wordWrap=True,
        )
        layout.addWidget(note)
        fields = FieldGrid(self, columns=1)
        self.gabung = ChoiceCombo(self, allow_empty=False, objectName="gabungKinerja")
        self.gabung.set_choices([
            (GabungKinerja.TERENDAH, self.tr("Yang terendah dari dua tahun terakhir")),
            (GabungKinerja.TERAKHIR, self.tr("Tahun terakhir saja")),
        ])  # fmt: skip
        self.jpm_tinggi = self._percent("jpmTinggi")
        self.jpm_menengah = self._percent("jpmMenengah")
        self.berlaku = QSpinBox(self, objectName="asesmenBerlaku", minimum=1, maximum=10)
        self.berlaku.setSuffix(self.tr(" tahun"))
        self.target_jp = QSpinBox(self, objectName="targetJp", minimum=0, maximum=200)
        self.target_jp.setSuffix(self.tr(" JP"))
        self.ipasn = ChoiceCombo(self, allow_empty=False, objectName="ipasnVersi")
        self.ipasn.set_choices([("", self.tr("Terbaru")), *[(v, v) for v in self.versions]])
        fields.add(0, "gabung_kinerja", self.tr("Kinerja dua tahun"), self.gabung)
        fields.add(0, "jpm_tinggi", self.tr("Potensial tinggi mulai JPM"), self.jpm_tinggi)
        self.menengah_message = fields.add(
            0, "jpm_menengah", self.tr("Potensial menengah mulai JPM"), self.jpm_menengah
        )
        fields.add(0, "asesmen_berlaku_tahun", self.tr("Hasil asesmen berlaku"), self.berlaku)
        fields.add(0, "target_jp", self.tr("Target pengembangan per tahun"), self.target_jp)
        fields.add(0, "ipasn_versi", self.tr("Versi rubrik IP ASN"), self.ipasn)
        fields.chain_focus()
        self.fields = fields
        layout.addWidget(fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def _percent(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self, objectName=name, minimum=0, maximum=100, decimals=2)
        box.setSuffix(" %")
        return box

    def load(self, settings: TalentSettings) -> None:
        self.gabung.set_value(settings.gabung_kinerja)
        self.jpm_tinggi.setValue(settings.jpm_tinggi)
        self.jpm_menengah.setValue(settings.jpm_menengah)
        self.berlaku.setValue(settings.asesmen_berlaku_tahun)
        self.target_jp.setValue(settings.target_jp)
        self.ipasn.set_value(settings.ipasn_versi if settings.ipasn_versi in self.versions else "")

    def validate(self) -> bool:
        """The cut-off of "menengah" may not be above that of "tinggi"."""
        issues = []
        if self.jpm_menengah.value() > self.jpm_tinggi.value():
            text = self.tr("Batas menengah tidak boleh di atas batas tinggi.")
            issues.append(Issue("jpm_menengah", "order", text))
        self.menengah_message.show_issues(issues)
        return not issues

    def result(self) -> TalentSettings:  # type: ignore[override]
        return TalentSettings(
            gabung_kinerja=self.gabung.value(),
            jpm_tinggi=self.jpm_tinggi.value(),
            jpm_menengah=self.jpm_menengah.value(),
            asesmen_berlaku_tahun=self.berlaku.value(),
            target_jp=self.target_jp.value(),
            ipasn_versi=self.ipasn.value() or "",
        )

    def accept(self) -> None:
        if self.validate():
            super().accept()


def ipasn_versions(host: FeatureHost) -> list[str]:
    rows = host.db.execute("SELECT DISTINCT versi FROM ref_ipasn ORDER BY versi DESC")
    return [v for (v,) in rows]


def edit_settings(host: FeatureHost) -> bool:
    """Show the dialog; save when changed. True when something was saved; the caller then
    announces it on ``host.data_changed`` (once, so the lists are read again once)."""
    from desktop.store.talent_settings import save_talent_settings, talent_settings
    from desktop.ui.errors import show_error

    if not allows(host.session().role, Perm.EDIT_UNITS):
        return False
    before = talent_settings(host.db)
    dialog = TalentSettingsDialog(ipasn_versions(host), host.widget())
    dialog.load(before)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    after = dialog.result()
    if after == before:
        return False
    try:
        save_talent_settings(host.db, after)
    except KinerjaError as exc:
        show_error(host.widget(), exc)
        return False
    return True  # the caller announces the change (the page: ``Changes(office=True)``)
