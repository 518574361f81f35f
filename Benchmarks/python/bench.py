"""The benchmark's reference charts drawn with matplotlib and with Vega-Lite (vl-convert-python).

Same data, texts, size (800 x 500 CSS px, PNG at 2x) and fonts (Inter from Fonts/) as Kresba's
chart, written the way a user of each library would write it.

    bench.py bench --chart bar --fonts DIR --data CSV [--iterations N]
        in-process medians in ms (PNG, SVG, PDF for each tool) as one JSON line
    bench.py once --tool matplotlib|vl-convert --chart bar --fonts DIR --data CSV --out FILE.png
        one PNG, as a whole process (imports included)

Needs `pip install matplotlib vl-convert-python` (Benchmarks/run.sh does it in a venv).
A new chart type gets a `<type>_matplotlib` and a `<type>_vegalite` function and an entry in CHARTS.
"""

import argparse
import csv
import io
import json
import os
import statistics
import sys
import time

TITLE = "HDP na obyvatele v krajích Česka v roce 2024"
SUBTITLE = "v Kč, běžné ceny"
SOURCE = "Zdroj: ČSÚ, Regionální účty"
AXIS_TITLE = "HDP na obyvatele (Kč)"
TEXT, MUTED, GRID, AXIS, BAR = "#1F2328", "#5C636E", "#E3E6EA", "#8C939D", "#0072B2"


def read_bar_data(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = [(r["kraj"], float(r["hdp_na_obyvatele_2024"])) for r in csv.DictReader(f)]
    return sorted(rows, key=lambda r: -r[1])


def grouped(value):
    """1567946 -> '1 567 946' with no-break spaces (Czech grouping)."""
    return f"{int(value):,}".replace(",", "\u00a0")


# ---------------------------------------------------------------- matplotlib

def setup_matplotlib(fonts):
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager

    for name in sorted(os.listdir(fonts)):
        if name.endswith((".otf", ".ttf")):
            font_manager.fontManager.addfont(os.path.join(fonts, name))
    matplotlib.rcParams["font.family"] = "Inter"
    matplotlib.rcParams["svg.hashsalt"] = "kresba"  # deterministic SVG ids
    return matplotlib


def px(size):
    """CSS px at the figure's 100 dpi, in points."""
    return size * 72 / 100


def bar_matplotlib(data_path, fmt, out):
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    rows = read_bar_data(data_path)
    names = [r[0] for r in rows][::-1]
    values = [r[1] for r in rows][::-1]
    fig = plt.figure(figsize=(8, 5), dpi=100)
    ax = fig.add_axes([0.2, 0.17, 0.68, 0.63])
    bars = ax.barh(names, values, color=BAR, height=0.8)
    ax.bar_label(bars, labels=[grouped(v) for v in values], padding=4, fontsize=px(12.5),
                 fontweight="medium", color=TEXT)
    ax.set_xlim(0, 1_600_000)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: grouped(v)))
    ax.tick_params(labelsize=px(12.5), colors=MUTED, length=0)
    ax.grid(axis="x", color=GRID, linewidth=1)
    ax.set_axisbelow(True)
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(AXIS)
    ax.set_xlabel(AXIS_TITLE, fontsize=px(12.5), fontweight="medium", color=MUTED, loc="right")
    ax.margins(y=0.01)
    fig.text(0.025, 0.96, TITLE, fontsize=px(20), fontweight="bold", color=TEXT, va="top")
    fig.text(0.025, 0.895, SUBTITLE, fontsize=px(15), color=MUTED, va="top")
    fig.text(0.025, 0.04, SOURCE, fontsize=px(12), color=MUTED, va="bottom")
    if fmt == "png":
        fig.savefig(out, format="png", dpi=200)
    elif fmt == "svg":
        fig.savefig(out, format="svg", metadata={"Date": None})
    else:
        fig.savefig(out, format="pdf", metadata={"CreationDate": None})
    plt.close(fig)


# ---------------------------------------------------------------- Vega-Lite

def bar_vegalite(data_path):
    rows = read_bar_data(data_path)
    values = [{"kraj": k, "hdp": v} for k, v in rows]
    order = [r[0] for r in rows]
    y = {"field": "kraj", "type": "nominal", "sort": order, "title": None}
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": 556,
        "height": 347,
        "padding": 20,
        "background": "white",
        "title": {"text": TITLE, "subtitle": SUBTITLE, "anchor": "start", "fontSize": 20, "fontWeight": 700,
                  "color": TEXT, "subtitleFontSize": 15, "subtitleColor": MUTED, "offset": 16},
        "data": {"values": values},
        "config": {"font": "Inter", "view": {"stroke": None},
                   "axis": {"labelFontSize": 12.5, "labelColor": MUTED, "titleFontSize": 12.5,
                            "titleColor": MUTED, "titleFontWeight": 500, "gridColor": GRID,
                            "domainColor": AXIS, "ticks": False}},
        "layer": [
            {"mark": {"type": "bar", "color": BAR},
             "encoding": {"y": y, "x": {"field": "hdp", "type": "quantitative", "title": AXIS_TITLE,
                                        "scale": {"domain": [0, 1_600_000]},
                                        "axis": {"format": ",d", "titleAnchor": "end"}}}},
            {"mark": {"type": "text", "align": "left", "dx": 5, "fontSize": 12.5, "fontWeight": 500,
                      "color": TEXT},
             "encoding": {"y": y, "x": {"field": "hdp", "type": "quantitative"},
                          "text": {"field": "hdp", "type": "quantitative", "format": ",d"}}},
            {"data": {"values": [{}]},
             "mark": {"type": "text", "text": SOURCE, "align": "left", "baseline": "bottom", "fontSize": 12,
                      "color": MUTED, "x": {"expr": "-150"}, "y": {"expr": "height + 60"}}},
        ],
    }


def setup_vegalite(fonts):
    import vl_convert

    vl_convert.register_font_directory(fonts)
    return vl_convert


def render_vegalite(vlc, spec, fmt, out):
    if fmt == "png":
        data = vlc.vegalite_to_png(spec, scale=2, format_locale="cs-CZ", time_format_locale="cs-CZ")
    elif fmt == "svg":
        data = vlc.vegalite_to_svg(spec, format_locale="cs-CZ", time_format_locale="cs-CZ").encode()
    else:
        data = vlc.vegalite_to_pdf(spec, format_locale="cs-CZ", time_format_locale="cs-CZ")
    out.write(data)


# ---------------------------------------------------------------- the line chart

LINE_TITLE = "Potvrzené případy covidu-19 v okresech Libereckého kraje"
LINE_SUBTITLE = "kumulativně, 1. 9. – 29. 12. 2020"
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00"]


def read_line_data(path):
    """{okres: [(date, value), ...]} in order of first appearance."""
    series = {}
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            series.setdefault(r["okres"], []).append((r["datum"], float(r["nakazeni"])))
    return series


def line_matplotlib(data_path, fmt, out):
    import datetime

    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    series = read_line_data(data_path)
    fig = plt.figure(figsize=(8, 5), dpi=100)
    ax = fig.add_axes([0.09, 0.17, 0.7, 0.6])
    for (name, points), color in zip(series.items(), PALETTE):
        xs = [datetime.date.fromisoformat(d) for d, _ in points]
        ys = [v for _, v in points]
        ax.plot(xs, ys, color=color, linewidth=2.5 * 0.72)
        ax.text(xs[-1], ys[-1], "  " + name, color=color, fontsize=px(13), fontweight="semibold", va="center")
    ax.set_ylim(0, 14_000)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: grouped(v)))
    ax.xaxis.set_major_locator(mdates.MonthLocator())
    months = ["led", "úno", "bře", "dub", "kvě", "čvn", "čvc", "srp", "zář", "říj", "lis", "pro"]
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: months[mdates.num2date(v).month - 1]))
    ax.tick_params(labelsize=px(12.5), colors=MUTED)
    ax.grid(axis="y", color=GRID, linewidth=1)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(AXIS)
    fig.text(0.025, 0.96, LINE_TITLE, fontsize=px(20), fontweight="bold", color=TEXT, va="top")
    fig.text(0.025, 0.895, LINE_SUBTITLE, fontsize=px(15), color=MUTED, va="top")
    fig.text(0.025, 0.82, "potvrzené případy", fontsize=px(12.5), fontweight="medium", color=MUTED, va="top")
    fig.text(0.025, 0.04, "Zdroj: MZČR", fontsize=px(12), color=MUTED, va="bottom")
    if fmt == "png":
        fig.savefig(out, format="png", dpi=200)
    elif fmt == "svg":
        fig.savefig(out, format="svg", metadata={"Date": None})
    else:
        fig.savefig(out, format="pdf", metadata={"CreationDate": None})
    plt.close(fig)


def line_vegalite(data_path):
    series = read_line_data(data_path)
    values = [{"datum": d, "okres": name, "nakazeni": v} for name, points in series.items() for d, v in points]
    last = [{"datum": points[-1][0], "okres": name, "nakazeni": points[-1][1]} for name, points in series.items()]
    color = {"field": "okres", "type": "nominal", "legend": None,
             "scale": {"domain": list(series), "range": PALETTE}}
    x = {"field": "datum", "type": "temporal", "title": None, "axis": {"format": "%b", "tickCount": "month"}}
    y = {"field": "nakazeni", "type": "quantitative", "title": "potvrzené případy", "axis": {"format": ",d"}}
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": 565, "height": 356, "padding": 20, "background": "white",
        "title": {"text": LINE_TITLE, "subtitle": LINE_SUBTITLE, "anchor": "start", "fontSize": 20,
                  "fontWeight": 700, "color": TEXT, "subtitleFontSize": 15, "subtitleColor": MUTED, "offset": 16},
        "config": {"font": "Inter", "view": {"stroke": None},
                   "axis": {"labelFontSize": 12.5, "labelColor": MUTED, "titleFontSize": 12.5,
                            "titleColor": MUTED, "titleFontWeight": 500, "gridColor": GRID, "domainColor": AXIS}},
        "layer": [
            {"data": {"values": values}, "mark": {"type": "line", "strokeWidth": 2.5},
             "encoding": {"x": x, "y": y, "color": color}},
            {"data": {"values": last},
             "mark": {"type": "text", "align": "left", "dx": 6, "fontSize": 13, "fontWeight": 600},
             "encoding": {"x": x, "y": y, "color": color, "text": {"field": "okres"}}},
            {"data": {"values": [{}]},
             "mark": {"type": "text", "text": "Zdroj: MZČR", "align": "left", "baseline": "bottom", "fontSize": 12,
                      "color": MUTED, "x": {"expr": "-60"}, "y": {"expr": "height + 45"}}},
        ],
    }


CHARTS = {"bar": (bar_matplotlib, bar_vegalite), "line": (line_matplotlib, line_vegalite)}


# ---------------------------------------------------------------- main

def medians_ms(render, warmup, iterations):
    """Median wall-clock and process CPU time (all threads) in ms."""
    for _ in range(warmup):
        render()
    walls, cpus = [], []
    for _ in range(iterations):
        start, cpu_start = time.perf_counter(), time.process_time()
        render()
        cpus.append((time.process_time() - cpu_start) * 1000)
        walls.append((time.perf_counter() - start) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def bench(args):
    draw_mpl, vegalite = CHARTS[args.chart]
    matplotlib = setup_matplotlib(args.fonts)
    vlc = setup_vegalite(args.fonts)
    result = {"matplotlib": {"version": matplotlib.__version__},
              "vl-convert": {"version": getattr(vlc, "__version__", "?")}}
    for fmt in ("png", "svg", "pdf"):
        mpl = result["matplotlib"]
        mpl[fmt], mpl[fmt + "_cpu"] = medians_ms(lambda: draw_mpl(args.data, fmt, io.BytesIO()), 2, args.iterations)
        # The spec is built from the CSV on every render, as the chart is in the other columns.
        vl = result["vl-convert"]
        vl[fmt], vl[fmt + "_cpu"] = medians_ms(
            lambda: render_vegalite(vlc, vegalite(args.data), fmt, io.BytesIO()), 2, args.iterations)
    print(json.dumps(result))


def once(args):
    draw_mpl, vegalite = CHARTS[args.chart]
    with open(args.out, "wb") as out:
        if args.tool == "matplotlib":
            setup_matplotlib(args.fonts)
            draw_mpl(args.data, "png", out)
        else:
            render_vegalite(setup_vegalite(args.fonts), vegalite(args.data), "png", out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["bench", "once"])
    parser.add_argument("--chart", default="bar", choices=sorted(CHARTS))
    parser.add_argument("--fonts", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--iterations", type=int, default=20)
    parser.add_argument("--tool", choices=["matplotlib", "vl-convert"], default="matplotlib")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.command == "bench":
        bench(args)
    else:
        if not args.out:
            sys.exit("bench.py: once needs --out")
        once(args)


if __name__ == "__main__":
    main()
