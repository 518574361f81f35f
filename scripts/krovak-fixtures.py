#!/usr/bin/env python3
"""Prints reference points WGS 84 -> EPSG:5514 (S-JTSK / Krovak East North) computed by PROJ.

Run once with pyproj installed (pip install pyproj) and paste the output into
Tests/KresbaCoreTests/Projection/KrovakFixtures.swift. The transformer is the one PROJ picks by
default, as in ../shared/data/SOURCES.md.
"""
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
t = Transformer.from_crs("EPSG:4326", "EPSG:5514", always_xy=True)
print(f"// pyproj {pyproj.__version__}, PROJ {pyproj.proj_version_str}")
for name, lon, lat in points:
    e, n = t.transform(lon, lat)
    print(f'        ("{name}", {lon}, {lat}, {e:.3f}, {n:.3f}),')
