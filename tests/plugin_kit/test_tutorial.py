"""docs/plugins.md shows the code the suite tests, not a copy that drifted."""

from __future__ import annotations

import re

from tests.conftest import ROOT

TUTORIAL = (ROOT / "docs" / "plugins.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", TUTORIAL, flags=re.DOTALL)


def test_the_tutorial_provider_is_the_tested_github_provider() -> None:
    tested = (ROOT / "tests" / "plugin_kit" / "github.py").read_text()
    shown = BLOCKS[0] + "\n\n" + BLOCKS[1]

    assert shown == tested.replace(
        "tests.plugin_kit.fake_github:scenario", "commons_github.contract:scenario"
    )
    assert f"That is the whole provider: {len(tested.splitlines())} lines." in TUTORIAL
    assert len(tested.splitlines()) < 60


def test_the_tutorial_fake_is_the_tested_fake_github() -> None:
    tested = (ROOT / "tests" / "plugin_kit" / "fake_github.py").read_text()

    def fake_class(text: str) -> str:
        return text[text.index("class FakeGitHub") : text.index("class GitHubScenario")]

    assert fake_class(BLOCKS[2]) == fake_class(tested)


def test_every_python_block_of_the_tutorial_compiles() -> None:
    for block in BLOCKS:
        compile(block, "docs/plugins.md", "exec")
