"""HTML validity (Nu HTML Checker) and accessibility (axe-core) checks.

Both tools are pinned in tests/tools/package-lock.json and installed by
scripts/install-test-tools into tests/tools/node_modules.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit


def _tools_dir() -> Path:
    # Walk up from this file so the helpers work from any cwd / checkout.
    for parent in Path(__file__).resolve().parents:
        if (parent / "tests" / "tools" / "package.json").is_file():
            return parent / "tests" / "tools"
    raise RuntimeError("tests/tools/ not found above " + __file__)


def _tool(relative: str) -> Path:
    path = _tools_dir() / "node_modules" / relative
    if not path.is_file():
        raise RuntimeError(f"{path} is missing: run scripts/install-test-tools")
    return path


def validate_html(documents: dict[str, str]) -> dict[str, list[str]]:
    """Validate HTML strings with one run of the Nu checker (JVM start-up is
    the slow part). Returns error messages per document name; [] = valid."""
    results: dict[str, list[str]] = {name: [] for name in documents}
    if not documents:
        return results
    jar = os.environ.get("TRIBUNA_VNU_JAR") or str(_tool("vnu-jar/build/dist/vnu.jar"))
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("java is missing: run scripts/install-test-tools")
    with tempfile.TemporaryDirectory(prefix="tribuna-vnu-") as tmp:
        by_file: dict[str, str] = {}
        for index, (name, html) in enumerate(documents.items()):
            # Names become file names; keep them readable but filesystem-safe.
            stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "doc"
            filename = f"{stem}.html"
            if filename in by_file:
                filename = f"{stem}-{index}.html"
            by_file[filename] = name
            Path(tmp, filename).write_text(html, encoding="utf-8")
        files = [str(Path(tmp, f)) for f in by_file]
        # Force UTF-8 output: Java 17 otherwise follows the (often C) locale
        # and turns the checker's curly quotes into '?'.
        proc = subprocess.run(
            [java, "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
             "-Dsun.stderr.encoding=UTF-8", "-jar", jar,
             "--format", "json", "--errors-only", *files],
            capture_output=True, timeout=300,
        )
    output = (proc.stderr.strip() or proc.stdout.strip()).decode("utf-8", "replace")
    try:
        messages = json.loads(output)["messages"]
    except (ValueError, KeyError) as exc:
        raise RuntimeError(f"unexpected vnu output (exit {proc.returncode}): {output[:2000]}") from exc
    for message in messages:
        if message.get("type") not in ("error", "non-document-error", "fatal"):
            continue  # --errors-only already drops warnings; be safe anyway
        filename = unquote(urlsplit(message.get("url", "")).path).rsplit("/", 1)[-1]
        name = by_file.get(filename)
        line = message.get("lastLine") or message.get("firstLine")
        text = f"line {line}: {message['message']}" if line else message["message"]
        if name is None:  # not tied to one file: report it against every document
            for errors in results.values():
                errors.append(text)
        else:
            results[name].append(text)
    return results


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def _selector(target) -> str:
    # axe targets are lists of selectors; nested lists cross shadow roots.
    if isinstance(target, list):
        return " >> ".join(_selector(part) for part in target)
    return str(target)


def axe_violations(page, impacts=("serious", "critical")) -> list[str]:
    """Run axe-core on the page a Playwright sync Page is showing; return one
    readable line per violation whose impact is in `impacts`."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(_tool("axe-core/axe.min.js")))
    results = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    found = []
    for violation in results["violations"]:
        if violation.get("impact") not in impacts:
            continue
        targets = ", ".join(_selector(node["target"]) for node in violation["nodes"])
        found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return found
