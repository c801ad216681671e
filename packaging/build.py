"""Build GridCommand as one folder with PyInstaller: ``dist/GridCommand/``.

    pip install -e ".[build]"
    python packaging/build.py            # the build
    python packaging/build.py --check    # … then start it on a fresh demo township and say so

On Windows the folder holds ``GridCommand.exe`` with the icon and the version information
(product name 网格指挥室 GridCommand); ``packaging/installer.iss`` turns it into a per-user
installer with Inno Setup. On Linux the same spec builds the same bundle, which is how CI proves
that nothing the program needs is missing from it."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gridcommand import __version__  # noqa: E402

PRODUCT = "网格指挥室 GridCommand"
VERSION_INFO = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('080404b0', [
      StringStruct('CompanyName', 'GridCommand'),
      StringStruct('FileDescription', '{product}'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'GridCommand'),
      StringStruct('OriginalFilename', 'GridCommand.exe'),
      StringStruct('ProductName', '{product}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])])
"""


def version_info() -> Path:
    """The Windows version resource: what Explorer shows under the file's Details."""
    numbers = tuple(int(part) for part in __version__.split(".")[:3]) + (0,)
    path = ROOT / "build" / "version_info.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(VERSION_INFO.format(numbers=numbers, version=__version__, product=PRODUCT), encoding="utf-8")
    return path


def build(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        sys.exit('PyInstaller is missing: pip install -e ".[build]"')
    version_info()
    pyinstaller.run([str(ROOT / "packaging" / "gridcommand.spec"), "--noconfirm", "--clean", "--log-level", "WARN",
                     "--distpath", str(dist), "--workpath", str(work)])
    return dist / "GridCommand"


def check(folder: Path) -> dict:
    """Start the built program on a fresh demo township, offscreen where there is no display:
    it signs the demo's administrator in, shows the queue and writes a report."""
    program = folder / ("GridCommand.exe" if sys.platform == "win32" else "GridCommand")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "GRIDCOMMAND_PASSWORD": "demo1234", "XDG_DATA_HOME": home, "LOCALAPPDATA": home}
        if sys.platform != "win32" and not os.environ.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        done = subprocess.run([str(program), "--demo", "--self-check", "admin"], env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=600)
    said = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    if done.returncode != 0:
        sys.exit(f"the build does not start ({done.returncode}):\n{done.stdout}\n{done.stderr[-4000:]}")
    return json.loads(said)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="start the build on a demo township afterwards")
    parser.add_argument("--no-build", action="store_true", help="only check the build already made")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the build goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    args = parser.parse_args()
    folder = args.dist / "GridCommand" if args.no_build else build(args.dist, args.work)
    if args.check or args.no_build:
        print(json.dumps(check(folder), ensure_ascii=False))


if __name__ == "__main__":
    main()
