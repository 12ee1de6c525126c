"""People data for the demo office: names by ethnic group, birth places, schools, addresses.

Kept apart from the generator so the lists can grow without touching the logic, and so the demo
does not depend on Faker's locale data changing between versions (the output must stay identical
for a given seed). Proportions follow a kabupaten in Bengkulu: Rejang and Malay Muslims first,
many Javanese (transmigration), then Minang, Sundanese, Batak, Bugis and small minorities.
"""

from __future__ import annotations

from typing import NamedTuple

# Agama ids (db/reference/agama.csv).
ISLAM, KRISTEN, KATHOLIK, HINDU, BUDHA, KONGHUCU = 1, 2, 3, 4, 5, 6


class NameGroup(NamedTuple):
    """Names of one ethnic or religious group and how they are put together.

    ``single`` is the share of one-word names (common among Javanese and Minang);
    ``family`` names (marga, surnames) are always added when present.
    """

    key: str
    weight: int
    agama: tuple[tuple[int, int], ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    second_male: tuple[str, ...] = ()
    second_female: tuple[str, ...] = ()
    family: tuple[str, ...] = ()
    single: float = 0.0
    places: tuple[str, ...] = ()


_MELAYU_M = (
    "Ahmad", "Muhammad", "Abdul", "Hasan", "Ismail", "Zulkarnain", "Darmawan", "Herman",
    "Rusli", "Syaiful", "Hendra", "Iwan", "Fauzi", "Rahmat", "Rizky", "Fikri", "Arif", "Firdaus",
    "Saipul", "Jamaludin", "Bahrul", "Amrullah", "Mustafa", "Yusuf", "Samsul", "Rudi", "Yudi",
    "Zainal", "Ilham", "Taufik", "Dedi", "Nasrul", "Irwan", "Roni", "Ferry", "Aidil", "Hairul",
)  # fmt: skip
_MELAYU_F = (
    "Siti", "Nurhayati", "Rosmaini", "Erlina", "Yulianti", "Fatimah", "Aisyah", "Nur", "Rina",
    "Desi", "Eka", "Lusi", "Mardiana", "Herlina", "Sri", "Yusnita", "Rosita", "Mega", "Fitri",
    "Rahmawati", "Dewi", "Nova", "Ratna", "Wulan", "Khairunnisa", "Zahra", "Aprilia", "Juwita",
    "Rosdiana", "Indah", "Marlina", "Susi", "Elvi", "Helmi", "Nurjanah", "Hafizah", "Novi",
)  # fmt: skip
_MELAYU_SECOND_M = (
    "Saputra", "Hidayat", "Pratama", "Firmansyah", "Ramadhan", "Kurniawan", "Syahputra",
    "Hakim", "Rahman", "Fauzan", "Effendi", "Alamsyah", "Irawan", "Gunawan", "Hamdani",
    "Maulana", "Junaidi", "Anwar", "Ikhsan", "Akbar",
)  # fmt: skip
_MELAYU_SECOND_F = (
    "Aminah", "Apriyani", "Oktaviani", "Wahyuni", "Susanti", "Yuliana", "Fitriani", "Sari",
    "Agustina", "Rahmadani", "Purnamasari", "Novitasari", "Anggraini", "Maharani", "Utami",
    "Safitri", "Ramadhani", "Handayani", "Lestari", "Permatasari",
)  # fmt: skip

_JAWA_M = (
    "Budi", "Agus", "Joko", "Eko", "Dwi", "Tri", "Wahyu", "Bambang", "Slamet", "Sugeng",
    "Heru", "Didik", "Teguh", "Bayu", "Yoga", "Adi", "Puji", "Suparman", "Sutrisno", "Sugiyanto",
    "Sumarno", "Paijo", "Suyanto", "Hartono", "Mulyono", "Priyo", "Bagus", "Dimas", "Wawan",
    "Setyo", "Nugroho", "Haryanto", "Suwarno", "Kasmadi", "Triyono",
)  # fmt: skip
_JAWA_F = (
    "Sri", "Endang", "Tri", "Dwi", "Sumarni", "Sumiati", "Suprapti", "Wartini", "Ningsih",
    "Rini", "Retno", "Ayu", "Puji", "Yuni", "Sulastri", "Winarsih", "Kartini", "Sutinah",
    "Lestari", "Dyah", "Endah", "Ratih", "Wulandari", "Setyowati", "Tutik", "Partini", "Siti",
)  # fmt: skip
_JAWA_SECOND_M = (
    "Santoso", "Setiawan", "Prasetyo", "Wibowo", "Susilo", "Nugroho", "Hermawan", "Purnomo",
    "Wicaksono", "Saputro", "Raharjo", "Widodo", "Sulistyo", "Kuncoro", "Hartanto", "Utomo",
    "Cahyono", "Wijayanto", "Suryadi", "Sutanto",
)  # fmt: skip
_JAWA_SECOND_F = (
    "Wahyuni", "Lestari", "Handayani", "Rahayu", "Suryani", "Purwanti", "Astuti", "Mulyani",
    "Susilowati", "Indrawati", "Widyastuti", "Kusumawati", "Setyaningsih", "Hastuti",
    "Pujiastuti", "Wulandari", "Rahmawati", "Nurhasanah", "Ningrum", "Pratiwi",
)  # fmt: skip

_SUNDA_M = (
    "Asep", "Ujang", "Dadang", "Yayan", "Cecep", "Dede", "Ade", "Iwan", "Deden", "Agus",
    "Ujang", "Jajang", "Endang", "Ikhsan", "Rizal", "Wawan", "Aceng", "Dadan", "Yusuf", "Rahmat",
)  # fmt: skip
_SUNDA_F = (
    "Euis", "Neneng", "Cucu", "Iis", "Eneng", "Lilis", "Nining", "Enok", "Yeni", "Rina",
    "Teti", "Dewi", "Ai", "Imas", "Entin", "Tati", "Sri", "Nunung", "Elis", "Yanti",
)  # fmt: skip
_SUNDA_SECOND_M = (
    "Hidayat", "Rukmana", "Permana", "Sumarna", "Gunawan", "Kusnadi", "Supriatna", "Saepudin",
    "Sukmana", "Ruhiyat", "Setiadi", "Suherman", "Kurnia", "Mulyana", "Sopian",
)  # fmt: skip
_SUNDA_SECOND_F = (
    "Nurhayati", "Kurniasih", "Rohayati", "Sumiati", "Komalasari", "Marlina", "Yuningsih",
    "Rosmiati", "Suryani", "Hartini", "Nurlela", "Sundari", "Mulyati", "Hasanah", "Rosita",
)  # fmt: skip

_MINANG_M = (
    "Afrizal", "Syafrizal", "Yusrizal", "Nofriadi", "Zulfikar", "Hendri", "Efendi", "Firman",
    "Roni", "Masrul", "Zulkifli", "Irfan", "Yondri", "Defri", "Elfiandi", "Gusrizal", "Jasman",
    "Syahrial", "Erwin", "Feri",
)  # fmt: skip
_MINANG_F = (
    "Elfira", "Yulia", "Desi", "Rina", "Yeni", "Nelfi", "Afrida", "Yusnimar", "Elvina", "Rosnida",
    "Fitri", "Mira", "Yelvi", "Delvi", "Suryani", "Nurmaini", "Ratna", "Yuliarni", "Zulmaini",
)  # fmt: skip
_MINANG_SECOND = (
    "Putra", "Syahrul", "Chaniago", "Piliang", "Tanjung", "Koto", "Sikumbang", "Jambak",
)  # fmt: skip
_MINANG_SECOND_F = ("Fitri", "Marlina", "Ratnasari", "Yenti", "Syafitri", "Warni", "Oktavia")

_BATAK_M = (
    "Ronald", "Maruli", "Hotman", "Parlindungan", "Jonni", "Sahat", "Togar", "Benny", "Robert",
    "Hendrik", "Bonar", "Tigor", "Andreas", "Daniel", "Samuel", "Rudolf", "Marihot", "Edison",
)  # fmt: skip
_BATAK_F = (
    "Rosmawati", "Lamtiur", "Friska", "Juliana", "Rotua", "Romauli", "Tiurma", "Hotnida",
    "Melati", "Lasma", "Ruth", "Ester", "Debora", "Yohana", "Mariani", "Nurmala",
)  # fmt: skip
_BATAK_MARGA = (
    "Simanjuntak", "Sitompul", "Hutapea", "Pardede", "Panjaitan", "Sihombing", "Situmorang",
    "Manurung", "Siahaan", "Simbolon", "Sinaga", "Hutagalung", "Silaban", "Napitupulu",
)  # fmt: skip
_MANDAILING_M = ("Ahmad", "Ali", "Syahrir", "Irsan", "Rahmat", "Abdul Rahim", "Muhammad", "Faisal")
_MANDAILING_F = ("Siti", "Nur", "Rahmah", "Masdalena", "Khairani", "Ummi", "Lely", "Halimah")
_MANDAILING_MARGA = ("Nasution", "Harahap", "Lubis", "Siregar", "Daulay", "Hasibuan", "Rangkuti")

_BUGIS_M = (
    "Andi Muhammad", "Andi Syamsul", "Muh. Arief", "Syamsuddin", "Nurdin", "Rusdi",
    "Andi Baso", "Hasanuddin", "Jufri", "Ahmad", "Sultan", "Andi Irwan",
)  # fmt: skip
_BUGIS_F = (
    "Andi Nurhayati", "Sitti", "Hasmawati", "Nurhaeda", "Andi Sri", "Hasnah", "Rosmiati",
    "Andi Rahmawati", "Hamsinah", "Nurwahidah",
)  # fmt: skip
_BUGIS_SECOND = ("Rahman", "Hamzah", "Mappiase", "Pawelloi", "Latif", "Arsyad", "Kadir")

_BALI_M = ("I Wayan", "I Made", "I Nyoman", "I Ketut", "I Gede", "I Putu", "I Komang", "I Kadek")
_BALI_F = ("Ni Wayan", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Luh", "Ni Putu", "Ni Komang")
_BALI_SECOND_M = (
    "Sudarma", "Arsana", "Sudiarta", "Artawan", "Suardana", "Mertayasa", "Wirawan", "Adnyana",
)  # fmt: skip
_BALI_SECOND_F = (
    "Sukarni", "Ayu Lestari", "Sri Wahyuni", "Suartini", "Ariani", "Sumertini", "Ayu Dewi",
)  # fmt: skip

_TIONGHOA_M = ("Hendra", "Susanto", "Yohan", "Budiman", "Hartono", "Rudy", "Kevin", "Wilson")
_TIONGHOA_F = ("Lina", "Liliana", "Meiliana", "Susan", "Wenny", "Cindy", "Fransiska", "Lanny")
_TIONGHOA_SURNAME = ("Wijaya", "Gunawan", "Halim", "Tanoto", "Salim", "Hartanto", "Kusuma")

_KRISTEN_M = (
    "Yohanes", "Fransiskus", "Stefanus", "Agustinus", "Yosua", "Daniel", "Markus", "Paulus",
    "Petrus", "Yakobus", "Albertus", "Kristian",
)  # fmt: skip
_KRISTEN_F = (
    "Maria", "Theresia", "Veronika", "Kristina", "Debora", "Elisabeth", "Agnes", "Yuliana",
    "Margaretha", "Lidia", "Natalia",
)  # fmt: skip
_KRISTEN_FAMILY = (
    "Pangemanan", "Rumengan", "Sondakh", "Wenas", "Zebua", "Harefa", "Telaumbanua", "Seran",
    "Bria", "Lomi", "Tamaela", "Pattinama",
)  # fmt: skip

NAME_GROUPS: tuple[NameGroup, ...] = (
    NameGroup("melayu", 38, ((ISLAM, 1),), _MELAYU_M, _MELAYU_F, _MELAYU_SECOND_M,
              _MELAYU_SECOND_F, single=0.15),
    NameGroup("jawa", 26, ((ISLAM, 93), (KRISTEN, 4), (KATHOLIK, 3)), _JAWA_M, _JAWA_F,
              _JAWA_SECOND_M, _JAWA_SECOND_F, single=0.3,
              places=("Yogyakarta", "Purworejo", "Sukoharjo", "Kebumen", "Kediri", "Semarang")),
    NameGroup("sunda", 6, ((ISLAM, 1),), _SUNDA_M, _SUNDA_F, _SUNDA_SECOND_M, _SUNDA_SECOND_F,
              single=0.1, places=("Bandung", "Garut", "Tasikmalaya", "Ciamis")),
    NameGroup("minang", 9, ((ISLAM, 1),), _MINANG_M, _MINANG_F, _MINANG_SECOND,
              _MINANG_SECOND_F, single=0.35,
              places=("Padang", "Bukittinggi", "Solok", "Payakumbuh", "Pariaman")),
    NameGroup("batak", 4, ((KRISTEN, 75), (KATHOLIK, 25)), _BATAK_M, _BATAK_F,
              family=_BATAK_MARGA, places=("Medan", "Tarutung", "Pematangsiantar", "Balige")),
    NameGroup("mandailing", 3, ((ISLAM, 1),), _MANDAILING_M, _MANDAILING_F,
              family=_MANDAILING_MARGA, places=("Padangsidimpuan", "Medan", "Panyabungan")),
    NameGroup("bugis", 2, ((ISLAM, 1),), _BUGIS_M, _BUGIS_F, _BUGIS_SECOND, _BUGIS_SECOND,
              single=0.2, places=("Makassar", "Bone", "Parepare")),
    NameGroup("bali", 2, ((HINDU, 1),), _BALI_M, _BALI_F, _BALI_SECOND_M, _BALI_SECOND_F,
              places=("Denpasar", "Singaraja", "Tabanan", "Seluma")),
    NameGroup("tionghoa", 1, ((BUDHA, 40), (KRISTEN, 30), (KATHOLIK, 15), (KONGHUCU, 15)),
              _TIONGHOA_M, _TIONGHOA_F, family=_TIONGHOA_SURNAME, places=("Bengkulu", "Palembang")),
    NameGroup("kristen", 2, ((KRISTEN, 55), (KATHOLIK, 45)), _KRISTEN_M, _KRISTEN_F,
              family=_KRISTEN_FAMILY, places=("Manado", "Kupang", "Gunungsitoli", "Ambon")),
)  # fmt: skip

BIRTH_PLACES: tuple[tuple[str, int], ...] = (
    ("Kepahiang", 30), ("Curup", 14), ("Bengkulu", 12), ("Lubuk Linggau", 4), ("Palembang", 4),
    ("Padang", 3), ("Pagar Alam", 3), ("Manna", 3), ("Argamakmur", 3), ("Muara Aman", 3),
    ("Tais", 2), ("Lahat", 2), ("Bintuhan", 1), ("Mukomuko", 1), ("Karang Tinggi", 2),
    ("Tebat Karai", 2), ("Kabawetan", 2), ("Bandar Lampung", 1), ("Jakarta", 2), ("Jambi", 1),
)  # fmt: skip

# NIK region codes (PPKKCC) of Kabupaten Kepahiang (1708) and neighbours in Provinsi Bengkulu.
NIK_REGIONS: tuple[tuple[str, int], ...] = (
    ("170801", 14), ("170802", 8), ("170803", 6), ("170804", 6), ("170805", 5), ("170806", 4),
    ("170807", 4), ("170808", 3), ("170201", 5), ("170202", 3), ("177101", 4), ("177102", 2),
    ("170901", 2),
)  # fmt: skip

STREETS = (
    "Jl. Lintas Kepahiang-Curup", "Jl. Santoso", "Jl. Abdul Hamid", "Jl. Merdeka", "Jl. Basuki",
    "Jl. Raya Kabawetan", "Jl. Pasar Ujung", "Jl. Perintis Kemerdekaan", "Jl. Soekarno-Hatta",
    "Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Kolonel Berlian", "Jl. Lintas Bengkulu",
    "Jl. Pembangunan", "Jl. Mawar", "Jl. Melati", "Jl. Perumnas", "Jl. Talang Babatan",
)  # fmt: skip
DESA = (
    ("Pasar Ujung", "Kepahiang"), ("Pensiunan", "Kepahiang"), ("Padang Lekat", "Kepahiang"),
    ("Dusun Kepahiang", "Kepahiang"), ("Kampung Pensiunan", "Kepahiang"),
    ("Tebat Monok", "Kepahiang"), ("Kelobak", "Kepahiang"), ("Taba Tebelet", "Kepahiang"),
    ("Suro Lembak", "Ujan Mas"), ("Ujan Mas Atas", "Ujan Mas"), ("Pekalongan", "Ujan Mas"),
    ("Tangsi Baru", "Kabawetan"), ("Bandung Baru", "Kabawetan"), ("Durian Depun", "Merigi"),
    ("Simpang Kota Bingin", "Merigi"), ("Tebat Karai", "Tebat Karai"),
    ("Peraduan Binjai", "Tebat Karai"), ("Bukit Barisan", "Bermani Ilir"),
)  # fmt: skip

EMAIL_DOMAINS: tuple[tuple[str, int], ...] = (
    ("gmail.com", 70), ("yahoo.co.id", 10), ("yahoo.com", 6), ("kepahiangkab.go.id", 10),
    ("ymail.com", 2), ("outlook.com", 2),
)  # fmt: skip
PHONE_PREFIXES = (
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0855", "0856", "0857",
    "0858", "0817", "0818", "0819", "0859", "0877", "0878", "0895", "0896", "0881", "0882",
)  # fmt: skip

# Schools and campuses by kind; ``sma`` for the years before college.
SCHOOLS: dict[str, tuple[str, ...]] = {
    "sma": (
        "SMA Negeri 1 Kepahiang", "SMA Negeri 2 Kepahiang", "SMK Negeri 1 Kepahiang",
        "MAN 1 Kepahiang", "SMA Negeri 1 Curup", "SMA Negeri 2 Kota Bengkulu",
        "SMA Negeri 5 Kota Bengkulu", "SMA Negeri 1 Ujan Mas", "SMK Negeri 3 Rejang Lebong",
        "SMA Negeri 3 Lubuk Linggau", "SMA Negeri 1 Padang",
    ),
    "umum": (
        "Universitas Bengkulu", "Universitas Dehasen Bengkulu",
        "Universitas Muhammadiyah Bengkulu", "Universitas Prof. Dr. Hazairin, SH",
        "Universitas Sriwijaya", "Universitas Andalas", "Universitas Terbuka",
        "Universitas Lampung", "Universitas Jambi", "Universitas Gadjah Mada",
    ),
    "pendidikan": (
        "Universitas Bengkulu", "Universitas Negeri Padang", "IAIN Curup",
        "Universitas Muhammadiyah Bengkulu", "Universitas PGRI Palembang", "Universitas Terbuka",
        "UIN Fatmawati Sukarno Bengkulu", "Universitas Sriwijaya",
    ),
    "kesehatan": (
        "Poltekkes Kemenkes Bengkulu", "STIKes Bhakti Husada Bengkulu",
        "STIKes Tri Mandiri Sakti Bengkulu", "Universitas Bengkulu", "Poltekkes Kemenkes Palembang",
        "Universitas Dehasen Bengkulu", "Akademi Kebidanan Manna",
    ),
    "dokter": (
        "Universitas Bengkulu", "Universitas Sriwijaya", "Universitas Andalas",
        "Universitas Lampung", "Universitas Jambi", "Universitas Padjadjaran",
    ),
    "teknik": (
        "Universitas Bengkulu", "Universitas Sriwijaya", "Politeknik Negeri Sriwijaya",
        "Universitas Andalas", "Institut Teknologi Padang", "Universitas Dehasen Bengkulu",
    ),
    "pemerintahan": (
        "Institut Pemerintahan Dalam Negeri", "Universitas Bengkulu",
        "STIA Bengkulu", "Universitas Prof. Dr. Hazairin, SH", "Universitas Terbuka",
    ),
}  # fmt: skip
