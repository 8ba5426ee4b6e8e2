"""docs/ stays true: the CLI reference matches --help, every sh example runs, the GitLab recipe
runs only commands that exist, and every template variable is documented."""
import os
import re
import shutil
import subprocess

import yaml

from conftest import FOLIO, REPO, run_folio
from test_publishing import assert_commands_exist, cli_flags

DOCS = REPO / "docs"


def sections(text):
    """`## folio <command>` → the section's text."""
    parts = re.split(r"(?m)^## ", text)
    return {part.split("\n", 1)[0]: part for part in parts[1:]}


def test_the_cli_reference_lists_every_command_and_exactly_its_flags():
    reference = sections((DOCS / "cli.md").read_text())
    documented = {title.split()[1] for title in reference if title.startswith("folio ")}
    help_text = run_folio("--help").stdout.split("SUBCOMMANDS:")[1]
    commands = set(re.findall(r"(?m)^\s{2}([a-z]+)\s", help_text))
    assert documented == commands
    for command in commands:
        text = reference[f"folio {command}"]
        flags = set(re.findall(r"(?m)^\| `(--[a-z-]+)", text))
        assert flags == cli_flags([command]) - {"--help", "--version"}, command


def test_the_cli_reference_gives_every_exit_code():
    codes = sections((DOCS / "cli.md").read_text())["Exit codes"]
    assert re.findall(r"(?m)^\| (\d) \|", codes) == ["0", "1", "2"]


def sh_blocks(path):
    return re.findall(r"```sh\n(.*?)```", path.read_text(), re.S)


def test_every_sh_example_in_the_docs_runs_with_the_exit_code_it_states(tmp_path):
    env = {**os.environ, "PATH": f"{FOLIO.parent}:{os.environ['PATH']}"}
    examples = 0
    for doc in sorted(DOCS.glob("*.md")):
        for number, block in enumerate(sh_blocks(doc)):
            # Each block runs in a copy of the real site.
            site = tmp_path / f"{doc.stem}-{number}"
            site.mkdir()
            for name in ("folio.yaml", "content", "themes"):
                source = REPO / name
                (shutil.copytree if source.is_dir() else shutil.copy)(source, site / name)
            for line in block.splitlines():
                if not line.startswith("folio"):
                    continue
                command, _, comment = line.partition("#")
                expected = int(comment.split()[1]) if comment.strip().startswith("exit") else 0
                result = subprocess.run(command, shell=True, cwd=site, env=env, capture_output=True, text=True, timeout=300)
                assert result.returncode == expected, f"{doc.name}: {line}\n{result.stdout}{result.stderr}"
                examples += 1
    assert examples >= 10


def test_the_gitlab_recipe_runs_only_commands_that_exist():
    ci = (DOCS / "ci.md").read_text()
    recipe = yaml.safe_load(re.search(r"## GitLab CI.*?```yaml\n(.*?)```", ci, re.S).group(1))
    assert recipe["pages"]["artifacts"]["paths"] == ["public"]
    assert {"check", "translations", "build"} <= assert_commands_exist(recipe["pages"]["script"])


def test_every_variable_a_template_uses_is_documented():
    documented = (DOCS / "themes.md").read_text()
    used = set()
    for template in (REPO / "themes" / "default" / "templates").glob("*.mustache"):
        for name in re.findall(r"\{\{\{?[#^/&]?\s*([a-z_]+)", template.read_text()):
            used.add(name)
    missing = sorted(name for name in used if f"`{name}" not in documented)
    assert not missing, f"docs/themes.md does not describe {missing}"
    for template in (REPO / "themes" / "default" / "templates").glob("*.mustache"):
        assert f"`{template.stem}`" in documented, template.name


def fenced(text, info):
    """The bodies of the ```<info> blocks of a document, at any indentation, dedented."""
    blocks = []
    for indent, body in re.findall(rf"(?m)^( *)```{info}\n(.*?)^\1```", text, re.S):
        blocks.append("".join(line[len(indent):] + "\n" for line in body.splitlines()))
    return blocks


def test_every_yaml_table_and_towns_example_of_the_authoring_guide_builds(tmp_path):
    """The guide's examples, put together into a new site, build without an error or a warning:
    the data files where a block names its file, the front-matter fragments in a town and a
    recommendation, the table blocks in a chapter, the termbase in the second language. A schema
    example is the real site's own schema file (which the real site's build checks), word for word."""
    guide = (DOCS / "authoring.md").read_text()
    site = tmp_path / "site"
    assert run_folio("init", str(site)).returncode == 0
    fragments = {}
    for block in fenced(guide, "yaml"):
        assert isinstance(yaml.safe_load(block), dict), block
        first = block.splitlines()[0]
        if first.startswith("# content/_schema/"):
            path = first[2:].split()[0]
            assert yaml.safe_load(block) == yaml.safe_load((REPO / path).read_text()), path
        elif first.startswith("# content/"):
            (site / first[2:].split()[0]).write_text(block)
        else:
            fragments[next(iter(yaml.safe_load(block)))] = block
    assert set(fragments) == {"tags", "figures", "representation", "smst"}, sorted(fragments)
    (site / "content/de/_labels.yaml").write_text((site / "content/en/_labels.yaml").read_text())
    (site / "content/de/_terms.yaml").write_text(fragments["smst"])
    recommendation = site / "content/en/recommendations/first-recommendation.md"
    recommendation.write_text(recommendation.read_text().replace("---\n", "---\n" + fragments["tags"], 2)
                              .replace(fragments["tags"], "", 1))
    towns = yaml.safe_load(fenced(guide, "towns")[0])["towns"]
    for town in towns:
        (site / f"content/en/towns/{town}.md").parent.mkdir(exist_ok=True)
        (site / f"content/en/towns/{town}.md").write_text(
            f"---\nkind: town\nname: {town.title()}\ncountry: Somewhere\nsummary: A town.\n"
            + fragments["figures"] + fragments["representation"] + "---\n\nText.\n")
    chapter = site / "content/en/white-paper/first-part/first-chapter.md"
    tables = "".join(f"\n```{info}\n{block}```\n" for info in ("table", "towns") for block in fenced(guide, info))
    chapter.write_text(chapter.read_text() + tables + "\nSee [](table:partner-towns), [](table:basic-information)"
                       + "".join(f", [](town:{town})" for town in towns) + ".\n")
    result = run_folio("check", "--strict", "--root", str(site))
    assert result.returncode == 0, result.stdout + result.stderr
    built = run_folio("build", "--root", str(site), "--output", str(tmp_path / "out"))
    assert built.returncode == 0, built.stdout + built.stderr
    page = (tmp_path / "out/en/white-paper/first-part/first-chapter/index.html").read_text()
    assert "The PISTE partner towns" in page and "13,855" in page
