"""The Manajemen Talenta page: who sees it, its tabs built lazily, and the year and unit it
hands each tab (issue 14 item 9)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.core.appraisal import Rating
from desktop.core.skp import Aspek, Iki, Rhk
from desktop.core.workflow import Action, Role
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store import talent_scope
from desktop.store.session import Session, acting
from desktop.ui.talent.page import TABS, TabSpec, TalentPage, tab_title
from tests.gui.talent import page_fake_tab

FAKES = (
    TabSpec("tests.gui.talent.page_fake_tab", "FakeTab", "Palsu A"),
    TabSpec("tests.gui.talent.page_fake_tab", "FakeTabB", "Palsu B"),
    TabSpec("desktop.ui.talent.no_such_tab", "Nothing", "Belum Ada"),
)
TITLES = [
    "Peta Talenta",
    "Suksesi",
    "Kenaikan Pangkat & Jenjang",
    "Kinerja Rendah",
    "Pengembangan Kompetensi",
    "IP ASN",
]


def _tab_index(window) -> int:
    return window.pages.indexOf(window.talent.page)


def test_the_page_is_the_third_and_ctrl_3_opens_it_with_its_six_tabs(qtbot, window):
    index = _tab_index(window)
    assert index == 2
    assert window.pages.tabText(index) == "Manajemen Talenta"
    assert window.pages.isTabVisible(index)
    assert not window.talent.page.built  # nothing built before it is shown
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.talent.page
    page = window.talent.page
    assert page.built and page.tabs is not None
    texts = [page.tabs.tabText(i).replace("&&", "&") for i in range(page.tabs.count())]
    assert texts == TITLES
    assert [tab_title(s) for s in TABS] == TITLES
    assert page.year is not None and page.year.value() == talent_scope.default_year(window.db)


def test_the_view_menu_lists_the_page_after_penilaian_kinerja(window):
    appraisal = window.main_actions.show_appraisal_page
    menu = next(m for m in appraisal.associatedObjects() if hasattr(m, "actions") and m.actions())
    actions = menu.actions()
    assert actions[actions.index(appraisal) + 1] is window.talent.action


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        (Role.ADMIN, True),
        (Role.OPERATOR, True),
        (Role.PIMPINAN, True),
        (Role.PENILAI, False),
        (Role.ATASAN, False),
        (Role.PEGAWAI, False),
    ],
)
def test_only_roles_with_the_talent_lists_see_the_page(qtbot, window, office, role, shown):
    opd = office.unit("1.01").id
    session = Session(role, 9, "akun", staff_id=office.staff[0].id, unit_ids=frozenset({opd}))
    window.pages.setCurrentIndex(_tab_index(window))
    with acting(session):
        window.host.session_changed.notify(session)
        assert window.pages.isTabVisible(_tab_index(window)) is shown
        assert window.talent.action.isVisible() is shown
        if not shown:
            assert window.pages.currentIndex() == 0  # left the page it may not see
            window.pages.setCurrentIndex(_tab_index(window))  # a restored "last page"
            assert window.pages.currentIndex() == 0
    window.host.session_changed.notify(Session())
    assert window.pages.isTabVisible(_tab_index(window))


@pytest.fixture
def fake_page(qtbot, window):
    page_fake_tab.CALLS.clear()
    page = TalentPage(window.host, tabs=FAKES, today=date(2026, 12, 5))
    qtbot.addWidget(page)
    page.resize(900, 600)
    return page


def test_tabs_load_when_shown_and_hear_the_year_and_the_unit(qtbot, window, office, fake_page):
    page = fake_page
    page.show()
    qtbot.waitExposed(page)
    assert page_fake_tab.CALLS == [("A", 2025, 0)]  # no annual evaluation yet: last year
    assert page.slots[1].tab is None  # the second tab is not built until shown
    page.year.setFocus()
    page.year.selectAll()
    qtbot.keyClicks(page.year, "2024")
    qtbot.keyClick(page.year, Qt.Key.Key_Return)
    assert page_fake_tab.CALLS[-1] == ("A", 2024, 0)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page_fake_tab.CALLS[-1] == ("B", 2024, 0)
    opd = office.unit("1.02").id
    window.unit_tree.select_unit(opd)
    assert page_fake_tab.CALLS[-1] == ("B", 2024, opd)
    calls = len(page_fake_tab.CALLS)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert page_fake_tab.CALLS[calls:] == [("A", 2024, opd)]  # the hidden tab caught up
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page_fake_tab.CALLS[calls + 1 :] == []  # B already shows 2024 and that unit


def test_a_change_of_data_reads_the_visible_tab_again(qtbot, window, fake_page):
    from desktop.ui.host import Changes

    fake_page.show()
    qtbot.waitExposed(fake_page)
    before = len(page_fake_tab.CALLS)
    window.host.data_changed.notify(Changes(staff=True))
    assert len(page_fake_tab.CALLS) == before + 1


def test_saved_talent_settings_read_the_lists_again(qtbot, window, fake_page, monkeypatch):
    from desktop.ui.talent import settings_dialog

    asked: list[object] = []
    monkeypatch.setattr(settings_dialog, "edit_settings", lambda host: asked.append(host) or True)
    fake_page.show()
    qtbot.waitExposed(fake_page)
    button = fake_page.settings_button
    assert button is not None and button.isVisible()
    before = len(page_fake_tab.CALLS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [window.host]
    assert len(page_fake_tab.CALLS) == before + 1
    monkeypatch.setattr(settings_dialog, "edit_settings", lambda host: False)  # cancelled
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(page_fake_tab.CALLS) == before + 1


def test_another_user_gets_the_lists_read_again_and_their_own_buttons(
    qtbot, window, office, fake_page
):
    fake_page.show()
    qtbot.waitExposed(fake_page)
    assert fake_page.settings_button is not None and fake_page.settings_button.isVisible()
    before = len(page_fake_tab.CALLS)
    operator = Session(Role.OPERATOR, 9, "op", unit_ids=frozenset({office.unit("1.01").id}))
    with acting(operator):
        window.host.session_changed.notify(operator)
        assert not fake_page.settings_button.isVisible()  # office settings are not theirs
        assert len(page_fake_tab.CALLS) == before + 1  # the same year and unit, read again


def test_a_tab_not_written_yet_shows_a_note(qtbot, fake_page):
    fake_page.show()
    qtbot.waitExposed(fake_page)
    bar = fake_page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    slot = fake_page.slots[2]
    assert slot.tab is not None and slot.tab.objectName() == "talentPlaceholder"
    assert "Belum Ada" in slot.tab.text()


def _set_annual(db, staff_id: int, year: int) -> None:
    skp = skp_store.new_skp(staff_id, year)
    skp.rhk = [Rhk("Terkelolanya layanan", iki=[Iki("Layanan selesai", Aspek.KUANTITAS, "100")])]
    skp = skp_store.save_skp(db, skp)
    skp_store.transition_skp(db, skp.id, Action.AJUKAN)
    skp_store.transition_skp(db, skp.id, Action.SETUJUI)
    ev = ev_store.open_evaluasi(db, skp.id, "TAHUNAN")
    ev.rating_hasil = ev.rating_perilaku = Rating.SESUAI
    ev = ev_store.save_evaluasi(db, ev)
    ev_store.transition_evaluasi(db, ev.id, Action.NILAI)
    ev_store.transition_evaluasi(db, ev.id, Action.TETAPKAN, today=date(year + 1, 1, 15))


def test_the_year_opens_on_the_latest_set_annual_evaluation_in_scope(fresh_db, office):
    today = date(2026, 12, 5)
    assert talent_scope.default_year(fresh_db, today=today) == 2025
    in_opd = next(s for s in office.staff if s.unit_id == office.unit("1.01").id)
    _set_annual(fresh_db, in_opd.id, 2023)
    assert talent_scope.default_year(fresh_db, today=today) == 2023
    other = Session(Role.OPERATOR, 9, "op", unit_ids=frozenset({office.unit("1.02").id}))
    with acting(other):  # that evaluation is outside this operator's OPD
        assert talent_scope.default_year(fresh_db, today=today) == 2025


def test_the_lists_refuse_a_role_without_them_and_a_unit_outside_the_opd(fresh_db, office):
    from desktop.core.access import AccessError

    own, other = office.unit("1.01").id, office.unit("1.02").id
    operator = Session(Role.OPERATOR, 9, "op", unit_ids=frozenset({own}))
    assert talent_scope.require_view(fresh_db, own, session=operator) is operator
    with pytest.raises(AccessError) as refused:
        talent_scope.require_view(fresh_db, other, session=operator)
    assert "di luar OPD-nya" in refused.value.message()
    penilai = Session(Role.PENILAI, 9, "penilai", staff_id=office.staff[0].id)
    with pytest.raises(AccessError) as refused:
        talent_scope.require_view(fresh_db, session=penilai)
    assert "manajemen talenta" in refused.value.message()
    pimpinan = Session(Role.PIMPINAN, 9, "pimpinan")
    assert talent_scope.require_view(fresh_db, other, session=pimpinan) is pimpinan
