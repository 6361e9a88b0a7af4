"""Audit uv.lock for known vulnerabilities: pip-audit on `uv export`, against the OSV database.

    uv run python packaging/audit.py            # fails (exit 1) on a vulnerability with a fixed version
    uv run python packaging/audit.py --offline-ok   # .ci/run: an unreachable database is said loudly, not failed

Every locked package (runtime and dev: PyInstaller builds the release) is looked up by its exact version. A
vulnerability with a fixed version fails: upgrade (`uv lock --upgrade-package NAME`). One without a fix yet is
listed and does not fail (nothing to upgrade to). OSV (api.osv.dev) is asked because pip-audit's other service,
PyPI's JSON API, answers per version, and where only the package pages are reachable (a mirror) pip-audit would
skip every package as "not found" and pass having checked nothing. A machine that cannot reach OSV cannot audit:
with --offline-ok that is printed as NOT AUDITED and the run goes on; the release workflow runs without it.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIP_AUDIT = "pip-audit==2.10.1"


def audit(folder: Path) -> dict | None:
    """pip-audit's JSON report of the lock's packages, or None when the database could not be asked."""
    requirements, report = folder / "requirements.txt", folder / "audit.json"
    subprocess.run(["uv", "export", "--locked", "--no-hashes", "--no-emit-project", "--format", "requirements-txt",
                    "--quiet", "--output-file", str(requirements)], cwd=ROOT, check=True)
    done = subprocess.run(["uvx", "--from", PIP_AUDIT, "pip-audit", "--requirement", str(requirements), "--no-deps",
                           "--disable-pip", "--vulnerability-service", "osv", "--format", "json", "--output",
                           str(report), "--progress-spinner", "off"], cwd=ROOT, capture_output=True, text=True)
    if not report.is_file():
        print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"pip-audit: {done.returncode}",
              file=sys.stderr)
        return None
    return json.loads(report.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/audit.py", description=__doc__.splitlines()[0])
    parser.add_argument("--offline-ok", action="store_true", help="an unreachable database is a warning, not a failure")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="langmoi-audit-") as folder:
        report = audit(Path(folder))
    if report is None:
        print("vulnerability audit: NOT AUDITED — the OSV database (api.osv.dev) could not be reached from this "
              "machine; the Windows release workflow audits the same lock.")
        return 0 if args.offline_ok else 1
    fixable, unfixed, checked = [], [], 0
    for dependency in report.get("dependencies", []):
        checked += "skip_reason" not in dependency
        for vulnerability in dependency.get("vulns", []):
            line = f"{dependency['name']} {dependency['version']}: {vulnerability['id']}"
            if vulnerability.get("fix_versions"):
                fixable.append(f"{line} (fixed in {', '.join(vulnerability['fix_versions'])})")
            else:
                unfixed.append(f"{line} (no fixed version yet)")
    for line in fixable + unfixed:
        print(f"  {line}")
    print(f"vulnerability audit: {checked} packages checked, {len(fixable)} vulnerabilities with a fix, "
          f"{len(unfixed)} without one")
    return 1 if fixable else 0


if __name__ == "__main__":
    sys.exit(main())
