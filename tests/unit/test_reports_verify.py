"""Verification codes and the print log: a printed page matches the data, or says what
changed since, field by field; codes are short, forgiving to type, and stable per content."""

from __future__ import annotations

import pytest

from desktop.core.appraisal import Rating
from desktop.core.workflow import Action, Role
from desktop.reports import printing
from desktop.reports.verification import (
    VerifyError,
    VerifyStatus,
    format_code,
    make_code,
    normalize_code,
)
from desktop.reports.verify import report_lines, summary, verify
from desktop.store import evaluasi as ev_store
from desktop.store import prints
from desktop.store import staff as staff_store
from tests.unit.report_office import build_report_office


@pytest.fixture
def office(fresh_db):
    return fresh_db, build_report_office(fresh_db)


def print_dokumen(db, office, **kw):
    return printing.print_record(db, "dokumen", office.evaluasi[office.siti.id], **kw)


def test_codes_are_ten_base32_characters_read_forgivingly():
    code = make_code("dokumen", "abc", "TW1", "0" * 64)
    assert len(code) == 10 and set(code) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    printed = format_code(code)
    assert printed[5] == "-"
    typed = f"  {printed.lower().replace('-', ' ')} "
    assert normalize_code(typed) == code
    assert normalize_code("oIl23-45678") == "011234567" + "8"
    for bad in ("", "ABC", "ABCDE-FGHJK-1", "ABCDE-FGHJU"):
        with pytest.raises(VerifyError) as err:
            normalize_code(bad)
        assert "10 huruf/angka" in err.value.message()


def test_unchanged_data_matches_and_a_reprint_keeps_its_code(office):
    db, o = office
    first = print_dokumen(db, o)
    again = print_dokumen(db, o)
    assert again.code == first.code
    result = verify(db, first.code.lower())
    assert result.status is VerifyStatus.MATCH and result.ok
    assert result.times == 2 and result.changes == []
    assert "COCOK" in summary(result) and o.siti.nama in result.title


def test_a_changed_rating_is_reported_field_by_field(office):
    db, o = office
    printed = print_dokumen(db, o)
    ev = ev_store.transition_evaluasi(
        db, o.evaluasi[o.siti.id], Action.BUKA_KEMBALI, role=Role.PENILAI, reason="salah input"
    )
    ev.rating_perilaku = Rating.SESUAI
    ev_store.save_evaluasi(db, ev)
    result = verify(db, printed.code)
    assert result.status is VerifyStatus.CHANGED and not result.ok
    changed = {c.field: (c.printed, c.current) for c in result.changes}
    assert changed["Predikat Kinerja Pegawai"] == ("Sangat Baik", "Baik")
    assert changed["Status"] == ("Ditetapkan", "Dinilai")
    lines = report_lines(result)
    assert lines[0].startswith("BERUBAH - kode " + printed.code)
    assert any(
        'Predikat Kinerja Pegawai: tercetak "Sangat Baik", sekarang "Baik"' in x for x in lines
    )
    reprint = print_dokumen(db, o)
    assert reprint.code != printed.code  # new content, new code
    assert verify(db, reprint.code).ok


def test_evaluation_form_reports_a_changed_realisasi_and_name(office):
    db, o = office
    printed = printing.print_record(db, "evaluasi", o.evaluasi[o.staff[1].id])  # not yet set
    ev = ev_store.get_evaluasi(db, o.evaluasi[o.staff[1].id])
    ev.realisasi[0].realisasi = "140 berkas"
    ev_store.save_evaluasi(db, ev)
    rudi = o.staff[1]
    rudi.nama = "Rudi Hartono Saputra"
    staff_store.save_staff(db, rudi)
    changes = {c.field: (c.printed, c.current) for c in verify(db, printed.code).changes}
    assert changes["RHK Utama 1 › IKI 1 › Realisasi"] == ("130 berkas", "140 berkas")
    assert changes["Pegawai yang Dinilai › Nama"] == (
        "Rudi Hartono, S.Kom.",
        "Rudi Hartono Saputra, S.Kom.",
    )


def test_unknown_and_malformed_codes_get_clear_messages(office):
    db, _o = office
    result = verify(db, "zzzzz zzzzz")
    assert result.status is VerifyStatus.UNKNOWN
    assert "ZZZZZ-ZZZZZ tidak dikenal" in summary(result)
    with pytest.raises(VerifyError):
        verify(db, "12345")


def test_a_deleted_record_is_reported_as_gone(office):
    db, o = office
    printed = print_dokumen(db, o)
    db.conn.execute("DELETE FROM evaluasi WHERE id = ?", [o.evaluasi[o.siti.id]])
    result = verify(db, printed.code)
    assert result.status is VerifyStatus.GONE
    assert "sudah dihapus" in summary(result)


def test_a_preview_logs_nothing_until_registered(office):
    db, o = office
    preview = print_dokumen(db, o, log=False)
    assert prints.find_print(db, preview.code.replace("-", "")) is None
    from desktop.reports.verification import register

    register(db, preview.sealed)
    entry = prints.find_print(db, preview.code.replace("-", ""))
    assert entry is not None and entry.kind == "dokumen" and entry.paper == "a4"
    assert entry.snapshot["pegawai"]["nip"] == o.siti.nip


def test_the_rekap_is_verified_against_the_unit_counts(office):
    db, o = office
    printed = printing.print_record(db, "rekap", o.opd.id, tahun=2026, periode="TW1")
    assert verify(db, printed.code).ok
    ev = ev_store.get_evaluasi(db, o.evaluasi[o.staff[1].id])
    ev.rating_hasil = Rating.DI_ATAS
    ev.rating_perilaku = Rating.DI_ATAS
    ev_store.save_evaluasi(db, ev)
    changes = {c.field: (c.printed, c.current) for c in verify(db, printed.code).changes}
    assert changes["Jumlah Sangat Baik"] == ("1", "2") and changes["Jumlah Baik"] == ("1", "0")


def test_verify_speaks_english_when_asked(office):
    from desktop.core import i18n

    db, o = office
    printed = print_dokumen(db, o)
    i18n.set_language("en")
    assert summary(verify(db, printed.code)).startswith("MATCH")


def test_a_code_taken_by_other_content_is_derived_again(office):
    from desktop.reports import data
    from desktop.reports.verification import seal, seal_all

    db, o = office
    form = data.dokumen_form(db, o.evaluasi[o.siti.id])
    plain = seal(form, "a4")
    squatter = prints.PrintEntry(
        plain.code, "skp", "another-record", 2026, "", "f" * 64, {"x": 1}, "a4"
    )
    prints.log_prints(db, [squatter])
    sealed = seal_all(db, [form], "a4")[0]
    assert sealed.code != plain.code
    printing.print_forms(db, [form])
    assert verify(db, sealed.code).ok
    assert prints.find_print(db, plain.code).record_uuid == "another-record"
