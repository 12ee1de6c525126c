"""``kinerja folder-data [FOLDER] [--reset]``: where the office's databases live.

The platform's user data folder unless the office chose another (a second disk, a shared
folder); the choice is remembered (``desktop.paths.remember_data_dir``) and used by the app and
every command from then on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from desktop import paths
from desktop.core.i18n import pick


@click.command("folder-data")
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--reset", is_flag=True, help="Kembali ke folder data bawaan sistem.")
def data_folder(folder: Path | None, reset: bool) -> None:
    """Tampilkan folder data, atau pilih FOLDER sebagai folder data (diingat)."""
    if folder is not None or reset:
        try:
            paths.remember_data_dir(None if reset else folder)
        except OSError as exc:
            click.echo(
                pick(
                    f"Ditolak: folder {folder} tidak dapat dipakai ({exc.strerror}). "
                    "Tidak ada yang diubah.",
                    f"Rejected: folder {folder} cannot be used ({exc.strerror}). "
                    "Nothing was changed.",
                ),
                err=True,
            )
            sys.exit(1)
    click.echo(
        pick(f"Folder data: {paths.user_data_dir()}", f"Data folder: {paths.user_data_dir()}")
    )
    if paths.DATA_DIR_ENV in os.environ:
        click.echo(
            pick(f"(ditentukan oleh {paths.DATA_DIR_ENV})", f"(set by {paths.DATA_DIR_ENV})")
        )
