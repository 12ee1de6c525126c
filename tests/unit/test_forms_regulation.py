"""The printed forms and codes as PermenPANRB 6/2022's Lampiran, SE MenPANRB 3/2023 and BKN
expect them (issue 11): kualitatif and JPT layouts, titles, footnotes, the date a form is signed
on, the Dokumen's numbered blocks and emblem, running headers and footers, angka kredit to two
decimals, the "sebagian besar" side of the distribution, and SIASN codes."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop.core.angka_kredit import angka_kredit, total
from desktop.core.appraisal import CapaianOrganisasi as Org
from desktop.core.appraisal import Predikat as P
from desktop.core.appraisal import Rating, SiasnCodeError
from desktop.core.distribution import check_distribution, distribution_note
from desktop.core.workflow import Action, Role
from desktop.reports import data, dokumen, evaluasi, printing, rekap, skp
from desktop.reports.model import Identity
from desktop.reports.pages import fit_line
from desktop.store import audit
from desktop.store import skp as skp_store
from desktop.store.capaian import set_capaian
from tests.unit import report_samples as samples
from tests.unit.report_office import YEAR, build_report_office, rate
from tests.unit.test_reports_forms import pages


def text_of(pdf: bytes) -> str:
    return " ".join(pages(pdf))


# -- 1. kualitatif --------------------------------------------------------------------------


def test_a_kualitatif_skp_lists_ukuran_keberhasilan_under_each_rhk_without_aspek():
    text = text_of(skp.render(samples.skp(pendekatan="kualitatif"), samples.OPTIONS))
    assert "PENDEKATAN HASIL KERJA KUALITATIF" in text
    assert "ASPEK" not in text and "Kuantitas" not in text
    heading = "Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:"
    assert text.count(heading) == 3  # one per RHK
    rhk1 = text.index("(RHK 1)")
    assert rhk1 < text.index(heading) < text.index("- Jumlah dokumen usulan")
    assert "- Persentase usulan yang diterima BKN tanpa pengembalian; target: 95 %" in text
    assert "(1) (2) (3) A. UTAMA" in text


def test_a_kualitatif_evaluation_puts_realisasi_beside_the_ukuran():
    text = text_of(evaluasi.render(samples.evaluasi(pendekatan="kualitatif"), samples.OPTIONS))
    assert "ASPEK" not in text and "Ukuran keberhasilan" in text
    assert "REALISASI BERDASARKAN BUKTI DUKUNG" in text and "- 130 dokumen - 97 %" in text


# -- 2. JPT and the evaluation's "BAGI" line --------------------------------------------------


def test_the_jpt_skp_has_the_lampirans_columns_and_title():
    text = pages(skp.render(samples.skp(jpt=True), samples.OPTIONS))[0]
    assert text.startswith(
        "SASARAN KINERJA PEGAWAI BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
    )
    assert "PENDEKATAN" not in text
    assert (
        "HASIL KERJA NO RENCANA HASIL KERJA INDIKATOR KINERJA INDIVIDU TARGET PERSPEKTIF "
        "(1) (2) (3) (4) (5)"
    ) in text
    assert "DIINTERVENSI" not in text and "ASPEK" not in text
    assert "Penerima Layanan" in text


def test_the_jpt_evaluation_adds_realisasi_and_umpan_balik_to_the_jpt_columns():
    text = text_of(evaluasi.render(samples.evaluasi(jpt=True), samples.OPTIONS))
    assert "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" in text
    assert (
        "NO RENCANA HASIL KERJA INDIKATOR KINERJA INDIVIDU TARGET PERSPEKTIF REALISASI "
        "BERDASARKAN BUKTI DUKUNG UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"
    ) in text


def test_the_evaluation_of_an_administrator_says_for_whom_it_is():
    text = pages(evaluasi.render(samples.evaluasi(), samples.OPTIONS))[0]
    assert text.startswith(
        "EVALUASI KINERJA PEGAWAI PENDEKATAN HASIL KERJA KUANTITATIF BAGI PEJABAT ADMINISTRASI "
        "DAN PEJABAT FUNGSIONAL PERIODE: TRIWULAN I"
    )


# -- 3. PERIODE PENILAIAN ----------------------------------------------------------------------


def test_periode_penilaian_reads_tahun_before_the_year():
    text = text_of(skp.render(samples.skp(), samples.OPTIONS))
    assert "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026" in text
    ev = text_of(evaluasi.render(samples.evaluasi(periode="TW4"), samples.OPTIONS))
    assert "PERIODE PENILAIAN: 1 OKTOBER SD 31 DESEMBER TAHUN 2026" in ev


# -- 4. footnotes ---------------------------------------------------------------------------


def test_the_skp_marks_and_explains_the_intervened_rhk_and_the_ekspektasi():
    text = text_of(skp.render(samples.skp(), samples.OPTIONS))
    assert "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI*" in text
    assert "EKSPEKTASI KHUSUS PIMPINAN**" in text
    assert "* Rencana hasil kerja pimpinan" in text and "** Ekspektasi khusus pimpinan" in text
    jpt = text_of(skp.render(samples.skp(jpt=True), samples.OPTIONS))
    assert "** Ekspektasi khusus pimpinan" in jpt and "* Rencana hasil kerja pimpinan" not in jpt


# -- 5. dates -------------------------------------------------------------------------------


@pytest.fixture
def office(fresh_db):
    return fresh_db, build_report_office(fresh_db)


def _approve(db, skp_id: int, at: str) -> None:
    skp_store.transition_skp(db, skp_id, Action.AJUKAN, role=Role.OPERATOR)
    with pytest.MonkeyPatch.context() as clock:  # approved on that day (the trail is append-only)
        clock.setattr(audit, "now", lambda: at)
        skp_store.transition_skp(db, skp_id, Action.SETUJUI, role=Role.PENILAI)


def test_an_skp_is_dated_the_day_it_was_approved_not_the_print_date(office):
    db, o = office
    skp_id = o.skp[o.siti.id]
    _approve(db, skp_id, "2026-01-09T03:15:00.000Z")
    form = data.skp_form(db, skp_id)
    assert form.disetujui_pada == date(2026, 1, 9)
    printed = printing.print_record(db, "skp", skp_id, today=date(2026, 12, 5), log=False)
    text = text_of(printed.pdf)
    assert text.count("Kepahiang, 9 Januari 2026") == 2  # over both signatures
    assert "5 Desember 2026" not in text


def test_an_skp_printed_before_the_approval_date_was_printed_still_verifies(office):
    from desktop.reports.verification import content_hash
    from desktop.reports.verify import VerifyStatus, verify

    db, o = office
    skp_id = o.skp[o.siti.id]
    _approve(db, skp_id, "2026-01-09T03:15:00.000Z")
    printed = printing.print_record(db, "skp", skp_id)
    code = printed.code.replace("-", "")
    snap = json.loads(
        db.execute("SELECT snapshot FROM print_log WHERE code = ?", [code]).fetchone()[0]
    )
    snap.pop("disetujui_pada")  # as an older version logged it
    db.conn.execute(
        "UPDATE print_log SET snapshot = ?, content_hash = ? WHERE code = ?",
        [json.dumps(snap), content_hash(snap), code],
    )
    assert verify(db, printed.code).status is VerifyStatus.MATCH


def test_an_unapproved_skp_leaves_the_date_to_be_written(office):
    db, o = office
    printed = printing.print_record(db, "skp", o.skp[o.siti.id], today=date(2026, 12, 5), log=False)
    text = text_of(printed.pdf)
    assert "Kepahiang, ........................ 2026" in text and "Desember" not in text


def test_an_evaluation_is_dated_when_set_and_an_unset_one_never_the_print_day(office):
    db, o = office
    ev = printing.print_record(
        db, "evaluasi", o.evaluasi[o.siti.id], today=date(2026, 12, 5), log=False
    )
    set_on = data.evaluasi_form(db, o.evaluasi[o.siti.id]).ditetapkan_pada
    assert set_on is not None and set_on != date(2026, 12, 5)
    assert "5 Desember 2026" not in text_of(ev.pdf)
    unset = printing.print_record(
        db, "dokumen", o.evaluasi[o.staff[1].id], today=date(2026, 12, 5), log=False
    )
    assert "5 Desember 2026" not in text_of(unset.pdf)
    assert text_of(unset.pdf).count("Kepahiang, ........................ 2026") == 2


# -- 6. Dokumen Evaluasi ----------------------------------------------------------------------


def test_the_dokumen_numbers_its_blocks_with_a_dot():
    text = text_of(dokumen.render(samples.dokumen(), samples.OPTIONS))
    for n, title in enumerate(
        ["PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "ATASAN PEJABAT PENILAI KINERJA",
         "EVALUASI KINERJA", "CATATAN/REKOMENDASI"], start=1,
    ):  # fmt: skip
        assert f"{n}. {title}" in text


def _png(mode: str = "RGBA") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new(mode, (60, 80), (200, 30, 30, 128) if mode == "RGBA" else (200, 30, 30)).save(
        buffer, format="PNG"
    )
    return buffer.getvalue()


def test_an_emblem_cut_short_prints_no_box_and_a_transparent_one_keeps_its_mask():
    cut = _png("RGB")[:-40]  # the header reads, the pixels do not
    pdf = dokumen.render(samples.dokumen(emblem=cut), samples.OPTIONS)
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 0
    assert "DOKUMEN EVALUASI KINERJA PEGAWAI" in text_of(pdf)
    ok = dokumen.render(samples.dokumen(emblem=_png()), samples.OPTIONS)
    assert b"/SMask" in ok or b"/Mask" in ok


# -- 7. running headers, footers, table headers --------------------------------------------


def test_running_headers_print_roman_periods_and_stay_inside_the_page():
    long_name = Identity(
        "Prof. Dr. Ir. Hj. Raden Roro Siti Nurhaliza Kusumawardhani Wijayakusuma "
        "Prawirodirjo Hadiningrat, S.Sos., M.Si., M.Kom., M.Pd., M.A.P.",
        samples.PEGAWAI.nip,
    )
    for code, name in (("TW4", "Triwulan IV"), ("TW3", "Triwulan III"), ("TAHUNAN", "Akhir")):
        form = samples.evaluasi(periode=code, pegawai=long_name)
        text = text_of(evaluasi.render(form, samples.OPTIONS))
        assert f"Evaluasi Kinerja Pegawai {name} 2026" in text
        assert "Iv " not in text and "Iii " not in text
    assert fit_line("x" * 400, 100).endswith("…")
    from desktop.reports import fonts

    assert fonts.text_width(fit_line("W" * 400, 300), 7) <= 300


def test_the_footer_shows_code_and_qr_not_a_terminal_command():
    for module, make in ((skp, samples.skp), (evaluasi, samples.evaluasi),
                         (dokumen, samples.dokumen), (rekap, samples.rekap)):  # fmt: skip
        text = text_of(module.render(make(), samples.OPTIONS))
        assert "Kode verifikasi: 7KQ2M-9XH4D" in text
        assert "kinerja check" not in text and "--verify" not in text


PERILAKU_HEAD = "NO PERILAKU KERJA EKSPEKTASI KHUSUS PIMPINAN"


@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_the_perilaku_header_never_repeats_in_the_middle_of_a_page(paper):
    for count in range(1, 13):
        for module, make in ((skp, samples.skp), (evaluasi, samples.evaluasi)):
            texts = pages(module.render(make(rhk=count), samples.options(paper=paper)))
            for n, text in enumerate(texts, start=1):
                assert text.count(PERILAKU_HEAD) <= 1, (module.__name__, count, n)


# -- 8. angka kredit ------------------------------------------------------------------------


def test_angka_kredit_is_worked_to_two_decimals_as_bkn_does():
    two_months = angka_kredit(P.BAIK, "ahli_pertama", 2)
    assert two_months == Decimal("2.08") and str(two_months) == "2.08"
    assert total([Decimal("18.75"), two_months]) == Decimal("20.83")
    assert angka_kredit(P.BUTUH_PERBAIKAN, "ahli_madya", 12) == Decimal("28.13")


# -- 9. distribution -----------------------------------------------------------------------


def _counts(**by_name: int) -> dict[P, int]:
    return {P(k): v for k, v in by_name.items()}


def test_istimewa_without_sangat_baik_breaks_the_sebagian_besar_side():
    breaches = check_distribution(Org.ISTIMEWA, _counts(baik=8, butuh_perbaikan=2))
    assert [(b.quota.largest, b.actual, b.limit) for b in breaches] == [(True, 0, 8)]
    assert "sebagian besar Sangat Baik" in breaches[0].message()
    assert check_distribution(Org.ISTIMEWA, _counts(sangat_baik=6, baik=4)) == []


def test_baik_needs_baik_as_the_largest_group():
    breaches = check_distribution(Org.BAIK, _counts(sangat_baik=5, baik=4, butuh_perbaikan=1))
    assert [(b.quota.largest, b.actual, b.limit) for b in breaches] == [(True, 4, 5)]


@pytest.mark.parametrize("people", [1, 2])
def test_a_unit_of_one_or_two_gets_a_note_not_a_breach(people):
    counts = _counts(sangat_baik=people)
    assert check_distribution(Org.BAIK, counts) == []
    assert "terlalu sedikit" in distribution_note(counts)
    text = text_of(rekap.render(samples.rekap(counts=(("sangat_baik", people),)), samples.OPTIONS))
    assert "Catatan: Unit ini baru memiliki" in text and "PERHATIAN" not in text
    assert distribution_note(_counts(baik=3)) == ""


def test_the_rekap_of_a_sub_unit_applies_the_quotas_of_its_opd(office):
    db, o = office
    opd = data.rekap_form(db, o.opd.id, YEAR, "TW1")
    bidang = data.rekap_form(db, o.bidang.id, YEAR, "TW1")
    assert opd.capaian == bidang.capaian == "baik"  # the bidang has none of its own
    set_capaian(db, o.bidang.id, YEAR, "TW1", Org.ISTIMEWA)
    assert data.rekap_form(db, o.bidang.id, YEAR, "TW1").capaian == "istimewa"


def test_the_rekap_and_the_workspace_judge_breaches_alike(office):
    from desktop.store.workspace import load_workspace

    db, o = office
    rate(db, o.skp[o.staff[1].id], Rating.DI_ATAS, Rating.DI_ATAS, periode="TW2")
    rate(db, o.skp[o.siti.id], Rating.DI_ATAS, Rating.DI_ATAS, periode="TW2")
    set_capaian(db, o.opd.id, YEAR, "TW2", Org.BAIK)
    form = data.rekap_form(db, o.opd.id, YEAR, "TW2")
    ws = load_workspace(db, o.opd.id, data.Loader(db).tree.subtree_ids(o.opd.id), YEAR, "TW2")
    counts = {P(c): n for c, n in form.counts}
    assert check_distribution(Org(form.capaian), counts) == ws.breaches == []  # 2 people: a note


# -- 10. SIASN codes --------------------------------------------------------------------------


@pytest.mark.parametrize("code", [0, -1, 6, "0", "x", True, 2.5])
def test_siasn_predikat_codes_outside_one_to_five_are_refused(code):
    with pytest.raises(SiasnCodeError) as err:
        P.from_siasn(code)
    assert "1 sampai 5" in err.value.message()


def test_siasn_codes_inside_the_range_are_read():
    assert [P.from_siasn(n) for n in (1, 5, "3")] == [P.SANGAT_BAIK, P.SANGAT_KURANG,
                                                      P.BUTUH_PERBAIKAN]  # fmt: skip
    assert Rating.from_siasn("2") is Rating.SESUAI
    with pytest.raises(SiasnCodeError):
        Rating.from_siasn(0)


def test_the_eselon_list_carries_siasns_jpt_ids(fresh_db):
    rows = {r[0]: (r[1], r[2]) for r in fresh_db.execute("SELECT * FROM ref_eselon")}
    assert rows[10] == ("I.a", "JPT Utama")
    assert rows[11] == ("I.a", "JPT Madya") and rows[12] == ("I.b", "JPT Madya")
    assert rows[21][1] == rows[22][1] == "JPT Pratama" and rows[99][0] == "Non Eselon"


# -- 11–12. SIASN JSON ----------------------------------------------------------------------

PNS_ID = "A8ACA7B1E8C53912E040640A040269BB"


def _siasn(db, tmp_path, **staff_values):
    from desktop.store import staff as staff_store
    from desktop.sync.siasn import write_siasn

    def write(o):
        person = staff_store.get_staff(db, o.siti.id)
        for key, value in staff_values.items():
            setattr(person, key, value)
        staff_store.save_staff(db, person)
        result = write_siasn(db, YEAR, tmp_path)
        files = {p.name.split("-")[1]: json.loads(p.read_text("utf-8")) for p in result.files}
        return result, files

    return write


def test_a_periodic_record_sends_koefisien_and_the_types_real_clients_send(office, tmp_path):
    db, o = office
    result, files = _siasn(db, tmp_path, jenjang="ahli_pertama", siasn_id=PNS_ID)(o)
    [record] = [r for r in files["kinerjaperiodik"]["records"] if r["nipBaru"] == o.siti.nip]
    p = record["payload"]
    assert (p["koefisienId"], p["pnsDinilaiId"], p["periodikId"]) == ("12", PNS_ID, "2")
    for key in ("hasilKinerjaNilai", "perilakuKerjaNilai", "kuadranKinerjaNilai", "tahun",
                "bulanMulaiPenilaian", "bulanSelesaiPenilaian", "tahunMulaiPenilaian",
                "tahunSelesaiPenilaian"):  # fmt: skip
        assert type(p[key]) is int, key
    assert isinstance(p["penilaiGolongan"], str) and p["penilaiGolongan"].isdigit()
    assert (p["bulanMulaiPenilaian"], p["bulanSelesaiPenilaian"], p["tahun"]) == (1, 3, YEAR)
    assert result.held == {} and files["tertahan"]["records"] == []


def test_koefisien_ids_are_siasns_for_every_jenjang(fresh_db):
    from desktop.store.reference import koefisien_ids

    assert koefisien_ids(fresh_db) == {
        "ahli_pertama": "12", "ahli_muda": "22", "ahli_madya": "32", "ahli_utama": "42",
        "pemula": "52", "terampil": "62", "mahir": "72", "penyelia": "82",
    }  # fmt: skip


def test_a_record_without_the_siasn_person_id_is_held_with_its_reason(office, tmp_path):
    db, o = office
    result, files = _siasn(db, tmp_path, siasn_id="")(o)
    assert not [r for r in files["kinerjaperiodik"]["records"] if r["nipBaru"] == o.siti.nip]
    [held] = [r for r in files["tertahan"]["records"] if r["nipBaru"] == o.siti.nip]
    assert held["tertahan"] == ["pns_id_tidak_ada"] and "ID SIASN" in held["keterangan"][0]
    assert result.held == {"pns_id_tidak_ada": 1} and result.periodic == 0
    assert '""' not in json.dumps(files["kinerjaperiodik"]["records"])
