"""Where the files the program ships with are: the migrations (``db/``) and ``resources/``
(translations, the PDF font, the icon). In a source checkout they sit beside the packages; a
wheel and the Windows bundle carry them inside the package, in ``gridcommand/_data/`` (see
setup.py and packaging/gridcommand.spec), where nothing else installed can shadow them."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parents[1]  # the gridcommand package
INSIDE = "_data"  # the folder inside the package of a wheel or a bundle


def folder(name: str) -> Path:
    """``db`` or ``resources``, wherever this copy of the program keeps it."""
    for base in (HERE / INSIDE, HERE.parent):
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"{name}/ is missing beside {HERE}: the installation is incomplete")


def app_command() -> str:
    """How a user starts the desktop app from this copy: ``python main.py`` in a source
    checkout, the ``gridcommand-app`` script of an installed one."""
    return "python main.py" if (HERE.parent / "main.py").is_file() else "gridcommand-app"
