"""Key files and the database's role, from the Sinkronisasi menu.

An office gives the centre its public key file and takes the centre's; a centre takes each
office's. Before a key is taken its fingerprint is shown so the two sides can compare it by
phone. A fresh database can be made the centre's. All of this is small and quick, so it runs
on the GUI thread. The flows get the ``FeatureHost``; what they change (a key, the role) they
announce as ``Changes(sync=True)``, and the Sinkronisasi screens refresh themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.core.errors import KinerjaError
from desktop.store.units import get_office, save_office
from desktop.sync import (
    Role,
    export_key_file,
    get_role,
    import_key_file,
    read_key_file,
    set_role,
)
from desktop.ui.errors import show_error
from desktop.ui.host import Changes
from desktop.ui.sync.role_dialog import MakeCentralDialog

if TYPE_CHECKING:
    from desktop.ui.host import FeatureHost

KEY_FILTER = "(*.kinerja-kunci)"


class KeyFlows(QObject):
    """Export and import of key files, and turning a fresh database into a centre."""

    def __init__(
        self, host: FeatureHost, front: Callable[[], QWidget], parent: QObject | None = None
    ) -> None:
        """``front`` gives the sync window in view, to parent the questions."""
        super().__init__(parent)
        self.host, self.front = host, front

    def _changed(self) -> None:
        self.host.data_changed.notify(Changes(sync=True), self)

    def export_key_file(self) -> Path | None:
        parent = self.front()
        central = get_role(self.host.db) is Role.CENTRAL
        folder = self.host.prompts.choose_folder(parent, self.tr("Pilih folder untuk berkas kunci"))
        if folder is None:
            return None
        try:
            path, key = export_key_file(self.host.db, folder)
        except KinerjaError as exc:
            show_error(parent, exc)
            return None
        hint = (
            self.tr("Berikan berkas ini kepada setiap kantor. Saat kantor menelepon untuk "
                    "mencocokkan, bacakan sidik jari ini.")
            if central
            else self.tr("Serahkan berkas ini ke pusat. Saat pusat menelepon untuk "
                         "mencocokkan, bacakan sidik jari ini.")
        )  # fmt: skip
        self.host.prompts.info(
            parent,
            self.tr("Berkas kunci ditulis"),
            self.tr("Berkas kunci ditulis ke %1.\n\nSidik jari: %2\n\n%3")
            .replace("%1", str(path))
            .replace("%2", key.fingerprint)
            .replace("%3", hint),
        )
        self._changed()  # the office key may have been made just now
        return path

    def start_key_import(self) -> None:
        parent = self.front()
        central = get_role(self.host.db) is Role.CENTRAL
        path = self.host.prompts.open_file(
            parent,
            self.tr("Impor Kunci Kantor") if central else self.tr("Impor Kunci Pusat"),
            self.tr("Berkas kunci Kinerja Luring %1;;Semua berkas (*)").replace("%1", KEY_FILTER),
        )
        if path is None:
            return
        try:
            key = read_key_file(path)
            expected = "office" if central else "central"
            askable = key.role == expected and key.uuid != get_office(self.host.db).office_uuid
            if askable and not self._confirm_key(parent, key, central):
                return
            result = import_key_file(self.host.db, path)  # refuses a wrong role with the reason
        except KinerjaError as exc:
            show_error(parent, exc)
            return
        self._on_key_imported(parent, result, central)

    def _confirm_key(self, parent: QWidget, key: Any, central: bool) -> bool:
        if central:
            who = (
                self.tr("Kunci kantor %1 (%2)")
                .replace("%1", key.nama)
                .replace("%2", key.instansi or "—")
            )
            how = self.tr(
                "Telepon kantor tersebut dan minta operatornya membacakan sidik jari pada layar "
                "Sinkronisasi → Status Sinkronisasi. Daftarkan hanya bila sama persis."
            )
        else:
            who = self.tr("Kunci pusat %1").replace("%1", key.nama or self.tr("(tanpa nama)"))
            how = self.tr(
                "Telepon pusat dan minta petugasnya membacakan sidik jari kunci pusat. Terima "
                "hanya bila sama persis: paket kantor ini akan dienkripsi untuk kunci ini."
            )
        return self.host.prompts.confirm(
            parent,
            self.tr("Cocokkan sidik jari"),
            self.tr("%1\n\nSidik jari:\n%2\n\n%3")
            .replace("%1", who)
            .replace("%2", key.fingerprint)
            .replace("%3", how),
            self.tr("Sidik jari cocok, terima"),
            safe_default=True,  # a stray Enter must not trust a stranger's key
        )

    def _on_key_imported(self, parent: QWidget, result: Any, central: bool) -> None:
        if central:
            text = self.tr("Kantor %1 terdaftar (sidik jari %2).").replace("%1", result.nama)
        else:
            text = self.tr(
                "Kunci pusat %1 diterima (sidik jari %2). Paket berikutnya dienkripsi untuk "
                "pusat ini."
            ).replace("%1", result.nama or self.tr("(tanpa nama)"))
        text = text.replace("%2", result.fingerprint)
        if result.previous_fingerprint:
            text += "\n" + self.tr("Menggantikan kunci %1.").replace(
                "%1", result.previous_fingerprint
            )
        self._changed()
        self.host.prompts.info(parent, self.tr("Kunci diterima"), text)

    def start_make_central(self) -> MakeCentralDialog:
        dialog = MakeCentralDialog(self.host.widget())
        dialog.accepted.connect(partial(self._on_make_central_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_make_central_accepted(self, dialog: MakeCentralDialog) -> None:
        try:
            office = get_office(self.host.db)
            office.nama_kantor = dialog.result_name()
            save_office(self.host.db, office)
            set_role(self.host.db, Role.CENTRAL)
        except KinerjaError as exc:
            show_error(self.host.widget(), exc)
            return
        self._changed()
        self.host.prompts.info(
            self.host.widget(),
            self.tr("Basis data pusat"),
            self.tr(
                "Basis data ini sekarang basis data pusat %1. Ekspor kunci pusat "
                "(Sinkronisasi → Ekspor Kunci Pusat) dan berikan kepada setiap kantor."
            ).replace("%1", office.nama_kantor),
        )
