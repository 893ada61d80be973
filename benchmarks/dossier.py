"""Dossier benchmark: visit dossiers of 5, 30 and 100 meetings, beside plain reportlab drawing the same text.

Run: ``/work/venv/bin/python benchmarks/dossier.py [--meetings 5 30 100] [--repeat 3]``

For each size a visit is built through the ORM (two participants per meeting, so 30 meetings have 60
people, the size the issue asks to stay well under two seconds), then timed, both layouts:

* ``gather``   reading the visit from the database into plain objects;
* ``render``   laying out and writing the PDF (the part that runs in the window's worker thread);
* ``baseline`` plain reportlab in the same run: one canvas ``drawString`` per text run of the same
  dossier (the same characters, fonts and sizes, subset and embedded the same way), one line after
  the other, with no layout, tables, wrapping or running header — the floor a layout engine on
  reportlab cannot go below.

Wall and CPU seconds are the best of ``--repeat`` runs (CPU time is steadier on a busy machine).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Running a script puts its folder first on sys.path, where benchmarks/calendar.py would shadow the
# standard library's calendar module; and the sample visit builder lives in the tests package.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import tempfile
import time
from collections.abc import Callable, Iterator

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Table
from tests.core.dossier.sample_data import make_visit

from petdesk.db import open_database
from petdesk.dossier import DossierOptions, Layout, fonts, render_visit
from petdesk.dossier import layout as dl
from petdesk.dossier.data import gather_visit
from petdesk.dossier.text import TextFlow, text_segmentation_ready
from petdesk.dossier.visit import visit_sections


def best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall and best CPU seconds of ``repeat`` calls."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus)


def text_flows(flowables: list[Flowable]) -> Iterator[TextFlow]:
    for f in flowables:
        if isinstance(f, TextFlow):
            yield f
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    if isinstance(cell, list | tuple):
                        yield from text_flows(list(cell))
                    elif isinstance(cell, Flowable):
                        yield from text_flows([cell])
        elif isinstance(f, KeepTogether):
            yield from text_flows(list(f._content))
        elif isinstance(f, dl.SideBySide):
            for side in f.sides:
                yield from text_flows(list(side))


def baseline_runs(data, layout: Layout) -> list[tuple[str, float, str]]:
    """(font, size, text) of every run the dossier draws, in order."""
    chrome = dl.Chrome(office=data.office, title=data.title, generated=dl.now_local())
    doc = dl._Doc(str(Path(tempfile.gettempdir()) / "unused.pdf"), DossierOptions(layout=layout), chrome)
    flow = dl.story(visit_sections(data), layout, doc, {})
    runs = []
    for tf in text_flows(flow):
        for a, b, k in tf._runs:
            font, size, _ = tf._segs[k]
            for piece in tf._chars[a:b].split("\n"):
                if piece:
                    runs.append((font, size, piece))
    return runs


def draw_baseline(runs: list[tuple[str, float, str]], out: Path) -> int:
    """Plain reportlab: each run on its own line, a new page when the page is full."""
    rl_config.useA85 = 0
    canvas = Canvas(str(out), pagesize=dl.A4, pageCompression=1, initialFontName=fonts.LATIN)
    _, height = dl.A4
    y = height - 20 * mm
    pages = 1
    for font, size, text in runs:
        if y < 20 * mm:
            canvas.showPage()
            pages += 1
            y = height - 20 * mm
        canvas.setFont(font, size)
        canvas.drawString(16 * mm, y, text[:200])
        y -= size * 1.3
    canvas.save()
    return pages


def measure(data, layout: Layout, tmp: Path, repeat: int) -> dict[str, float]:
    """Render one layout and its plain-reportlab baseline; best of ``repeat`` runs each."""
    import pypdf

    out = tmp / f"dossier-{layout}.pdf"
    options = DossierOptions(layout=layout)
    wall, cpu = best(lambda: render_visit(data, out, options), repeat)
    runs = baseline_runs(data, layout)
    base_out = tmp / f"baseline-{layout}.pdf"
    base_pages = [0]

    def baseline() -> None:
        base_pages[0] = draw_baseline(runs, base_out)

    b_wall, b_cpu = best(baseline, repeat)
    return {
        "pages": len(pypdf.PdfReader(str(out)).pages),
        "wall": wall,
        "cpu": cpu,
        "kb": out.stat().st_size / 1024,
        "b_wall": b_wall,
        "b_cpu": b_cpu,
        "b_pages": base_pages[0],
        "b_kb": base_out.stat().st_size / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, nargs="+", default=[5, 30, 100])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    started = time.perf_counter()
    fonts.register()
    print(f"font loading (once per process): {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    text_segmentation_ready()
    print(f"jieba dictionary (once per process): {time.perf_counter() - started:.2f} s")
    header = (
        f"{'meetings':>8} {'people':>6} {'layout':>10} {'pages':>5} {'gather s':>8} {'render s (cpu)':>15} "
        f"{'size KB':>8} | {'baseline s (cpu)':>17} {'pages':>5} {'size KB':>8} {'ratio':>6}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for meetings in args.meetings:
            db = open_database(tmp / f"bench-{meetings}.sqlite")
            visit_id = make_visit(db, meetings=meetings, participants=2 * meetings).visit_id
            holder: dict[str, object] = {}

            def gather(db=db, visit_id=visit_id, holder=holder) -> None:
                with db.reading() as session:
                    holder["data"] = gather_visit(session, visit_id)

            gather_wall, _ = best(gather, args.repeat)
            for layout in Layout:
                r = measure(holder["data"], layout, tmp, args.repeat)
                print(
                    f"{meetings:>8} {2 * meetings:>6} {layout.value:>10} {r['pages']:>5} {gather_wall:>8.2f} "
                    f"{r['wall']:>7.2f} ({r['cpu']:>5.2f}) {r['kb']:>8.0f} | {r['b_wall']:>8.2f} "
                    f"({r['b_cpu']:>5.2f}) {r['b_pages']:>5} {r['b_kb']:>8.0f} {r['cpu'] / r['b_cpu']:>5.1f}x"
                )
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
