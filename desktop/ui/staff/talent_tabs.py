"""The talent inputs on the staff record (issue 14): Riwayat Hukuman Disiplin, Hasil Asesmen
and PAK, as riwayat tabs of the same kind as the others (``history_tab.HistoryTabFactory``
makes a ``HistoryTab`` of each ``TalentTab`` here), and the diklat columns for the kind of
development and certificate.

The rules (tingkat for disiplin, JPM 0–100, AK ≥ 0, dates) live in ``core.talent.records``;
the tab shows their messages under the table and the dialog keeps Simpan disabled until fixed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from desktop.core.models import Asesmen, RiwayatHukuman, RiwayatPak
from desktop.ui.staff.history_model import Column, HistoryTableModel
from desktop.ui.staff.lookups import Lookups


@dataclass(frozen=True)
class TalentTab:
    """One talent tab as declared: the ``StaffHistory`` list, its title, the table model."""

    attr: str
    title: str
    model: HistoryTableModel
    tooltip: str = ""


class _RiwayatTab(Protocol):
    attr: str
    model: HistoryTableModel


class TalentTabFactory(QObject):
    """Declares the three talent tabs and the diklat's extra columns (titles translated)."""

    def build(self, lookups: Lookups) -> list[TalentTab]:
        return [self._hukuman(), self._asesmen(), self._pak(lookups)]

    def diklat_columns(self, lookups: Lookups) -> list[Column]:
        """Jenis (showing klasikal / nonklasikal) and the certificate, for the diklat tab."""
        bentuk = {"klasikal": self.tr("klasikal"), "nonklasikal": self.tr("nonklasikal")}
        kinds = [(k.kode, f"{k.nama} ({bentuk.get(k.bentuk, k.bentuk)})")
                 for k in lookups.jenis_pengembangan]  # fmt: skip
        choices = (("", "—"), *kinds)
        return [
            Column("jenis", self.tr("Jenis"), "choice", choices=choices, nullable=True),
            Column("nomor_sertifikat", self.tr("Nomor sertifikat")),
        ]

    def _hukuman(self) -> TalentTab:
        kategori = (("disiplin", self.tr("Hukuman disiplin")),
                    ("kode_etik", self.tr("Pelanggaran kode etik")))  # fmt: skip
        tingkat = (("", "—"), ("ringan", self.tr("Ringan")), ("sedang", self.tr("Sedang")),
                   ("berat", self.tr("Berat")))  # fmt: skip
        columns = [
            Column("kategori", self.tr("Kategori"), "choice", choices=kategori),
            Column("tingkat", self.tr("Tingkat"), "choice", choices=tingkat),
            Column("jenis", self.tr("Jenis hukuman")),
            Column("nomor_sk", self.tr("Nomor SK")),
            Column("tanggal_sk", self.tr("Tanggal SK"), "date"),
            Column("tmt", self.tr("TMT"), "date"),
            Column("selesai", self.tr("Selesai"), "date"),
            Column("keterangan", self.tr("Keterangan")),
        ]
        model = HistoryTableModel(RiwayatHukuman, columns)
        tooltip = self.tr(
            "Data sensitif: hanya admin, operator OPD-nya dan pegawai yang bersangkutan "
            "yang dapat melihatnya."
        )
        return TalentTab("hukuman", self.tr("Riwayat Hukuman Disiplin"), model, tooltip)

    def _asesmen(self) -> TalentTab:
        columns = [
            Column("tanggal", self.tr("Tanggal"), "date"),
            Column("jpm", self.tr("JPM (%)"), "number"),
            Column("lembaga", self.tr("Lembaga")),
            Column("metode", self.tr("Metode")),
            Column("keterangan", self.tr("Keterangan")),
        ]
        model = HistoryTableModel(Asesmen, columns)
        return TalentTab("asesmen", self.tr("Hasil Asesmen"), model)

    def _pak(self, lookups: Lookups) -> TalentTab:
        jenjang = (("", "—"), *((str(c.code), c.name) for c in lookups.jenjang))
        golongan = (("", "—"), *((g.kode, g.kode) for g in lookups.golongan_for("pns")))
        columns = [
            Column("tanggal", self.tr("Tanggal"), "date"),
            Column("nomor_sk", self.tr("Nomor PAK")),
            Column("jenjang", self.tr("Jenjang"), "choice", choices=jenjang, nullable=True),
            Column("golongan", self.tr("Golongan"), "choice", choices=golongan, nullable=True),
            Column("ak_kumulatif", self.tr("AK kumulatif"), "number"),
            Column("keterangan", self.tr("Keterangan")),
        ]
        model = HistoryTableModel(RiwayatPak, columns)
        return TalentTab("pak", self.tr("PAK"), model)


def show_talent_tabs(
    tabs: QTabWidget, history_tabs: Sequence[_RiwayatTab], first: int, *, hukuman: bool, pak: bool
) -> None:
    """Show the sanctions tab only to a session that may read them (``hukuman``) and the PAK
    tab for a fungsional or a record that already holds a PAK (``pak``); ``first`` is the
    index of the first riwayat tab."""
    for n, tab in enumerate(history_tabs, start=first):
        if tab.attr == "hukuman":
            tabs.setTabVisible(n, hukuman)
        elif tab.attr == "pak":
            tabs.setTabVisible(n, pak or tab.model.rowCount() > 0)
