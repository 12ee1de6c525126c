"""``kinerja talent …``: the manajemen talenta lists on the command line (issue 14).

    kinerja talent map --year Y [--unit KODE] -o FILE.pdf|FILE.xlsx
    kinerja talent promotion --month YYYY-MM [--unit KODE] -o FILE.pdf|FILE.xlsx
    kinerja talent jp --year Y [--unit KODE] -o FILE.pdf|FILE.xlsx
    kinerja talent ipasn --year Y [--unit KODE] -o FILE.pdf|FILE.xlsx

Each command lives in its own module (``talent_map``, ``talent_promotion``, ...) and is added
to this group below; every printout says it is a draft (the official results are in BKN's
system).
"""

from __future__ import annotations

import click

from desktop.cli.common import IdGroup


@click.group(cls=IdGroup)
def talent() -> None:
    """Manajemen talenta: peta talenta, kenaikan pangkat, JP pengembangan, IP ASN (draf)."""


def _register() -> None:
    """Each slice adds its commands here (lazy imports: no cycle with the group)."""
    from desktop.cli.talent_records import asesmen_import, diklat_import, hukuman_import

    talent.add_command(asesmen_import)
    talent.add_command(diklat_import)
    talent.add_command(hukuman_import)
    from desktop.cli.talent_succession import succession

    talent.add_command(succession)
    from desktop.cli.talent_promotion import low, promotion

    talent.add_command(promotion)
    talent.add_command(low)
    from desktop.cli.talent_map import talent_map

    talent.add_command(talent_map)
    from desktop.cli.talent_jp import ipasn, jp

    talent.add_command(jp)
    talent.add_command(ipasn)


_register()
