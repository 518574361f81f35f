#!/usr/bin/env python3
"""Prints reference points WGS 84 -> EPSG:5514 (S-JTSK / Krovak East North) computed by PROJ.

Run once with pyproj installed (pip install pyproj) and paste the output into
Tests/KresbaCoreTests/Projection/KrovakTests.swift. The reference is PROJ's pipeline "Inverse of
S-JTSK to WGS 84 (5) + Krovak East North", the transformation for Czechia that PROJ picks by default
(as in ../shared/data/SOURCES.md) and Kresba implements. Near the Slovak border PROJ's default may
switch to the Slovak transformation (4) instead, whose area of use overlaps; the comment after each
line gives the default result and its distance from (5).
"""
from pyproj.transformer import TransformerGroup
import pyproj
from pyproj import Transformer

points = [
    ("Liberec, radnice", 15.0564, 50.7671),
    ("Praha, Staroměstské náměstí", 14.4213, 50.0875),
    ("Brno", 16.6068, 49.1951),
    ("Ostrava", 18.2625, 49.8209),
    ("Aš (west)", 12.1947, 50.2239),
    ("Cheb", 12.3713, 50.0796),
    ("Lobendava (north)", 14.3166, 51.0556),
    ("Vyšší Brod (south)", 14.3112, 48.6199),
    ("Bukovec (east)", 18.8492, 49.5508),
    ("České Budějovice", 14.4749, 48.9745),
    ("Sněžka", 15.7399, 50.7360),
    ("Jihlava", 15.5911, 49.3961),
]
default = Transformer.from_crs("EPSG:4326", "EPSG:5514", always_xy=True)
group = TransformerGroup("EPSG:4326", "EPSG:5514", always_xy=True)
czech = next(t for t in group.transformers if "S-JTSK to WGS 84 (5)" in t.description)
print(f"// pyproj {pyproj.__version__}, PROJ {pyproj.proj_version_str}: {czech.description}")
for name, lon, lat in points:
    e, n = czech.transform(lon, lat)
    de, dn = default.transform(lon, lat)
    note = "" if abs(de - e) + abs(dn - n) < 1e-6 else f"  // PROJ default: {de:.3f}, {dn:.3f} ({((de - e) ** 2 + (dn - n) ** 2) ** 0.5:.2f} m away)"
    print(f'        ("{name}", {lon}, {lat}, {e:.3f}, {n:.3f}),{note}')

# Spherical (R = 1) conic, Albers and Mercator, for the unit tests of the other projections: the
# standard parallels Kresba derives for Czechia's bounds 12–19 E, 48.5–51.1 N.
lat1, lat2, lat0, lon0 = 48.5 + 2.6 / 6, 48.5 + 2.6 * 5 / 6, 49.8, 15.5
for name, proj in [
    ("conic", f"+proj=lcc +lat_1={lat1} +lat_2={lat2} +lat_0={lat0} +lon_0={lon0} +R=1 +units=m"),
    ("albers", f"+proj=aea +lat_1={lat1} +lat_2={lat2} +lat_0={lat0} +lon_0={lon0} +R=1 +units=m"),
    ("mercator", "+proj=merc +R=1 +units=m"),
]:
    p = pyproj.Proj(proj)  # longitude/latitude on the projection's own sphere, no datum shift
    for lon, lat in [(15.0564, 50.7671), (12.1947, 50.2239), (18.8492, 49.5508)]:
        x, y = p(lon, lat)
        print(f'        (.{name}, {lon}, {lat}, {x!r}, {y!r}),')
