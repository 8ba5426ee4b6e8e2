"""The command line as maintainers use it in CI: exit codes, and output that is never half-written."""
import os
import shutil
import signal
import subprocess
import tempfile
import time

from conftest import FOLIO, REPO, run_folio


def copy_site(tmp_path, name="Sites/minimal"):
    site = tmp_path / "site"
    shutil.copytree(REPO / "Tests" / "Fixtures" / name, site)
    shutil.rmtree(site / "expected", ignore_errors=True)
    shutil.copytree(REPO / "themes", site / "themes")
    return site


def test_a_clean_site_builds_with_exit_code_0_and_a_summary(tmp_path):
    site = copy_site(tmp_path)
    result = run_folio("build", "--root", str(site))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("built: pages en 10, de 3; 0 errors, 0 warnings;")
    assert (site / "output" / "en" / "index.html").exists()


def test_content_errors_exit_with_1_and_name_file_line_and_column(tmp_path):
    site = copy_site(tmp_path, "InvalidSites/broken")
    result = run_folio("check", "--root", str(site))
    assert result.returncode == 1
    assert "content/en/index.md:4:5: error: no recommendation 'pb1-9' (did you mean 'rec:pb1-2'?)" in result.stderr
    assert "hint:" in result.stderr
    assert not (site / "output").exists()


def test_usage_errors_exit_with_2(tmp_path):
    assert run_folio("build", "--no-such-flag").returncode == 2
    assert run_folio("publish").returncode == 2


def test_a_folder_folio_did_not_make_is_never_replaced(tmp_path):
    site = copy_site(tmp_path)
    precious = tmp_path / "home"
    precious.mkdir()
    (precious / "thesis.txt").write_text("do not delete")
    result = run_folio("build", "--root", str(site), "--output", str(precious))
    assert result.returncode == 2
    assert "holds files Folio did not write (thesis.txt)" in result.stderr
    assert [p.name for p in precious.iterdir()] == ["thesis.txt"]
    # --force replaces it, on purpose.
    result = run_folio("build", "--root", str(site), "--output", str(precious), "--force")
    assert result.returncode == 0, result.stderr
    assert not (precious / "thesis.txt").exists()


def test_a_failed_build_names_the_output_folder_it_left_unchanged(tmp_path):
    site = copy_site(tmp_path, "InvalidSites/broken")
    output = tmp_path / "public"
    result = run_folio("build", "--root", str(site), "--output", str(output))
    assert result.returncode == 1
    assert f"build failed, {output} left unchanged" in result.stderr
    assert "output/ left unchanged" not in result.stderr


def test_an_output_that_cannot_be_created_is_one_line_without_a_foundation_dump(tmp_path):
    site = copy_site(tmp_path)
    (tmp_path / "a-file").write_text("not a folder")
    result = run_folio("build", "--root", str(site), "--output", str(tmp_path / "a-file" / "out"))
    assert result.returncode == 2
    assert result.stderr == f"error: cannot create {tmp_path / 'a-file'}: it is a file, not a folder\n"


def test_help_is_available_for_every_command():
    for command in ([], ["build"], ["check"]):
        result = run_folio(*command, "--help")
        assert result.returncode == 0
        assert "USAGE" in result.stdout


def test_a_killed_builds_staging_folder_is_removed_by_the_next_build_and_nothing_else(tmp_path):
    output = tmp_path / "output"
    lookalike = tmp_path / ".output.folio-staging-999999"
    lookalike.mkdir()
    (lookalike / "mine.txt").write_text("not Folio's")
    for delay in (0.02, 0.05, 0.08, 0.12):
        build = subprocess.Popen([str(FOLIO), "build", "--output", str(output)], cwd=REPO,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        build.send_signal(signal.SIGKILL)
        build.wait()
    result = run_folio("build", "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [".output.folio-staging-999999", "output"]
    assert (lookalike / "mine.txt").read_text() == "not Folio's"


def test_an_unreadable_folder_or_file_is_reported_as_permission_denied(tmp_path):
    # Root reads everything, so as root the build runs as 'nobody' on a copy that user can reach.
    shared = tempfile.mkdtemp(prefix="folio-permissions-")
    try:
        site = copy_site(type(tmp_path)(shared))
        os.chmod(shared, 0o755)
        for folder, _, files in os.walk(site):
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o644)
        os.chmod(site / "content" / "en" / "towns", 0o000)
        os.chmod(site / "content" / "de" / "index.md", 0o000)
        prefix = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
        result = subprocess.run(prefix + [str(FOLIO), "check", "--root", str(site)], capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 1
        lines = result.stderr.splitlines()
        assert lines[0] == "content/de/index.md:1:1: error: cannot read content/de/index.md: permission denied"
        assert "content/en/towns:1:1: error: cannot list the folder content/en/towns: permission denied" in lines
        assert "UTF-8" not in result.stderr
        # The towns in the unreadable folder are not reported missing by every page that names one.
        assert "error: no town" not in result.stderr
        assert "references to content/en/towns are not checked until it loads" in result.stderr
    finally:
        shutil.rmtree(shared, ignore_errors=True)
