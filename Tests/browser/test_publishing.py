"""Maintainers' publishing: machine-readable diagnostics, --strict, the CI workflow, install."""
import json
import os
import pty
import re
import shlex
import subprocess

import yaml

from conftest import FOLIO, REPO, run_folio
from test_cli import copy_site

ANNOTATION = re.compile(r"^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=F\d{3} [a-z0-9-]+::.+$")


def test_github_format_gives_one_annotation_per_diagnostic_with_file_line_and_column(tmp_path):
    site = copy_site(tmp_path, "InvalidSites/broken")
    result = run_folio("check", "--format", "github", "--root", "site", cwd=tmp_path)
    assert result.returncode == 1
    expected = (site / "expected-diagnostics.txt").read_text().splitlines()
    lines = result.stdout.splitlines()
    assert len(lines) == len(expected)
    for line, headline in zip(lines, expected):
        match = ANNOTATION.match(line)
        assert match, line
        file, number, column, severity, _ = headline.split(":", 4)
        assert match.groups() == (severity.strip(), "site/" + file.replace(",", "%2C").replace(":", "%3A"), number, column)


def test_the_real_content_has_no_annotation_under_strict():
    result = run_folio("check", "--strict", "--format", "github")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_json_format_is_one_array(tmp_path):
    copy_site(tmp_path, "InvalidSites/broken")
    result = run_folio("check", "--format", "json", "--root", "site", cwd=tmp_path)
    entries = json.loads(result.stdout)
    assert len(entries) == 16
    first = next(e for e in entries if e["code"] == "link.unresolved")
    assert first["file"].startswith("site/content/") and first["number"] == "F101"
    assert {"file", "line", "column", "severity", "code", "message", "hint"} <= set(first)


def test_strict_makes_warnings_fail_and_a_strict_build_writes_nothing(tmp_path):
    site = copy_site(tmp_path)
    page = site / "content" / "en" / "index.md"
    page.write_text(page.read_text() + "\nSome <b>raw</b> HTML.\n")
    assert run_folio("check", "--root", str(site)).returncode == 0
    strict = run_folio("check", "--strict", "--root", str(site))
    assert strict.returncode == 1
    assert "warning: raw HTML is not published" in strict.stderr
    assert run_folio("build", "--strict", "--root", str(site)).returncode == 1
    assert not (site / "output").exists()
    assert run_folio("build", "--root", str(site)).returncode == 0


def run_on_terminal(args, env):
    """Runs folio with standard error on a pseudo-terminal; returns what it wrote there."""
    main, secondary = pty.openpty()
    process = subprocess.Popen([str(FOLIO), *args], stdout=subprocess.DEVNULL, stderr=secondary, env=env)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(main)
    return b"".join(chunks).decode()


def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path):
    site = copy_site(tmp_path, "InvalidSites/broken")
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    coloured = run_on_terminal(["check", "--root", str(site)], env)
    assert "\x1b[1;31merror:\x1b[0m" in coloured
    plain = run_on_terminal(["check", "--root", str(site)], {**env, "NO_COLOR": "1"})
    assert "error: no recommendation 'pb1-9'" in plain and "\x1b[" not in plain
    assert "\x1b[" not in run_folio("check", "--root", str(site)).stderr


def cli_flags(command):
    """The long options `folio <command> --help` lists."""
    help_text = run_folio(*command, "--help").stdout
    return set(re.findall(r"(?m)^\s+(?:-\w, )?(--[a-z][a-z-]*)", help_text))


def makefile_targets():
    return set(re.findall(r"(?m)^([a-z][a-z-]*):", (REPO / "Makefile").read_text()))


def assert_commands_exist(commands):
    """Every command is `make <targets of the Makefile>` or the release folio with a subcommand and
    options it has; returns the folio subcommands run."""
    subcommands = set(re.findall(r"(?m)^\s{2}([a-z]+)\s", run_folio("--help").stdout.split("SUBCOMMANDS:")[1]))
    ran = set()
    for command in commands:
        words = shlex.split(command.split(" > ")[0].split(" || ")[0])
        if words[0] == "make":
            assert set(words[1:]) <= makefile_targets(), command
            continue
        assert words[0] in (".build/release/folio", "folio"), f"{command}: neither make nor folio"
        assert words[1] in subcommands, command
        for flag in (w for w in words[2:] if w.startswith("--")):
            assert flag in cli_flags([words[1]]), f"{command}: {flag} is not an option of folio {words[1]}"
        ran.add(words[1])
    return ran


def test_every_command_the_workflow_runs_exists_in_the_makefile_or_the_cli():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "site.yml").read_text())
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    for step in steps:
        assert "run" in step or "uses" in step, step
    commands = [line for step in steps for line in step.get("run", "").splitlines() if line.strip()]
    assert {"check", "translations", "build"} <= assert_commands_exist(commands)
    assert "make folio" in commands
    assert ".build/release/folio check --strict --format github" in commands
    assert any(step.get("uses", "").startswith("actions/upload-pages-artifact") and step["with"]["path"] == "output"
               for step in steps)
    assert any(step.get("uses", "").startswith("actions/deploy-pages") for step in steps)


def test_make_install_into_a_prefix_gives_a_binary_that_builds_the_real_site_and_new_sites(tmp_path):
    prefix = tmp_path / "prefix"
    result = subprocess.run(["make", "install", f"PREFIX={prefix}"], cwd=REPO, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr
    folio = prefix / "bin" / "folio"
    assert subprocess.run([str(folio), "--version"], capture_output=True, text=True).stdout.strip()
    for path, needle in [("share/bash-completion/completions/folio", "folio"),
                         ("share/zsh/site-functions/_folio", "#compdef folio"),
                         ("share/fish/vendor_completions.d/folio.fish", "complete -c 'folio'")]:
        assert needle in (prefix / path).read_text(), path
    assert (prefix / "share/folio/themes/default/templates").is_dir()
    built = subprocess.run([str(folio), "build", "--output", str(tmp_path / "out")], cwd=REPO,
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "out" / "el" / "index.html").exists()
    # A new site has no themes/: the installed binary uses the theme installed beside it.
    assert subprocess.run([str(folio), "init", str(tmp_path / "x")], capture_output=True).returncode == 0
    fresh = subprocess.run([str(folio), "build", "--strict", "--root", str(tmp_path / "x")], capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr
    assert "0 warnings" in fresh.stdout
    assert (tmp_path / "x" / "output" / "de" / "index.html").exists()


def test_init_then_build_works_with_the_binary_built_in_the_repository(tmp_path):
    site = tmp_path / "x"
    assert run_folio("init", str(site)).returncode == 0
    built = run_folio("build", "--strict", "--root", str(site))
    assert built.returncode == 0, built.stderr
    assert "0 errors, 0 warnings" in built.stdout
    assert (site / "output" / "en" / "white-paper" / "first-part" / "first-chapter" / "index.html").exists()
    assert run_folio("init", str(site)).returncode == 2, "never into a folder that is not empty"


def test_machine_formats_keep_standard_output_for_the_diagnostics(tmp_path):
    site = copy_site(tmp_path)
    built = run_folio("build", "--format", "json", "--timings", "--root", str(site))
    assert built.returncode == 0, built.stderr
    assert json.loads(built.stdout) == []
    assert "built: pages" in built.stderr and "render" in built.stderr
    checked = run_folio("check", "--format", "github", "--root", str(site))
    assert checked.stdout == "" and "checked: pages" in checked.stderr
