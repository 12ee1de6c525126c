"""Who may do what to whose data: one table of role × action → scope (DESIGN.md §7, issue 10).

The workflow table (``core.workflow``) says which role may make which SKP/evaluation
transition; this table says on *which records* a role may act at all: every record, the units
in the account's scope (each OPD with its sub-units), the employees it appraises (the one chain
of ``store.penilai``), those and their appraisees (the atasan pejabat penilai), or only the
person behind the account. The store resolves scopes with SQL (``store.access``) and refuses
with ``AccessError``; the UI asks ``allows`` to hide what would be refused, never a rule of its
own.
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

from desktop.core.errors import KinerjaError
from desktop.core.i18n import language
from desktop.core.workflow import EVAL_FLOW, SKP_FLOW, Action, Role, Transition, role_label


class Perm(StrEnum):
    """What a person tries to do (the matrix test covers every value)."""

    VIEW_STAFF = "view_staff"  # see an employee in lists and open the record
    VIEW_PERSONAL = "view_personal"  # NIK, alamat, telepon, e-mail
    EDIT_STAFF = "edit_staff"  # add, change, deactivate employees and their riwayat
    EDIT_UNITS = "edit_units"  # SOTK, outside officials, office settings
    EDIT_UNIT_DATA = "edit_unit_data"  # capaian organisasi, SKM of a unit
    EDIT_SKP = "edit_skp"  # write an SKP and submit it (ubah, ajukan)
    APPROVE_SKP = "approve_skp"  # setujui, kembalikan, revisi
    EVALUATE = "evaluate"  # evaluation entry, rating, tetapkan, buka kembali, umpan balik
    DECIDE_KEBERATAN = "decide_keberatan"  # uphold an objection to a set evaluation
    PRINT_FORMS = "print_forms"  # SKP, evaluasi and dokumen evaluasi of a person
    REPORTS = "reports"  # rekap, distribution, overviews
    IMPORT = "import"  # spreadsheets into the database
    SYNC = "sync"  # package export and import
    BACKUP = "backup"  # backup and restore
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_TALENT = "view_talent"  # Manajemen Talenta: 9-box, pools, promotion, JP, IP ASN lists
    VIEW_AUDIT = "view_audit"  # the audit trail and the personal-data report (whole office)


class Scope(StrEnum):
    """On which records a permission holds, widest first."""

    ALL = "all"
    UNITS = "units"  # staff and units inside the account's OPD(s) and their sub-units
    CHAIN = "chain"  # appraisees and their appraisees (atasan pejabat penilai)
    APPRAISEES = "appraisees"  # the employees the account's person appraises, never themself
    SELF = "self"  # the person behind the account
    NONE = "none"


# the fields of a staff record that only VIEW_PERSONAL shows (UU 27/2022)
PERSONAL_FIELDS = ("nik", "alamat", "no_hp", "email")

A, U, C, P, S = Scope.ALL, Scope.UNITS, Scope.CHAIN, Scope.APPRAISEES, Scope.SELF

# Each role lists what it may do; anything missing is Scope.NONE.
_TABLE: dict[Role, dict[Perm, Scope]] = {
    Role.ADMIN: dict.fromkeys(Perm, A),
    Role.OPERATOR: {
        Perm.VIEW_STAFF: U,
        Perm.VIEW_PERSONAL: U,
        Perm.EDIT_STAFF: U,
        Perm.EDIT_UNIT_DATA: U,
        Perm.EDIT_SKP: U,
        Perm.EVALUATE: U,
        Perm.PRINT_FORMS: U,
        Perm.REPORTS: U,
        Perm.IMPORT: U,
        Perm.VIEW_TALENT: U,  # the lists of their own OPD(s), for the BKPSDM to merge
    },
    Role.PENILAI: {
        Perm.VIEW_STAFF: P,
        Perm.APPROVE_SKP: P,
        Perm.EVALUATE: P,
        Perm.PRINT_FORMS: P,
    },
    Role.ATASAN: {
        Perm.VIEW_STAFF: C,
        Perm.DECIDE_KEBERATAN: C,
        Perm.PRINT_FORMS: C,
    },
    Role.PIMPINAN: {
        Perm.VIEW_STAFF: A,
        Perm.PRINT_FORMS: A,
        Perm.REPORTS: A,
        Perm.VIEW_TALENT: A,  # reads the talent lists; Baperjakat / talent committee
        Perm.VIEW_AUDIT: A,  # oversight: who changed what (issue 10)
    },
    Role.PEGAWAI: {
        Perm.VIEW_STAFF: S,
        Perm.VIEW_PERSONAL: S,
        Perm.EDIT_SKP: S,
        Perm.PRINT_FORMS: S,
    },
}
TABLE: MappingProxyType[Role, MappingProxyType[Perm, Scope]] = MappingProxyType(
    {role: MappingProxyType({p: _TABLE[role].get(p, Scope.NONE) for p in Perm}) for role in Role}
)

# The permission each workflow transition needs; the roles of the transition come from
# ``core.workflow`` (a test keeps the two tables consistent).
_SKP_PERMS = {
    Action.UBAH: Perm.EDIT_SKP,
    Action.AJUKAN: Perm.EDIT_SKP,
    Action.SETUJUI: Perm.APPROVE_SKP,
    Action.KEMBALIKAN: Perm.APPROVE_SKP,
    Action.REVISI: Perm.APPROVE_SKP,
}
_EVAL_PERMS = {
    Action.UBAH: Perm.EVALUATE,
    Action.NILAI: Perm.EVALUATE,
    Action.TETAPKAN: Perm.EVALUATE,
    Action.BUKA_KEMBALI: Perm.EVALUATE,
    Action.KEBERATAN: Perm.DECIDE_KEBERATAN,
}


def scope_of(role: Role | str, perm: Perm | str) -> Scope:
    """The records on which ``role`` may do ``perm`` (``Scope.NONE``: nowhere)."""
    return TABLE[Role(role)][Perm(perm)]


def allows(role: Role | str, perm: Perm | str) -> bool:
    """True when the role may do ``perm`` on at least some records (the UI's question)."""
    return scope_of(role, perm) is not Scope.NONE


def transition_perm(flow: tuple[Transition, ...], action: Action | str) -> Perm:
    """The permission a transition of the SKP or evaluation flow needs."""
    if flow is not SKP_FLOW and flow is not EVAL_FLOW:
        raise ValueError("unknown workflow")
    return (_SKP_PERMS if flow is SKP_FLOW else _EVAL_PERMS)[Action(action)]


_PERM_LABELS = {
    "view_staff": ("melihat data pegawai", "view staff records"),
    "view_personal": (
        "melihat data pribadi (NIK, alamat, telepon, e-mail)",
        "view personal data (NIK, address, phone, e-mail)",
    ),
    "edit_staff": ("mengubah pegawai", "change staff records"),
    "edit_units": ("mengubah unit kerja dan pengaturan kantor", "change units and office settings"),
    "edit_unit_data": (
        "mengubah capaian organisasi dan SKM unit",
        "change a unit's organisation result and SKM",
    ),
    "edit_skp": ("mengubah atau mengajukan SKP", "edit or submit SKPs"),
    "approve_skp": ("menyetujui atau mengembalikan SKP", "approve or return SKPs"),
    "evaluate": ("mengisi atau menetapkan evaluasi", "enter or set evaluations"),
    "decide_keberatan": ("memutuskan keberatan", "decide objections"),
    "print_forms": ("mencetak formulir", "print forms"),
    "reports": ("membuat rekap dan laporan", "make summaries and reports"),
    "import": ("mengimpor data", "import data"),
    "sync": ("mengekspor atau mengimpor paket sinkronisasi", "export or import sync packages"),
    "backup": ("menyalin atau memulihkan basis data", "copy out or restore the database"),
    "manage_accounts": ("mengelola akun", "manage accounts"),
    "view_talent": (
        "melihat daftar manajemen talenta",
        "view the talent management lists",
    ),
    "view_audit": (
        "membaca jejak audit dan laporan data pribadi",
        "read the audit trail and the personal-data report",
    ),
}
_SCOPE_PHRASES = {
    "units": ("di luar OPD-nya", "outside their OPD"),
    "chain": (
        "selain pegawai yang dinilai olehnya atau oleh bawahannya",
        "other than the staff they or their appraisers appraise",
    ),
    "appraisees": ("selain pegawai yang dinilainya", "other than the staff they appraise"),
    "self": ("selain dirinya sendiri", "other than themselves"),
}


def _pick(texts: tuple[str, str], lang: str | None) -> str:
    return texts[1] if (lang or language()) == "en" else texts[0]


def perm_label(perm: Perm | str, lang: str | None = None) -> str:
    """The action as a refusal names it."""
    return _pick(_PERM_LABELS[str(perm)], lang)


def scope_phrase(scope: Scope | str, lang: str | None = None) -> str:
    """Where a scoped role is allowed, as the refusal says it."""
    texts = _SCOPE_PHRASES.get(str(scope))
    return _pick(texts, lang) if texts else ""


class AccessError(KinerjaError):
    """The session's role or scope does not allow the action; nothing was changed. Carries
    codes (role, perm, scope) and names them in the language the message is asked in."""

    catalog = {
        "role": ("Peran {role} tidak boleh {action}.", "The role {role} may not {action}."),
        "scope": (
            "Peran {role} tidak boleh {action} {where}.",
            "The role {role} may not {action} {where}.",
        ),
        "own": (
            "Peran {role} tidak boleh {action} untuk dirinya sendiri.",
            "The role {role} may not {action} for themselves.",
        ),
        "no_staff": (
            "Akun {user} belum terhubung ke data pegawai; hubungi admin kepegawaian.",
            "Account {user} is not linked to a staff record; ask the HR admin.",
        ),
    }

    def message(self, lang: str | None = None) -> str:
        params = dict(self.params)
        if "role" in params:
            params["role"] = role_label(params["role"], lang)
        if "perm" in params:
            params["action"] = perm_label(params["perm"], lang)
        if "scope" in params:
            params["where"] = scope_phrase(params["scope"], lang)
        texts = self.catalog[self.code]
        return (texts[1] if (lang or language()) == "en" else texts[0]).format(**params)


def refusal(role: Role | str, perm: Perm | str) -> AccessError:
    """The error for an action ``role`` may never do, or may do only on other records."""
    scope = scope_of(role, perm)
    if scope is Scope.NONE:
        return AccessError("role", role=str(role), perm=str(perm))
    return AccessError("scope", role=str(role), perm=str(perm), scope=str(scope))
