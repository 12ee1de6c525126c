"""Why the demo office cannot be built; the text lives next to the rule, the UI only shows it."""

from __future__ import annotations

from desktop.core.errors import ValidationError


class DemoError(ValidationError):
    """The demo refuses to build: it only fills an empty database, with a sensible size."""

    catalog = {
        "not_empty": (
            "Basis data ini sudah berisi {staff} pegawai dan {units} unit. Kantor contoh hanya "
            "dapat dibuat di basis data kosong; buat berkas baru dengan --db.",
            "This database already holds {staff} employees and {units} units. The demo office "
            "can only be built in an empty database; create a new file with --db.",
        ),
        "real_office": (
            "Basis data ini milik kantor “{name}”. Kantor contoh selalu dibuat di berkas "
            "tersendiri, tidak pernah di basis data kantor; pilih berkas lain dengan --db.",
            "This database belongs to the office “{name}”. The demo office always goes in "
            "a file of its own, never in an office's database; choose another file with --db.",
        ),
        "no_staff": (
            "Tidak ada pegawai aktif untuk diberi tahun penilaian contoh.",
            "There are no active staff to give a demo appraisal year.",
        ),
        "year_exists": (
            "Basis data ini sudah berisi {count} SKP tahun {year}; tahun penilaian contoh "
            "hanya dibuat untuk tahun yang masih kosong.",
            "This database already holds {count} SKP of {year}; the demo appraisal year is only "
            "built for a year without any.",
        ),
        "staff_count": (
            "Jumlah pegawai contoh harus antara {low} dan {high} (tertulis {count}).",
            "The number of demo employees must be between {low} and {high} ({count} given).",
        ),
    }
