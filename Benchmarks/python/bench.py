"""The benchmark's reference charts drawn with matplotlib and with Vega-Lite (vl-convert-python).

Same data, texts, size (800 x 500 CSS px, PNG at 2x) and fonts (Inter from Fonts/) as Kresba's
chart, written the way a user of each library would write it.

    bench.py bench --chart bar --fonts DIR --data CSV [--iterations N]
        in-process medians in ms (PNG, SVG, PDF for each tool) as one JSON line
    bench.py once --tool matplotlib|vl-convert --chart bar --fonts DIR --data CSV --out FILE.png
        one PNG, as a whole process (imports included)
    bench.py load --csv CSV --geojson FILE [--geojson-grid FILE] [--iterations N] [--warmup N]
        medians of pandas.read_csv (CSV) and json.load (GeoJSON) in ms as one JSON line

Needs `pip install matplotlib vl-convert-python pandas` (Benchmarks/run.sh does it in a venv).
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

# ---------------------------------------------------------------- the 6,000-polygon grid map

GRID_TITLE = "Syntetická mřížka 100 × 60 buněk nad Českem"
GRID_SUBTITLE = "6 000 polygonů z GeoJSON; pevné hranice tříd"
GRID_SOURCE = "Zdroj: vygenerováno (kresba-bench)"
BLUES5 = ["#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C"]
GRID_RANGES = ["0–20", "20–40", "40–60", "60–80", "80–99"]


def save_matplotlib(fig, fmt, out):
    import matplotlib.pyplot as plt

    if fmt == "png":
        fig.savefig(out, format="png", dpi=200)
    elif fmt == "svg":
        fig.savefig(out, format="svg", metadata={"Date": None})
    else:
        fig.savefig(out, format="pdf", metadata={"CreationDate": None})
    plt.close(fig)


def grid_class(value):
    """Upper bounds inclusive, as Kresba's classes: 20 is in the first class."""
    return 0 if value <= 20 else 1 if value <= 40 else 2 if value <= 60 else 3 if value <= 80 else 4


def grid_matplotlib(data_path, fmt, out):
    import math

    import matplotlib.pyplot as plt
    from matplotlib.collections import PolyCollection
    from matplotlib.patches import Patch

    with open(data_path, encoding="utf-8") as f:
        features = json.load(f)["features"]
    polygons = [f["geometry"]["coordinates"][0] for f in features]
    colors = [BLUES5[grid_class(f["properties"]["hodnota"])] for f in features]
    fig = plt.figure(figsize=(8, 5), dpi=100)
    fig.text(20 / 800, 1 - 20 / 500, GRID_TITLE, fontsize=px(20), fontweight="bold", color=TEXT, va="top")
    fig.text(20 / 800, 1 - 49 / 500, GRID_SUBTITLE, fontsize=px(15), color=MUTED, va="top")
    fig.text(20 / 800, 20 / 500, GRID_SOURCE, fontsize=px(12), color=MUTED, va="bottom")
    ax = fig.add_axes([20 / 800, 52 / 500, 640 / 800, 350 / 500])
    ax.add_collection(PolyCollection(polygons, facecolors=colors, edgecolors="white", linewidths=px(0.5)))
    ax.autoscale_view()
    ax.set_aspect(1 / math.cos(math.radians((48.55 + 51.06) / 2)))
    for side in ax.spines.values():
        side.set_color(MUTED)
    ax.set_xticks([])
    ax.set_yticks([])
    fig.legend(handles=[Patch(color=c, label=r) for c, r in zip(BLUES5, GRID_RANGES)], title="Hodnota",
               loc="upper right", bbox_to_anchor=(1 - 20 / 800, 1 - 90 / 500), frameon=False,
               fontsize=px(13), title_fontsize=px(13))
    save_matplotlib(fig, fmt, out)


def grid_vegalite(data_path):
    with open(data_path, encoding="utf-8") as f:
        features = json.load(f)["features"]
    # d3-geo (under Vega) takes rings on the sphere: an exterior ring must wind clockwise, or it is the
    # complement of the cell (the whole globe but it). RFC 7946 files wind counter-clockwise, so a
    # Vega-Lite user rewinds them first, as here.
    for feature in features:
        feature["geometry"]["coordinates"] = [ring[::-1] for ring in feature["geometry"]["coordinates"]]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": 640, "height": 350, "padding": 20, "background": "white",
        "title": {"text": GRID_TITLE, "subtitle": GRID_SUBTITLE, "anchor": "start", "fontSize": 20,
                  "subtitleFontSize": 15, "font": "Inter", "subtitleFont": "Inter", "color": TEXT,
                  "subtitleColor": MUTED},
        "data": {"values": features},
        "projection": {"type": "equirectangular"},
        "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.5},
        "encoding": {"color": {
            "field": "properties.hodnota", "type": "quantitative", "title": "Hodnota",
            # Vega's thresholds are lower-inclusive; on integers these equal Kresba's upper-inclusive 20/40/60/80.
            "scale": {"type": "threshold", "domain": [21, 41, 61, 81], "range": BLUES5},
            "legend": {"titleFont": "Inter", "labelFont": "Inter"}}},
        "config": {"font": "Inter", "view": {"stroke": None}},
    }


CHARTS = {"bar": (bar_matplotlib, bar_vegalite), "line": (line_matplotlib, line_vegalite),
          "grid": (grid_matplotlib, grid_vegalite)}


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
        mpl[fmt], mpl[fmt + "_cpu"] = medians_ms(
            lambda: draw_mpl(args.data, fmt, io.BytesIO()), args.warmup, args.iterations)
        # The spec is built from the CSV on every render, as the chart is in the other columns.
        vl = result["vl-convert"]
        vl[fmt], vl[fmt + "_cpu"] = medians_ms(
            lambda: render_vegalite(vlc, vegalite(args.data), fmt, io.BytesIO()), args.warmup, args.iterations)
    print(json.dumps(result))


def once(args):
    draw_mpl, vegalite = CHARTS[args.chart]
    with open(args.out, "wb") as out:
        if args.tool == "matplotlib":
            setup_matplotlib(args.fonts)
            draw_mpl(args.data, "png", out)
        else:
            render_vegalite(setup_vegalite(args.fonts), vegalite(args.data), "png", out)


def load(args):
    """Issue 3's loading benchmark: the same files Kresba's readers load, read from disk and parsed."""
    import platform

    import pandas

    # The CSV is semicolon-separated UTF-8 with a BOM; pandas is told the separator, as a user would.
    pd_wall, pd_cpu = medians_ms(lambda: pandas.read_csv(args.csv, sep=";", encoding="utf-8-sig"),
                                 args.warmup, args.iterations)

    def json_load():
        with open(args.geojson, encoding="utf-8") as f:
            json.load(f)

    js_wall, js_cpu = medians_ms(json_load, args.warmup, args.iterations)
    result = {"python": platform.python_version(),
              "pandas": {"version": pandas.__version__, "load": pd_wall, "load_cpu": pd_cpu},
              "json": {"load": js_wall, "load_cpu": js_cpu}}
    if args.geojson_grid:
        def json_load_grid():
            with open(args.geojson_grid, encoding="utf-8") as f:
                json.load(f)

        grid_wall, grid_cpu = medians_ms(json_load_grid, args.warmup, args.iterations)
        result["json_grid"] = {"load": grid_wall, "load_cpu": grid_cpu}
    print(json.dumps(result))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["bench", "once", "load"])
    parser.add_argument("--chart", default="bar", choices=sorted(CHARTS))
    parser.add_argument("--fonts")
    parser.add_argument("--data")
    parser.add_argument("--csv")
    parser.add_argument("--geojson")
    parser.add_argument("--geojson-grid")
    parser.add_argument("--iterations", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--tool", choices=["matplotlib", "vl-convert"], default="matplotlib")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.command == "load":
        if not args.csv or not args.geojson:
            sys.exit("bench.py: load needs --csv and --geojson")
        load(args)
        return
    if not args.fonts or not args.data:
        sys.exit("bench.py: bench and once need --fonts and --data")
    if args.command == "bench":
        bench(args)
    else:
        if not args.out:
            sys.exit("bench.py: once needs --out")
        once(args)


if __name__ == "__main__":
    main()
