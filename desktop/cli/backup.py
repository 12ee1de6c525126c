"""``kinerja backup`` and ``kinerja restore``: backups of the office database from a terminal.

``backup`` writes into the backup folder beside the database (then thins it like the app does),
``-o FILE`` (or a folder) writes a copy elsewhere, and ``--encrypt``/``--passphrase-file`` seals
it for a USB stick. ``backup --list`` shows what the folder holds. ``restore FILE`` shows the
backup's date and counts, asks (or needs ``--yes`` when no one can be asked), backs up the
current state, and restores row for row. Exit 0 done, 1 refused (nothing changed), 2 usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from desktop import paths
from desktop.cli.common import Context, IdCommand, emit_json, rejecting
from desktop.cli.options import json_option, output_option
from desktop.core.i18n import pick

if TYPE_CHECKING:  # the store's backups (sqlite-utils) load when a command runs
    from desktop.store.backups import BackupInfo

_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
COUNT_LABELS = {"pegawai": ("pegawai", "staff"), "unit": ("unit", "units"),
                "skp": ("SKP", "SKP"), "evaluasi": ("evaluasi", "evaluations")}  # fmt: skip


def info_dict(info: BackupInfo) -> dict[str, Any]:
    return {
        "file": str(info.path), "created_at": info.created_at.isoformat(),
        "reason": info.reason, "size": info.size, "counts": info.counts,
        "schema": info.schema, "office": info.office, "app_version": info.app_version,
    }  # fmt: skip


def when_text(info: BackupInfo) -> str:
    return info.created_at.astimezone().strftime("%d-%m-%Y %H:%M")


def counts_text(counts: dict[str, int]) -> str:
    index = 1 if pick("id", "en") == "en" else 0
    return ", ".join(
        f"{counts[key]} {COUNT_LABELS[key][index]}" for key in COUNT_LABELS if key in counts
    )


def summary_line(info: BackupInfo) -> str:
    office = f" — {info.office}" if info.office else ""
    return (
        f"{when_text(info)}  {info.reason}  {info.size / 1024:,.0f} KB  "
        f"{counts_text(info.counts)}{office}"
    )


def _passphrase(passphrase_file: Path | None, *, twice: bool) -> str:
    if passphrase_file is not None:
        lines = passphrase_file.read_text(encoding="utf-8").splitlines()
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        click.echo(
            pick(
                "Ditolak: kata sandi tidak dapat ditanyakan tanpa terminal; "
                "gunakan --passphrase-file FILE.",
                "Rejected: no terminal to ask the passphrase; use --passphrase-file FILE.",
            ),
            err=True,
        )
        sys.exit(1)
    return click.prompt(
        pick("Kata sandi", "Passphrase"),
        hide_input=True,
        confirmation_prompt=pick("Ulangi kata sandi", "Repeat the passphrase") if twice else False,
    )


def _require_db(obj: Context) -> None:
    if not obj.db_path.exists():
        click.echo(pick(f"Basis data tidak ada: {obj.db_path}", f"No database at {obj.db_path}"),
                   err=True)  # fmt: skip
        sys.exit(1)


@click.command("backup", cls=IdCommand)
@output_option(help="Berkas atau folder tujuan.", target="either", required=False)
@click.option("--encrypt", is_flag=True, help="Enkripsi dengan kata sandi (ditanyakan dua kali).")
@click.option("--passphrase-file", type=_FILE, help="Baca kata sandi dari baris pertama FILE.")
@click.option("--list", "as_list", is_flag=True, help="Tampilkan cadangan yang tersimpan.")
@json_option
@click.pass_obj
def backup_cmd(
    obj: Context,
    out: Path | None,
    encrypt: bool,
    passphrase_file: Path | None,
    as_list: bool,
    as_json: bool,
) -> None:
    """Cadangkan basis data kantor (ke folder cadangan, atau -o ke berkas/flashdisk)."""
    from desktop.store import backups

    if as_list:
        _list(obj, as_json)
        return
    _require_db(obj)
    sealed = encrypt or passphrase_file is not None
    if sealed and out is None:
        raise click.UsageError(pick("Cadangan terenkripsi memerlukan -o FILE.",
                                    "An encrypted backup needs -o FILE."))  # fmt: skip
    secret = _passphrase(passphrase_file, twice=True) if sealed else None
    with rejecting():
        if secret is not None:
            from desktop.sync.sealed_backup import check_passphrase

            check_passphrase(secret)
        db = obj.open()
        if out is None or secret is not None:
            info = backups.auto_backup(db, "flashdisk" if secret is not None else "manual")
        else:
            target = backups.free_name(out, obj.db_path.stem, "manual") if out.is_dir() else out
            info = backups.create_backup(db, obj.db_path, reason="manual", target=target)
        written = _seal(info, out, secret) if secret is not None and out is not None else None
    if as_json:
        emit_json({**info_dict(info), "sealed": str(written) if written else None})
        return
    click.echo(pick("Cadangan dibuat: ", "Backup written: ") + str(written or info.path))
    click.echo("  " + summary_line(info))
    if written is not None:
        click.echo(pick("Terenkripsi dan diperiksa ulang. Aman untuk mencabut flashdisk.",
                        "Encrypted and read back. Safe to remove the stick."))  # fmt: skip


def _seal(info: BackupInfo, out: Path, secret: str) -> Path:
    from desktop.sync import sealed_backup

    if out.is_dir():
        return sealed_backup.seal_into(info.path, out, secret).path
    return sealed_backup.seal(info.path, out, secret).path


def _list(obj: Context, as_json: bool) -> None:
    from desktop.store import backups

    found = backups.list_backups(paths.backup_dir_for(obj.db_path))
    if as_json:
        emit_json([info_dict(i) for i in found])
        return
    if not found:
        click.echo(pick("Belum ada cadangan.", "No backups yet."))
        return
    click.echo(pick(f"Cadangan di {found[0].path.parent}:", f"Backups in {found[0].path.parent}:"))
    for info in found:
        click.echo("  " + summary_line(info) + f"  ({info.path.name})")


@click.command("restore", cls=IdCommand)
@click.argument("file", type=_FILE)
@click.option("--yes", is_flag=True, help="Pulihkan tanpa bertanya.")
@click.option("--passphrase-file", type=_FILE, help="Kata sandi cadangan terenkripsi.")
@json_option
@click.pass_obj
def restore_cmd(
    obj: Context, file: Path, yes: bool, passphrase_file: Path | None, as_json: bool
) -> None:
    """Pulihkan basis data kantor dari berkas cadangan FILE (keadaan sekarang dicadangkan dulu)."""
    from desktop.store import backups
    from desktop.sync.sealed_backup import is_sealed, plain_archive

    secret = _passphrase(passphrase_file, twice=False) if is_sealed(file) else None
    workdir = paths.backup_dir_for(obj.db_path)
    with rejecting(), plain_archive(file, secret, workdir) as plain:
        info = backups.read_info(plain)
        if not as_json:
            click.echo(pick("Cadangan: ", "Backup: ") + summary_line(info))
        _confirm(yes, as_json)
        result = backups.restore(_open_target(obj), obj.db_path, plain)
    if as_json:
        restored = {**info_dict(info), "file": str(file)}
        safety = str(result.safety.path)
        emit_json({"restored": restored, "safety_backup": safety, "migrated": result.migrated})
        return
    click.echo(pick(f"Dipulihkan dari {file.name}.", f"Restored from {file.name}."))
    click.echo(pick("Keadaan sebelumnya dicadangkan di ", "The previous state is backed up in ")
               + str(result.safety.path))  # fmt: skip


def _open_target(obj: Context):
    """The database to restore into; a damaged one is left alone, with the way out."""
    from desktop.core.errors import StoreError

    try:
        return obj.open()
    except StoreError as exc:
        if exc.code != "not_a_database":
            raise
        click.echo(pick("Ditolak: ", "Rejected: ") + exc.message(), err=True)
        click.echo(
            pick(
                "Berkas itu dibiarkan apa adanya. Pulihkan ke berkas baru, misalnya: kinerja "
                f"--db {obj.db_path.with_name('kinerja-pulih.sqlite')} restore CADANGAN --yes",
                "That file is left as it is. Restore into a new file, for example: kinerja "
                f"--db {obj.db_path.with_name('kinerja-pulih.sqlite')} restore BACKUP --yes",
            ),
            err=True,
        )
        sys.exit(1)


def _confirm(yes: bool, as_json: bool) -> None:
    if yes:
        return
    if not as_json and sys.stdin.isatty():
        question = pick("Ganti seluruh isi basis data dengan cadangan ini?",
                        "Replace the whole database with this backup?")  # fmt: skip
        if click.confirm(question, default=False):
            return
        click.echo(pick("Dibatalkan; tidak ada yang diubah.", "Cancelled; nothing was changed."))
        sys.exit(1)
    click.echo(pick("Ditolak: tambahkan --yes untuk memulihkan tanpa bertanya.",
                    "Rejected: pass --yes to restore without being asked."), err=True)  # fmt: skip
    sys.exit(1)
