"""One seat of the server-restart test, as its own process: capture opinions in a loop
through the capture service and the laptop's outbox, replay the outbox as the application's
background retry does, and report every opinion it was told was captured (saved or queued).

    python -m tests.outbox.seat URL SESSION_ID SEAT OUTBOX RESULTS STOP_FILE

RESULTS gets one JSON line per captured opinion, flushed and fsync'ed before the next one;
stdout gets one JSON summary line at the end.
"""
from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path

from desktop.core.clock import SYSTEM_CLOCK
from desktop.core.db import open_database, resolve_location
from desktop.core.errors import TingjianError
from desktop.core.live.outbox import Outbox, capture_or_queue

REPLAY_EVERY_S = 0.25
DRAIN_FOR_S = 25.0


def main(url: str, session_id: int, seat: str, outbox: str, results: str, stop: str) -> int:
    db = open_database(resolve_location(url, Path("unused")), migrate_schema=False)
    box = Outbox(Path(outbox))
    messages: set[str] = set()
    counts = {"saved": 0, "queued": 0, "refused": 0, "replayed": 0}
    last_replay = 0.0
    n = 0
    with open(results, "a", encoding="utf-8") as out:
        while not os.path.exists(stop):
            text = f"{seat} 第{n}条意见"
            try:
                done = capture_or_queue(db, box, session_id, text, SYSTEM_CLOCK.now(),
                                        client_id=str(uuid.uuid4()), speaker_label=seat)
            except TingjianError as exc:  # not captured: reported as such, never counted
                counts["refused"] += 1
                messages.update((exc.en, exc.zh))
            else:
                counts["queued" if done.queued else "saved"] += 1
                out.write(json.dumps({"client_id": done.client_id, "text": text,
                                      "queued": done.queued}, ensure_ascii=False) + "\n")
                out.flush()
                os.fsync(out.fileno())
            n += 1
            if box.waiting() and time.monotonic() - last_replay > REPLAY_EVERY_S:
                last_replay = time.monotonic()
                counts["replayed"] += _replay(db, box, messages)
            time.sleep(0.01)
    deadline = time.monotonic() + DRAIN_FOR_S
    while box.waiting() and time.monotonic() < deadline:  # the retry goes on after capture
        counts["replayed"] += _replay(db, box, messages)
        time.sleep(REPLAY_EVERY_S)
    db.close()
    print(json.dumps({**counts, "left": box.count(), "messages": sorted(messages)},
                     ensure_ascii=False), flush=True)
    return 0


def _replay(db, box: Outbox, messages: set[str]) -> int:  # noqa: ANN001
    result = box.replay(db)
    if result.error is not None:
        messages.update((result.error.en, result.error.zh))
    return len(result.saved)


if __name__ == "__main__":
    url, session_id, seat, outbox, results, stop = sys.argv[1:7]
    sys.exit(main(url, int(session_id), seat, outbox, results, stop))
