"""The build's one addition to setup.cfg: the migrations (db/) and resources/ (translations, the
PDF font, the icon) go into the wheel inside the package, as ``gridcommand/_data/`` — where
``gridcommand.base.shipped`` finds them — so that an installed copy can migrate, translate and write
PDFs. An editable install reads them where they are."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = {"db": ("*.py", "*.mako"), "resources": ("*.qm", "*.ttc", "*.txt", "*.png", "*.ico", "*.md")}


class BuildWithData(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for name, patterns in SHIPPED.items():
            for pattern in patterns:
                for source in Path(name).rglob(pattern):
                    if "__pycache__" in source.parts:
                        continue
                    target = Path(self.build_lib, "gridcommand", "_data", source)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, target)


setup(cmdclass={"build_py": BuildWithData})
