"""`commons worker --check` passes only while the worker's heartbeat is fresh."""

from __future__ import annotations

import json
import time
from pathlib import Path

from jobs.supervisor import check_heartbeat, write_heartbeat


def test_a_fresh_heartbeat_passes_and_a_stale_or_missing_one_fails(tmp_path: Path) -> None:
    path = str(tmp_path / "heartbeat")
    assert check_heartbeat(path, interval=5) == "no heartbeat yet"
    write_heartbeat(path, {"queue": "arq:queue", "redis": True})
    assert check_heartbeat(path, interval=5) is None
    Path(path).write_text(json.dumps({"at": time.time() - 16}))
    assert check_heartbeat(path, interval=5) == "heartbeat 16s old"
