"""What is wrong with a plan file: each problem with the file, the path inside it
(``sections[2].tasks[4].lead[0]``) and a message cut to MAX_MESSAGE characters; at most
MAX_ERRORS of them are reported."""

from __future__ import annotations

from dataclasses import dataclass

MAX_ERRORS = 100
MAX_MESSAGE = 300


@dataclass(frozen=True)
class FixtureError:
    file: str
    path: str
    message: str
    line: int | None = None  # of a YAML syntax error, whose path is "line N, column M" in words

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class PlanFixtureInvalid(Exception):
    def __init__(self, errors: list[FixtureError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def format_path(parts) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def cut(message: str) -> str:
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"
