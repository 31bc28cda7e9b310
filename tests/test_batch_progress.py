"""The batch progress display: a redrawn bar on a terminal, plain log lines when output is not a terminal."""

import io

from exporter.batch.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_one_bar_redrawn_in_place():
    screen = Terminal()
    progress = Progress(4, stream=screen)
    progress.advance(2, 1)
    progress.advance(2, 0)
    progress.finish()
    frames = screen.getvalue().split("\r")[1:]
    assert len(frames) == 2 and screen.getvalue().endswith("\n")
    assert frames[0].startswith("[" + "#" * 15) and "2/4 files (50%)" in frames[0] and "1 errors" in frames[0]
    assert "4/4 files (100%)" in frames[1] and "filings/s" in frames[1] and "0:00:00 left" in frames[1]


def test_a_log_gets_plain_lines_at_intervals_and_at_the_end():
    log = io.StringIO()
    progress = Progress(3, stream=log, interval=3600)
    for _ in range(3):
        progress.advance(1, 0)
    progress.finish()
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue() and "#" not in log.getvalue()
    assert [line.split(" files")[0] for line in lines] == ["batch: 1/3", "batch: 3/3"]
