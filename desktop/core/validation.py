"""A validation report: field-level issues, each an error (blocks saving) or a warning."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    field: str
    code: str
    message: str
    severity: Severity = Severity.ERROR


@dataclass
class Report:
    issues: list[Issue] = field(default_factory=list)

    def error(self, field_name: str, code: str, message: str) -> None:
        self.issues.append(Issue(field_name, code, message, Severity.ERROR))

    def warn(self, field_name: str, code: str, message: str) -> None:
        self.issues.append(Issue(field_name, code, message, Severity.WARNING))

    @property
    def ok(self) -> bool:
        """True when nothing blocks saving (warnings allowed)."""
        return not self.errors

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.WARNING]

    def for_field(self, name: str) -> list[Issue]:
        return [i for i in self.issues if i.field == name]
