#!/usr/bin/env python3
"""Generates Kresba's built-in basemaps (compact TopoJSON) from Natural Earth data.

Usage: scripts/generate-basemaps.py [--gpkg PATH] [--date YYYY-MM-DD] [--preview DIR]

--preview writes an SVG of each basemap (inner borders thin, the outline thick) for a look.

Requirements, all installed on demand except the first:
  - the Debian package qgis-common (apt-get install qgis-common), which ships Natural Earth's
    public-domain 1:10m admin layers, generalised by the QGIS project, as
    /usr/share/qgis/resources/data/world_map.gpkg (layers states_provinces and countries);
  - Python 3.9 or newer (sqlite3 from the standard library reads the GeoPackage);
  - shapely (pinned below), which the script pip-installs into a venv under /tmp and re-runs
    itself with; it is used only to parse WKB, clip to the Europe frame and orient rings.

Writes, beside a README with the provenance (all committed; do not edit them by hand):
  Sources/KresbaCore/Geo/Basemaps/BuiltInBasemap+CzKraje.swift   the 14 kraje of Czechia
  Sources/KresbaCore/Geo/Basemaps/BuiltInBasemap+Europe.swift    the countries of Europe
Each holds its TopoJSON as a string literal, so the data compiles into the library and an
installed binary needs no resource lookup at run time.

How the TopoJSON is made (the steps d3's topojson takes, written out here because they are short):
  1. GeoPackage geometry blobs are a small header (magic "GP", flags, SRS id, an optional
     envelope) followed by WKB; the header is decoded here and the WKB handed to shapely.
  2. Europe only: countries are clipped to a longitude/latitude frame (Iceland to Cyprus and
     Turkey; Russia cut at 45° E), and parts too small to see on an 800 px map are dropped (a
     country's largest part is always kept, so microstates stay).
  3. Coordinates are snapped to the integer grid of the TopoJSON transform, which also makes the
     vertices of shared borders identical.
  4. Junctions are points where rings meet and then part (the same point with different
     neighbours); cutting every ring at its junctions gives arcs, and an arc that is another
     arc reversed is stored once, so a border between two regions is one arc used by both.
  5. Europe only: each arc is simplified on its own (Douglas-Peucker, ends fixed), so shared
     borders stay shared; a ring that would collapse or cross itself keeps its arcs unsimplified.
  6. Arcs are delta-encoded; keys are written in a fixed order and features sorted by code, so
     the same input gives the same bytes.
"""
import argparse
import datetime
import json
import math
import os
import re
import sqlite3
import subprocess
import sys

SHAPELY = "shapely==2.0.6"
VENV = "/tmp/kresba-basemaps-venv"
GPKG = "/usr/share/qgis/resources/data/world_map.gpkg"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "KresbaCore", "Geo", "Basemaps")


def ensure_shapely():
    """Re-runs the script in a venv with shapely when the current Python lacks it."""
    try:
        import shapely  # noqa: F401
        return
    except ImportError:
        pass
    python = os.path.join(VENV, "bin", "python")
    if os.environ.get("KRESBA_BASEMAPS_VENV"):
        sys.exit("shapely is still missing inside " + VENV)
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    subprocess.check_call([python, "-m", "pip", "install", "--quiet", SHAPELY])
    os.environ["KRESBA_BASEMAPS_VENV"] = "1"
    os.execv(python, [python] + sys.argv)


# The 14 kraje: Natural Earth's `name` → (NUTS 3 code as ČSÚ uses it, the official Czech name).
# Natural Earth writes the adjective alone ("Zlínský"), "Prague" for the capital and "Vysočina";
# ČSÚ writes "Kraj Vysočina" (the law's name; "Vysočina" and "kraj Vysočina" are seen too).
KRAJE = {
    "Prague": ("CZ010", "Hlavní město Praha"),
    "Středočeský": ("CZ020", "Středočeský kraj"),
    "Jihočeský": ("CZ031", "Jihočeský kraj"),
    "Plzeňský": ("CZ032", "Plzeňský kraj"),
    "Karlovarský": ("CZ041", "Karlovarský kraj"),
    "Ústecký": ("CZ042", "Ústecký kraj"),
    "Liberecký": ("CZ051", "Liberecký kraj"),
    "Královéhradecký": ("CZ052", "Královéhradecký kraj"),
    "Pardubický": ("CZ053", "Pardubický kraj"),
    "Vysočina": ("CZ063", "Kraj Vysočina"),
    "Jihomoravský": ("CZ064", "Jihomoravský kraj"),
    "Olomoucký": ("CZ071", "Olomoucký kraj"),
    "Zlínský": ("CZ072", "Zlínský kraj"),
    "Moravskoslezský": ("CZ080", "Moravskoslezský kraj"),
}

# The countries of Europe: ISO 3166-1 alpha-2 (Natural Earth's iso_a2) → (alpha-3, English name,
# Czech name). Natural Earth's own NAME is abbreviated ("Bosnia and Herz.") and kept as NE_NAME.
# Kosovo has no ISO code; XK/XKX are the codes the EU and the World Bank use. Greece is GR and
# the United Kingdom GB as in ISO (Eurostat writes EL and UK). The Caucasus is left out: the
# frame ends at 45° E, which would cut Georgia, Armenia and Azerbaijan in pieces.
COUNTRIES = {
    "AD": ("AND", "Andorra", "Andorra"),
    "AL": ("ALB", "Albania", "Albánie"),
    "AT": ("AUT", "Austria", "Rakousko"),
    "BA": ("BIH", "Bosnia and Herzegovina", "Bosna a Hercegovina"),
    "BE": ("BEL", "Belgium", "Belgie"),
    "BG": ("BGR", "Bulgaria", "Bulharsko"),
    "BY": ("BLR", "Belarus", "Bělorusko"),
    "CH": ("CHE", "Switzerland", "Švýcarsko"),
    "CY": ("CYP", "Cyprus", "Kypr"),
    "CZ": ("CZE", "Czechia", "Česko"),
    "DE": ("DEU", "Germany", "Německo"),
    "DK": ("DNK", "Denmark", "Dánsko"),
    "EE": ("EST", "Estonia", "Estonsko"),
    "ES": ("ESP", "Spain", "Španělsko"),
    "FI": ("FIN", "Finland", "Finsko"),
    "FO": ("FRO", "Faroe Islands", "Faerské ostrovy"),
    "FR": ("FRA", "France", "Francie"),
    "GB": ("GBR", "United Kingdom", "Spojené království"),
    "GG": ("GGY", "Guernsey", "Guernsey"),
    "GI": ("GIB", "Gibraltar", "Gibraltar"),
    "GR": ("GRC", "Greece", "Řecko"),
    "HR": ("HRV", "Croatia", "Chorvatsko"),
    "HU": ("HUN", "Hungary", "Maďarsko"),
    "IE": ("IRL", "Ireland", "Irsko"),
    "IM": ("IMN", "Isle of Man", "Ostrov Man"),
    "IS": ("ISL", "Iceland", "Island"),
    "IT": ("ITA", "Italy", "Itálie"),
    "JE": ("JEY", "Jersey", "Jersey"),
    "LI": ("LIE", "Liechtenstein", "Lichtenštejnsko"),
    "LT": ("LTU", "Lithuania", "Litva"),
    "LU": ("LUX", "Luxembourg", "Lucembursko"),
    "LV": ("LVA", "Latvia", "Lotyšsko"),
    "MC": ("MCO", "Monaco", "Monako"),
    "MD": ("MDA", "Moldova", "Moldavsko"),
    "ME": ("MNE", "Montenegro", "Černá Hora"),
    "MK": ("MKD", "North Macedonia", "Severní Makedonie"),
    "MT": ("MLT", "Malta", "Malta"),
    "NL": ("NLD", "Netherlands", "Nizozemsko"),
    "NO": ("NOR", "Norway", "Norsko"),
    "PL": ("POL", "Poland", "Polsko"),
    "PT": ("PRT", "Portugal", "Portugalsko"),
    "RO": ("ROU", "Romania", "Rumunsko"),
    "RS": ("SRB", "Serbia", "Srbsko"),
    "RU": ("RUS", "Russia", "Rusko"),
    "SE": ("SWE", "Sweden", "Švédsko"),
    "SI": ("SVN", "Slovenia", "Slovinsko"),
    "SK": ("SVK", "Slovakia", "Slovensko"),
    "SM": ("SMR", "San Marino", "San Marino"),
    "TR": ("TUR", "Turkey", "Turecko"),
    "UA": ("UKR", "Ukraine", "Ukrajina"),
    "XK": ("XKX", "Kosovo", "Kosovo"),
}

# Where Eurostat's country codes differ from ISO 3166-1 alpha-2 (Eurostat's "Glossary: Country
# codes"): its tables, and ČSÚ's European comparisons, write these.
EUROSTAT_CODES = {"GR": "EL", "GB": "UK"}

# Natural Earth keeps Åland apart from Finland, and Northern Cyprus and the British bases in an
# unnamed feature (iso_a2 "-1"); statistics count them with Finland and Cyprus, so do we.
MERGED = {"AX": "FI"}
CYPRUS_ISLAND = (32.0, 34.4, 35.0, 35.8)
# Natural Earth 4.1 draws Crimea and Sevastopol inside Russia (its de-facto view); Czechia, the EU
# and the UN count them with Ukraine, and so do the statistics a Czech map shows, so that part of
# Russia is moved to Ukraine (found by the two admin-1 regions of those names).
CRIMEA = ("Crimea", "Sevastopol")

# The Europe frame (lon/lat): Iceland's west cape to 45° E (Moscow, the Volga bend, all of
# Turkey), Crete and Cyprus to the North Cape. Azores, Madeira, the Canaries, Svalbard and the
# overseas parts of France, Spain, Portugal and Norway fall outside.
EUROPE_FRAME = (-24.6, 34.5, 45.0, 71.5)
# Parts smaller than this (square degrees, about 80 km² at 50° N, a pixel or two at 800 px) are
# dropped unless they are a country's largest part.
EUROPE_MIN_PART = 0.01
# Douglas-Peucker tolerance for Europe in degrees: under a pixel when Europe is 800 px wide (a pixel
# is then about 0.05°); 0.03 gives 100 KB instead of 85 KB with no difference one can see.
EUROPE_TOLERANCE = 0.04
# Quantization: grid steps across the extent. 10⁴ over Czechia is about 50 m, over Europe 700 m.
QUANTIZATION = 10000


# MARK: reading the GeoPackage


def gpkg_wkb(blob):
    """The WKB inside a GeoPackage geometry blob (OGC 12-128r18, 2.1.3)."""
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    if flags & 0b10000:
        raise ValueError("empty geometry")
    envelope = (flags >> 1) & 0b111
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope]
    return bytes(blob[8 + size:])


def read_layer(db, sql, params=()):
    from shapely import wkb

    rows = []
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        record = dict(zip(names, row))
        record["geom"] = wkb.loads(gpkg_wkb(record["geom"]))
        rows.append(record)
    return rows


def polygons_of(geometry):
    """The polygons of a (multi)polygon or a collection, in order."""
    kind = geometry.geom_type
    if kind == "Polygon":
        return [] if geometry.is_empty else [geometry]
    if kind in ("MultiPolygon", "GeometryCollection"):
        return [p for g in geometry.geoms for p in polygons_of(g)]
    return []


# MARK: building the features


def kraje_features(db):
    rows = read_layer(
        db, "SELECT name, geom FROM states_provinces WHERE iso_a2 = 'CZ' OR adm0_a3 = 'CZE'")
    features = []
    for row in rows:
        if row["name"] not in KRAJE:
            sys.exit(f"unexpected Natural Earth kraj {row['name']!r}: add it to KRAJE")
        code, czech = KRAJE[row["name"]]
        properties = {"KOD_CZNUTS3": code, "NAZ_CZNUTS3": czech, "NE_NAME": row["name"]}
        features.append((code, properties, polygons_of(row["geom"])))
    found = sorted(f[0] for f in features)
    expected = sorted(code for code, _ in KRAJE.values())
    if found != expected:
        sys.exit(f"kraje found {found}, expected {expected}")
    return sorted(features, key=lambda f: f[0])


def europe_features(db):
    import shapely

    rows = read_layer(db, "SELECT iso_a2, NAME, geom FROM countries")
    parts = {}
    names = {}
    for row in rows:
        iso = MERGED.get(row["iso_a2"], row["iso_a2"])
        polygons = polygons_of(row["geom"])
        if row["iso_a2"] == "-1":
            west, south, east, north = CYPRUS_ISLAND
            polygons = [
                p for p in polygons
                if west <= p.bounds[0] and p.bounds[2] <= east and south <= p.bounds[1] and p.bounds[3] <= north
            ]
            iso = "CY"
        if iso not in COUNTRIES:
            continue
        parts.setdefault(iso, []).extend(polygons)
        if row["iso_a2"] == iso:
            names[iso] = row["NAME"]
    crimea = shapely.union_all([
        row["geom"] for row in read_layer(
            db, "SELECT geom FROM states_provinces WHERE adm0_a3 = 'RUS' AND name IN (?, ?)", CRIMEA)])
    moved = [p for p in parts["RU"] if crimea.contains(p.representative_point())]
    if not moved:
        sys.exit("Crimea not found among Russia's parts; check CRIMEA")
    parts["RU"] = [p for p in parts["RU"] if not any(p is m for m in moved)]
    parts["UA"] = polygons_of(shapely.union_all(parts["UA"] + moved))
    missing = sorted(set(COUNTRIES) - set(parts))
    if missing:
        sys.exit(f"countries not found in the GeoPackage: {missing}")
    features = []
    for iso in sorted(parts):
        clipped = []
        for polygon in parts[iso]:
            clipped += polygons_of(shapely.clip_by_rect(polygon, *EUROPE_FRAME))
        clipped = [shapely.Polygon(p.exterior, [h for h in p.interiors if shapely.Polygon(h).area >= EUROPE_MIN_PART])
                   for p in clipped]
        largest = max(clipped, key=lambda p: p.area)
        kept = [p for p in clipped if p is largest or p.area >= EUROPE_MIN_PART]
        alpha3, english, czech = COUNTRIES[iso]
        # Eurostat (and so ČSÚ's European tables) writes Greece EL and the United Kingdom UK.
        eurostat = EUROSTAT_CODES.get(iso, iso)
        properties = {"ISO_A2": iso, "ISO_A3": alpha3, "EU_CODE": eurostat, "NAME": english, "NAZEV": czech,
                      "NE_NAME": names[iso]}
        features.append((iso, properties, kept))
    return features


# MARK: topology


class Grid:
    """The TopoJSON transform: integer grid positions ↔ longitude/latitude."""

    def __init__(self, features):
        xs, ys = [], []
        for _, _, polygons in features:
            for p in polygons:
                x0, y0, x1, y1 = p.bounds
                xs += [x0, x1]
                ys += [y0, y1]
        self.x0, self.y0 = min(xs), min(ys)
        self.sx = (max(xs) - self.x0) / (QUANTIZATION - 1)
        self.sy = (max(ys) - self.y0) / (QUANTIZATION - 1)

    def snap(self, coords):
        ring = []
        for x, y in coords:
            point = (round((x - self.x0) / self.sx), round((y - self.y0) / self.sy))
            if not ring or ring[-1] != point:
                ring.append(point)
        return ring


def ring_area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


def snapped_polygons(features, grid):
    """Per feature, polygons as lists of closed integer rings: exterior anticlockwise, holes clockwise
    (RFC 7946), rings that collapse on the grid dropped."""
    import shapely

    result = []
    for key, properties, polygons in features:
        snapped = []
        for polygon in polygons:
            polygon = shapely.geometry.polygon.orient(polygon, sign=1.0)
            rings = []
            for index, coords in enumerate([polygon.exterior] + list(polygon.interiors)):
                ring = grid.snap(coords.coords)
                if ring[0] != ring[-1]:
                    ring.append(ring[0])
                if len(ring) < 4 or ring_area(ring) == 0:
                    if index == 0:
                        break
                    continue
                rings.append(ring)
            if rings:
                snapped.append(rings)
        result.append((key, properties, snapped))
    return result


def junctions(rings):
    """Points where rings meet and part: the same point seen with different neighbours."""
    seen = {}
    found = set()
    for ring in rings:
        points = ring[:-1]
        n = len(points)
        for i, point in enumerate(points):
            pair = frozenset((points[i - 1], points[(i + 1) % n]))
            if point in seen:
                if seen[point] != pair:
                    found.add(point)
            else:
                seen[point] = pair
    return found


def cut(ring, cuts):
    """The arcs of one closed ring: split at its junctions, or the whole ring from its smallest point
    (so that the same ring met twice, as Praha and the hole in Středočeský kraj, gives one arc)."""
    points = ring[:-1]
    starts = [i for i, p in enumerate(points) if p in cuts]
    if not starts:
        k = points.index(min(points))
        rotated = points[k:] + points[:k]
        return [rotated + [rotated[0]]]
    k = starts[0]
    rotated = points[k:] + points[:k] + [points[k]]
    indices = [i - k for i in starts] + [len(points)]
    return [rotated[a:b + 1] for a, b in zip(indices, indices[1:])]


def build_topology(features):
    rings = [ring for _, _, polygons in features for polygon in polygons for ring in polygon]
    cuts = junctions(rings)
    arcs = []
    index = {}
    objects = []
    for key, properties, polygons in features:
        geometry = []
        for polygon in polygons:
            refs_polygon = []
            for ring in polygon:
                refs = []
                for arc in cut(ring, cuts):
                    forward = tuple(arc)
                    backward = tuple(reversed(arc))
                    if forward in index:
                        refs.append(index[forward])
                    elif backward in index:
                        refs.append(~index[backward])
                    else:
                        index[forward] = len(arcs)
                        arcs.append(arc)
                        refs.append(index[forward])
                refs_polygon.append(refs)
            geometry.append(refs_polygon)
        objects.append((key, properties, geometry))
    return arcs, objects


def douglas_peucker(points, tolerance):
    if len(points) <= 2:
        return list(points)
    if points[0] == points[-1]:
        # A closed arc: split at the point farthest from its start so both halves have two ends.
        far = max(range(len(points)), key=lambda i: (points[i][0] - points[0][0]) ** 2 + (points[i][1] - points[0][1]) ** 2)
        if far == 0:
            return list(points)
        return douglas_peucker(points[: far + 1], tolerance)[:-1] + douglas_peucker(points[far:], tolerance)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        best, best_index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / length
            if d > best:
                best, best_index = d, i
        if best > tolerance:
            keep[best_index] = True
            stack += [(a, best_index), (best_index, b)]
    return [p for p, k in zip(points, keep) if k]


def simplify(arcs, objects, tolerance):
    """Simplifies each arc on its own. A ring that would have fewer than 4 positions, or would cross or
    touch itself where the unsimplified ring did not, has its arcs simplified again with half the
    tolerance (which also changes the rings sharing them) until it is sound."""
    import shapely

    def ring(refs, source):
        points = []
        for r in refs:
            arc = source[r] if r >= 0 else list(reversed(source[~r]))
            points += arc if not points else arc[1:]
        return points

    rings = [refs for _, _, geometry in objects for polygon in geometry for refs in polygon]
    simple = [shapely.LinearRing(ring(refs, arcs)).is_simple for refs in rings]
    tolerances = [tolerance] * len(arcs)
    simplified = [douglas_peucker(arc, tolerance) for arc in arcs]
    changed = True
    while changed:
        changed = False
        for refs, was_simple in zip(rings, simple):
            points = ring(refs, simplified)
            if len(points) >= 4 and (not was_simple or shapely.LinearRing(points).is_simple):
                continue
            # Halving the tolerance of the ring's arcs (to none below a tenth of a grid step) fixes
            # the ring while keeping most of the saving.
            for a in (r if r >= 0 else ~r for r in refs):
                if simplified[a] != arcs[a]:
                    tolerances[a] = tolerances[a] / 2 if tolerances[a] > 0.1 else 0
                    simplified[a] = douglas_peucker(arcs[a], tolerances[a])
                    changed = True
    return simplified


def delta(arc):
    out = []
    px = py = 0
    for x, y in arc:
        out.append([x - px, y - py])
        px, py = x, y
    return out


# MARK: writing


def topojson_text(name, grid, arcs, objects):
    """The compact TopoJSON, one arc or feature per line (lines are wrapped for the Swift source)."""
    geometries = []
    for key, properties, geometry in objects:
        if len(geometry) == 1:
            kind, refs = "Polygon", geometry[0]
        else:
            kind, refs = "MultiPolygon", geometry
        geometries.append(
            '{"type":"%s","id":%s,"properties":%s,"arcs":%s}'
            % (kind, json.dumps(key), json.dumps(properties, ensure_ascii=False, separators=(",", ":")),
               json.dumps(refs, separators=(",", ":"))))
    lines = [
        '{"type":"Topology",',
        '"transform":{"scale":[%r,%r],"translate":[%r,%r]},' % (grid.sx, grid.sy, grid.x0, grid.y0),
        '"objects":{%s:{"type":"GeometryCollection","geometries":[' % json.dumps(name),
    ]
    lines += [g + "," for g in geometries[:-1]] + [geometries[-1], "]}},", '"arcs":[']
    encoded = [json.dumps(delta(arc), separators=(",", ":")) for arc in arcs]
    lines += [a + "," for a in encoded[:-1]] + [encoded[-1], "]}"]
    return lines


def wrap(line, width):
    """Splits a line after commas outside strings so no piece is longer than `width` where possible
    (JSON allows a line break between any two tokens)."""
    pieces = []
    start = 0
    last_comma = -1
    in_string = escaped = False
    for i, ch in enumerate(line):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == ",":
            if i + 1 - start > width and last_comma >= start:
                pieces.append(line[start:last_comma + 1])
                start = last_comma + 1
            last_comma = i
    if len(line) - start > width and last_comma >= start:
        pieces.append(line[start:last_comma + 1])
        start = last_comma + 1
    pieces.append(line[start:])
    return [piece for piece in pieces if piece]


def swift_source(name, identifier, provenance, text_lines):
    body = []
    for line in text_lines:
        body += ["        " + piece for piece in wrap(line, 100)]
    header = [
        "// Generated by scripts/generate-basemaps.py; edit the script, not this file.",
        "//",
    ] + ["// " + line if line else "//" for line in provenance] + [
        "",
        "extension BuiltInBasemap {",
        f"    /// The `{name}` basemap as compact TopoJSON (see the README in this folder).",
        f"    static let {identifier} = #\"\"\"",
    ]
    footer = ['        """#', "}", ""]
    return "\n".join(header + body + footer)


def provenance_lines(name, description, info, counts):
    return [
        f"Basemap `{name}`: {description}",
        f"{counts}",
        f"Source: Natural Earth {info['scale']} {info['layers']}, {info['ne_version']}, public domain",
        "(https://www.naturalearthdata.com/about/terms-of-use/), generalised by the QGIS project and",
        f"shipped in the Debian package qgis-common {info['deb_version']} as {info['gpkg_name']}",
        f"(layer {info['layer']}, last changed {info['layer_date']}).",
        f"Generated {info['date']} by scripts/generate-basemaps.py; quantized {QUANTIZATION}, WGS 84 lon/lat.",
    ]


def package_info(gpkg, date):
    info = {"date": date, "gpkg_name": os.path.basename(gpkg)}
    try:
        info["deb_version"] = subprocess.check_output(
            ["dpkg-query", "-W", "-f", "${Version}", "qgis-common"], text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        info["deb_version"] = "(version unknown: dpkg-query failed)"
    readme = os.path.join(os.path.dirname(gpkg), "README_world_map.md")
    text = open(readme, encoding="utf-8").read() if os.path.exists(readme) else ""
    scale = re.search(r"Natural Earth (1:\d+m)", text)
    version = re.search(r"Admin 1 .*?(v\d+(?:\.\d+)+)", text)
    info["scale"] = scale.group(1) if scale else "(scale not stated)"
    info["ne_version"] = version.group(1) if version else "(version not stated)"
    return info


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gpkg", default=GPKG)
    parser.add_argument(
        "--date", default=os.environ.get("BASEMAPS_DATE") or datetime.date.today().isoformat(),
        help="the generation date written into the provenance (default: today)")
    parser.add_argument("--preview", metavar="DIR", help="also write NAME.svg previews into DIR")
    args = parser.parse_args()
    if not os.path.exists(args.gpkg):
        sys.exit(f"{args.gpkg} not found: apt-get install qgis-common")
    ensure_shapely()
    import shapely

    db = sqlite3.connect(f"file:{args.gpkg}?mode=ro", uri=True)
    dates = dict(db.execute("SELECT table_name, last_change FROM gpkg_contents"))
    info = package_info(args.gpkg, args.date)
    os.makedirs(OUT, exist_ok=True)

    basemaps = [
        ("cz-kraje", "czKrajeTopoJSON", "BuiltInBasemap+CzKraje.swift", "states_provinces",
         "Admin 1 – States, Provinces", "the 14 kraje (NUTS 3 regions) of Czechia.",
         kraje_features(db), 0),
        ("europe", "europeTopoJSON", "BuiltInBasemap+Europe.swift", "countries",
         "Admin 1 – States, Provinces, dissolved to countries", "the countries of Europe, clipped to "
         f"lon {EUROPE_FRAME[0]}…{EUROPE_FRAME[2]}, lat {EUROPE_FRAME[1]}…{EUROPE_FRAME[3]}.",
         europe_features(db), EUROPE_TOLERANCE),
    ]
    summaries = []
    for name, identifier, filename, layer, layers, description, features, tolerance in basemaps:
        grid = Grid(features)
        snapped = snapped_polygons(features, grid)
        arcs, objects = build_topology(snapped)
        if tolerance:
            arcs = simplify(arcs, objects, tolerance / min(grid.sx, grid.sy))
        lines = topojson_text(name, grid, arcs, objects)
        positions = sum(len(a) for a in arcs)
        counts = f"{len(objects)} features, {len(arcs)} arcs, {positions} positions."
        layer_info = dict(info, layer=layer, layers=layers, layer_date=dates.get(layer, "?"))
        provenance = provenance_lines(name, description, layer_info, counts)
        source = swift_source(name, identifier, provenance, lines)
        with open(os.path.join(OUT, filename), "w", encoding="utf-8") as f:
            f.write(source)
        size = len("".join(lines).encode("utf-8"))
        summaries.append((name, filename, provenance, size))
        if args.preview:
            write_preview(os.path.join(args.preview, name + ".svg"), grid, arcs, objects)
        print(f"{filename}: {counts} TopoJSON {size} bytes")
    write_readme(summaries, info, shapely.__version__)


def write_preview(path, grid, arcs, objects, width=800):
    """An SVG in a plain equirectangular projection, x scaled by cos(mid-latitude): each feature
    filled, borders used by two features thin, the outline thick, to check the topology by eye."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    ys = [y for arc in arcs for _, y in arc]
    mid = math.radians(grid.y0 + grid.sy * (min(ys) + max(ys)) / 2)
    xs = [x for arc in arcs for x, _ in arc]
    kx, ky = grid.sx * math.cos(mid), grid.sy
    scale = width / ((max(xs) - min(xs)) * kx)
    height = round((max(ys) - min(ys)) * ky * scale)

    def xy(p):
        return f"{(p[0] - min(xs)) * kx * scale:.1f},{(max(ys) - p[1]) * ky * scale:.1f}"

    def ring_path(refs):
        points = []
        for r in refs:
            arc = arcs[r] if r >= 0 else list(reversed(arcs[~r]))
            points += arc if not points else arc[1:]
        return "M" + "L".join(xy(p) for p in points) + "Z"

    users = {}
    shapes = []
    for number, (_, _, geometry) in enumerate(objects):
        d = "".join(ring_path(refs) for polygon in geometry for refs in polygon)
        hue = (number * 137) % 360
        shapes.append(f'<path d="{d}" fill="hsl({hue},45%,80%)" fill-rule="evenodd"/>')
        for r in (r for polygon in geometry for refs in polygon for r in refs):
            users.setdefault(r if r >= 0 else ~r, set()).add(number)
    lines = []
    for index, arc in enumerate(arcs):
        inner = len(users.get(index, ())) > 1
        style = 'stroke="#555" stroke-width="0.5"' if inner else 'stroke="#000" stroke-width="1.2"'
        lines.append(f'<path d="M{"L".join(xy(p) for p in arc)}" fill="none" {style}/>')
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">'
                f'<rect width="100%" height="100%" fill="white"/>' + "".join(shapes + lines) + "</svg>\n")


def write_readme(summaries, info, shapely_version):
    lines = [
        "# Built-in basemaps",
        "",
        "Generated by `scripts/generate-basemaps.py`; do not edit the `BuiltInBasemap+*.swift` files by",
        "hand, rerun the script (`apt-get install qgis-common`, then `scripts/generate-basemaps.py`).",
        "`BuiltInBasemap.swift` is written by hand and decodes them through `GeoReader`.",
        "",
        "## Source and licence",
        "",
        f"Natural Earth {info['scale']} cultural vectors, Admin 1 – States, Provinces {info['ne_version']},",
        "**public domain** (https://www.naturalearthdata.com/about/terms-of-use/). The QGIS project",
        "generalised the layer with GRASS `v.generalize` and dissolved it to provinces and countries;",
        f"the result ships in the Debian package `qgis-common` {info['deb_version']} as",
        "`/usr/share/qgis/resources/data/world_map.gpkg` (see `README_world_map.md` beside it).",
        f"Generated on {info['date']} with shapely {shapely_version}.",
        "",
        "## Basemaps",
        "",
    ]
    for name, filename, provenance, size in summaries:
        size_text = f"{size:,}".replace(",", " ")
        lines += [f"### `{name}` (`{filename}`, {size_text} bytes of TopoJSON)", ""]
        lines += [p for p in provenance[:2]] + [""]
    lines += [
        "Properties of `cz-kraje`: `KOD_CZNUTS3` (NUTS 3 code as ČSÚ uses it, CZ010 … CZ080),",
        "`NAZ_CZNUTS3` (the Czech name as ČSÚ writes it, e.g. \"Kraj Vysočina\"), `NE_NAME` (Natural",
        "Earth's name, e.g. \"Prague\"); the feature id is the NUTS 3 code. Praha is a hole in",
        "Středočeský kraj, and the ring they share is one arc.",
        "",
        "Properties of `europe`: `ISO_A2`, `ISO_A3` (ISO 3166-1; Kosovo XK/XKX), `EU_CODE` (the",
        "country code Eurostat uses: `ISO_A2` except EL for Greece and UK for the United Kingdom),",
        "`NAME` (English), `NAZEV` (Czech), `NE_NAME` (Natural Earth's short name); the feature id",
        "is `ISO_A2`.",
        "Åland is counted with Finland, and Northern Cyprus and the British bases with Cyprus;",
        "Crimea and Sevastopol, which Natural Earth 4.1 draws inside Russia, are part of Ukraine.",
        "Georgia, Armenia and Azerbaijan are left out (the frame ends at 45° E); Russia is cut there.",
        f"Parts under {EUROPE_MIN_PART} square degrees are dropped (a country's largest part is kept),",
        f"and the arcs are simplified (Douglas-Peucker, {EUROPE_TOLERANCE}°); `cz-kraje` is kept as",
        "the GeoPackage has it (already generalised: 50–90 points a kraj).",
        "",
        "Both are quantized TopoJSON in WGS 84 longitude/latitude, with shared borders stored once",
        "(`GeoLayer.mesh.inner`).",
        "",
    ]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
