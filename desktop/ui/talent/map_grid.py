"""The 3 × 3 talent grid on screen: potensial across (rendah → tinggi), kinerja up.

Each cell is a checkable button (box number, count, share) so a mouse click, Tab/Space or the
arrow keys pick a box; ``box_chosen(n)`` tells the tab. Colours are the printout's calm tints,
with a dark frame on the chosen cell so the choice also shows in grey."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.core.talent.ninebox import box_name, box_rekomendasi
from desktop.reports.talent_map import BOX_TINT, ROWS_TOP_DOWN


class BoxButton(QPushButton):
    def __init__(self, box: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.setObjectName(f"box{box}")
        self.setCheckable(True)
        self.setMinimumSize(100, 58)  # "14 orang · 15,3 %" wants ~130 px: room given, not forced
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        tint = BOX_TINT[box]
        self.setStyleSheet(
            f"QPushButton {{ background: {tint}; color: #1a1a1a; border: 1px solid #8a8a8a;"
            " border-radius: 0; padding: 4px; text-align: left; }"
            f" QPushButton:checked {{ background: {tint}; border: 3px solid #303030; }}"
            " QPushButton:focus { border: 2px dashed #303030; }"
            " QPushButton:checked:focus { border: 3px solid #303030; }"
        )
        self.setToolTip(box_name(box) + "\n" + "; ".join(box_rekomendasi(box)))

    def show_count(self, count: int, share: str) -> None:
        self.setText(
            self.tr("Kotak %1\n%2 orang · %3")
            .replace("%1", str(self.box))
            .replace("%2", str(count))
            .replace("%3", share)
        )
        self.setAccessibleName(self.text().replace("\n", ", "))


class NineBoxGrid(QWidget):
    """The grid with its axis labels."""

    box_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talentGrid")
        layout = QGridLayout(self)
        layout.setSpacing(0)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[int, BoxButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        rows = (self.tr("Di atas\nekspektasi"), self.tr("Sesuai\nekspektasi"),
                self.tr("Di bawah\nekspektasi"))  # fmt: skip
        for r, boxes in enumerate(ROWS_TOP_DOWN):
            label = QLabel(rows[r])
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setContentsMargins(0, 0, 6, 0)
            layout.addWidget(label, r, 1)
            for c, box in enumerate(boxes):
                button = BoxButton(box, self)
                button.clicked.connect(lambda _=False, b=box: self.box_chosen.emit(b))
                self.group.addButton(button, box)
                self.buttons[box] = button
                layout.addWidget(button, r, 2 + c)
        kinerja = QLabel(self.tr("KINERJA ↑"))
        kinerja.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        kinerja.setContentsMargins(0, 0, 6, 0)
        kinerja.setStyleSheet("font-weight: bold;")
        layout.addWidget(kinerja, 4, 1)  # in the corner: a column of its own cramped the cells
        for c, text in enumerate((self.tr("Rendah"), self.tr("Menengah"), self.tr("Tinggi"))):
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label, 3, 2 + c)
        potensial = QLabel(self.tr("POTENSIAL →"))
        potensial.setAlignment(Qt.AlignmentFlag.AlignCenter)
        potensial.setStyleSheet("font-weight: bold;")
        layout.addWidget(potensial, 4, 2, 1, 3)
        for c in range(3):
            layout.setColumnStretch(2 + c, 1)

    def show_counts(self, counts: dict[int, int], shares: dict[int, str]) -> None:
        for box, button in self.buttons.items():
            button.show_count(counts.get(box, 0), shares.get(box, ""))

    def choose(self, box: int) -> None:
        """Check ``box`` (as a click would) and say so."""
        self.buttons[box].setChecked(True)
        self.box_chosen.emit(box)

    def chosen(self) -> int | None:
        box = self.group.checkedId()
        return box if box > 0 else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move between cells; Space/Enter on the focused cell chooses it."""
        focused = self.focusWidget()
        if not isinstance(focused, BoxButton):
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose(focused.box)
            return
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
                 Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}  # fmt: skip
        move = moves.get(Qt.Key(event.key()))
        if move is None:
            super().keyPressEvent(event)
            return
        r, c = next((r, row.index(focused.box)) for r, row in enumerate(ROWS_TOP_DOWN)
                    if focused.box in row)  # fmt: skip
        r, c = min(2, max(0, r + move[0])), min(2, max(0, c + move[1]))
        self.buttons[ROWS_TOP_DOWN[r][c]].setFocus(Qt.FocusReason.OtherFocusReason)
