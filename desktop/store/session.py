"""Who is acting in this process and in which role. Until logins exist the desktop user is the
office's admin; tests and the CLI may set another role to exercise the workflow table."""

from __future__ import annotations

from desktop.core.workflow import Role

_role = Role.ADMIN


def set_role(role: Role) -> None:
    global _role
    _role = Role(role)


def current_role() -> Role:
    return _role
