#!/usr/bin/env python3
"""Generates Kresba's built-in pictogram icons as SVG path data.

Usage: scripts/generate-icons.py [--preview FILE.svg]

Writes Sources/KresbaCore/Icons/BuiltInIcons+Data.swift (committed; do not edit it by hand) and,
with --preview, an SVG sheet of every icon for a quick look while drawing.

Every icon is drawn here from a few primitives (circles, rounded rectangles, polygons, thick
lines) on one grid: 24 units tall, as wide as the figure needs (people are narrow, vehicles
wide), with the ground line at y = 24. One grid means icons used together share one scale.

The paths are filled with the non-zero rule, so each primitive is written in a known direction:
solid parts run clockwise (in y-down coordinates) and add up where they overlap; holes
(windows, doors, the white cross of the hospital) run anticlockwise and must lie inside exactly
one solid layer. The generator normalises the direction of every primitive itself.

The icons are original drawings for Kresba and are under the project's licence.
"""
import math
import os
import sys


def num(v):
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "", "-") else s


def pt(p):
    return f"{num(p[0])} {num(p[1])}"


def signed_area(points):
    """Shoelace area; positive for clockwise outlines in y-down coordinates."""
    a = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        a += x0 * y1 - x1 * y0
    return a / 2


class Shape:
    hole = False

    def cut(self):
        self.hole = True
        return self


class Circle(Shape):
    def __init__(self, cx, cy, r):
        self.cx, self.cy, self.r = cx, cy, r

    def moved(self, dx, dy, s=1.0):
        return keep(self, Circle(self.cx * s + dx, self.cy * s + dy, self.r * s))

    def path(self):
        sweep = 0 if self.hole else 1
        a = (self.cx + self.r, self.cy)
        b = (self.cx - self.r, self.cy)
        r = num(self.r)
        return f"M{pt(a)}A{r} {r} 0 1 {sweep} {pt(b)}A{r} {r} 0 1 {sweep} {pt(a)}Z"


class Ellipse(Shape):
    def __init__(self, cx, cy, rx, ry):
        self.cx, self.cy, self.rx, self.ry = cx, cy, rx, ry

    def moved(self, dx, dy, s=1.0):
        return keep(self, Ellipse(self.cx * s + dx, self.cy * s + dy, self.rx * s, self.ry * s))

    def path(self):
        sweep = 0 if self.hole else 1
        a = (self.cx + self.rx, self.cy)
        b = (self.cx - self.rx, self.cy)
        rx, ry = num(self.rx), num(self.ry)
        return f"M{pt(a)}A{rx} {ry} 0 1 {sweep} {pt(b)}A{rx} {ry} 0 1 {sweep} {pt(a)}Z"


class RRect(Shape):
    """A rectangle with corner radii (top-left, top-right, bottom-right, bottom-left)."""

    def __init__(self, x, y, w, h, r=0.0):
        self.x, self.y, self.w, self.h = x, y, w, h
        self.r = r if isinstance(r, tuple) else (r, r, r, r)

    def moved(self, dx, dy, s=1.0):
        return keep(
            self,
            RRect(self.x * s + dx, self.y * s + dy, self.w * s, self.h * s, tuple(v * s for v in self.r)),
        )

    def path(self):
        x, y, w, h = self.x, self.y, self.w, self.h
        lim = min(w, h) / 2
        tl, tr, br, bl = (min(v, lim) for v in self.r)
        # Clockwise: top edge, right edge, bottom edge, left edge.
        segs = [
            ((x + tl, y), (x + w - tr, y), tr, (x + w, y + tr)),
            ((x + w, y + tr), (x + w, y + h - br), br, (x + w - br, y + h)),
            ((x + w - br, y + h), (x + bl, y + h), bl, (x, y + h - bl)),
            ((x, y + h - bl), (x, y + tl), tl, (x + tl, y)),
        ]
        if self.hole:
            # The same outline backwards.
            out = [f"M{pt((x + tl, y))}"]
            for start, end, r, corner_end in reversed(segs):
                if r > 0:
                    out.append(f"A{num(r)} {num(r)} 0 0 0 {pt(end)}")
                out.append(f"L{pt(start)}")
            return "".join(out) + "Z"
        out = [f"M{pt(segs[0][0])}"]
        for start, end, r, corner_end in segs:
            out.append(f"L{pt(end)}")
            if r > 0:
                out.append(f"A{num(r)} {num(r)} 0 0 1 {pt(corner_end)}")
        return "".join(out) + "Z"


class Poly(Shape):
    def __init__(self, points):
        self.points = list(points)

    def moved(self, dx, dy, s=1.0):
        return keep(self, Poly([(x * s + dx, y * s + dy) for x, y in self.points]))

    def path(self):
        pts = self.points
        if (signed_area(pts) > 0) == self.hole:
            pts = list(reversed(pts))
        return "M" + "L".join(pt(p) for p in pts) + "Z"


class Line(Shape):
    """A thick straight line from p to q with round (or butt) ends."""

    def __init__(self, p, q, w, round_ends=True):
        self.p, self.q, self.w, self.round_ends = p, q, w, round_ends

    def moved(self, dx, dy, s=1.0):
        return keep(
            self,
            Line(
                (self.p[0] * s + dx, self.p[1] * s + dy), (self.q[0] * s + dx, self.q[1] * s + dy),
                self.w * s, self.round_ends,
            ),
        )

    def path(self):
        (px, py), (qx, qy) = self.p, self.q
        length = math.hypot(qx - px, qy - py)
        nx, ny = -(qy - py) / length * self.w / 2, (qx - px) / length * self.w / 2
        a1, b1, b2, a2 = (px + nx, py + ny), (qx + nx, qy + ny), (qx - nx, qy - ny), (px - nx, py - ny)
        quad = [a1, b1, b2, a2]
        if (signed_area(quad) > 0) == self.hole:
            a1, b1, b2, a2 = a2, b2, b1, a1
        sweep = 0 if self.hole else 1
        r = num(self.w / 2)
        if not self.round_ends:
            return f"M{pt(a1)}L{pt(b1)}L{pt(b2)}L{pt(a2)}Z"
        return f"M{pt(a1)}L{pt(b1)}A{r} {r} 0 0 {sweep} {pt(b2)}L{pt(a2)}A{r} {r} 0 0 {sweep} {pt(a1)}Z"


class Raw(Shape):
    """Path data written by hand; `clockwise` states its direction (checked by eye in the preview)."""

    def __init__(self, d):
        self.d = d

    def path(self):
        return self.d


class Arc(Shape):
    """A band along a circle from angle a0 to a1 (degrees, clockwise from 3 o'clock)."""

    def __init__(self, cx, cy, r, w, a0, a1):
        self.cx, self.cy, self.r, self.w, self.a0, self.a1 = cx, cy, r, w, a0, a1

    def path(self):
        ro, ri = self.r + self.w / 2, self.r - self.w / 2

        def at(radius, angle):
            t = math.radians(angle)
            return (self.cx + radius * math.cos(t), self.cy + radius * math.sin(t))

        large = 1 if abs(self.a1 - self.a0) > 180 else 0
        # Outer edge clockwise (a0 -> a1), inner edge back: a clockwise outline.
        return (
            f"M{pt(at(ro, self.a0))}A{num(ro)} {num(ro)} 0 {large} 1 {pt(at(ro, self.a1))}"
            f"L{pt(at(ri, self.a1))}A{num(ri)} {num(ri)} 0 {large} 0 {pt(at(ri, self.a0))}Z"
        )


def keep(old, new):
    new.hole = old.hole
    return new


def moved(shapes, dx, dy, s=1.0):
    return [shape.moved(dx, dy, s) for shape in shapes]


# MARK: - People (one figure scheme: round head, shoulders, arms apart from the body, two legs)


def man(x=0.0):
    return moved(
        [
            Circle(5, 2.9, 2.6),
            RRect(2.3, 6.3, 5.4, 8.9, (2.0, 2.0, 0.4, 0.4)),
            RRect(0.3, 6.6, 1.6, 8.0, (1.6, 0.5, 0.8, 0.8)),
            RRect(8.1, 6.6, 1.6, 8.0, (0.5, 1.6, 0.8, 0.8)),
            RRect(2.3, 14.8, 2.5, 9.2, (0, 0, 1.0, 1.0)),
            RRect(5.2, 14.8, 2.5, 9.2, (0, 0, 1.0, 1.0)),
        ],
        x,
        0,
    )


def woman(x=0.0):
    return moved(
        [
            Circle(5.5, 2.9, 2.6),
            RRect(3.2, 6.3, 4.6, 4.2, (2.0, 2.0, 0, 0)),
            Poly([(3.2, 10.2), (7.8, 10.2), (10.2, 17.6), (0.8, 17.6)]),
            RRect(0.6, 6.6, 1.6, 7.0, (1.6, 0.5, 0.8, 0.8)),
            RRect(8.8, 6.6, 1.6, 7.0, (0.5, 1.6, 0.8, 0.8)),
            RRect(3.3, 17.0, 1.9, 7.0, (0, 0, 0.9, 0.9)),
            RRect(5.8, 17.0, 1.9, 7.0, (0, 0, 0.9, 0.9)),
        ],
        x,
        0,
    )


def child(x=0.0):
    """A child: a bigger head for its body and about two thirds of an adult's height."""
    return moved(
        [
            Circle(4, 10.2, 2.3),
            RRect(1.9, 13.2, 4.2, 5.4, (1.6, 1.6, 0.3, 0.3)),
            RRect(0.2, 13.5, 1.3, 4.8, (1.3, 0.4, 0.6, 0.6)),
            RRect(6.5, 13.5, 1.3, 4.8, (0.4, 1.3, 0.6, 0.6)),
            RRect(1.9, 18.3, 1.9, 5.7, (0, 0, 0.9, 0.9)),
            RRect(4.2, 18.3, 1.9, 5.7, (0, 0, 0.9, 0.9)),
        ],
        x,
        0,
    )


ICONS = []


def icon(name, width, cs, en, shapes):
    ICONS.append((name, width, cs, en, shapes))


icon(
    "person", 10, "osoba", "person",
    [
        Circle(5, 2.9, 2.6),
        RRect(0.6, 6.3, 8.8, 9.0, (2.6, 2.6, 1.0, 1.0)),
        RRect(2.2, 14.6, 2.6, 9.4, (0, 0, 1.2, 1.2)),
        RRect(5.2, 14.6, 2.6, 9.4, (0, 0, 1.2, 1.2)),
    ],
)
icon("man", 10, "muž", "man", man())
icon("woman", 11, "žena", "woman", woman())
icon("child", 8, "dítě", "child", child())
icon(
    "senior", 12, "senior", "senior",
    [
        Circle(5.2, 3.1, 2.6),
        # A rounded, slightly stooped back (written clockwise, like every solid part).
        Raw("M5.4 6.5C6.9 6.5 8.0 7.6 8.0 9.1L7.8 15.6L2.2 15.6L1.9 9.6C1.8 7.9 2.9 6.6 4.4 6.5Z"),
        RRect(2.3, 15.0, 2.4, 9.0, (0, 0, 1.0, 1.0)),
        Poly([(5.2, 15.0), (7.8, 15.0), (8.4, 24), (5.8, 24)]),
        Line((7.4, 9.2), (9.6, 12.6), 1.5),
        Line((10.6, 12.2), (10.6, 23.6), 1.2),
        Line((9.4, 12.6), (10.6, 12.2), 1.2),
    ],
)
icon(
    "family", 24, "rodina", "family",
    moved(man(), 0.2, 0.0) + moved(child(), 9.8, 0.0, 1.0) + moved(woman(), 12.9, 0.0),
)
icon(
    "doctor", 10, "lékař", "doctor",
    [
        Circle(5, 2.9, 2.6),
        RRect(0.3, 6.3, 9.4, 9.0, (2.4, 2.4, 0.8, 0.8)),
        RRect(2.3, 14.8, 2.5, 9.2, (0, 0, 1.0, 1.0)),
        RRect(5.2, 14.8, 2.5, 9.2, (0, 0, 1.0, 1.0)),
        # The white cross on the chest, one outline so no part of it is cut twice.
        Poly([(4.25, 8.0), (5.75, 8.0), (5.75, 9.75), (7.5, 9.75), (7.5, 11.25), (5.75, 11.25),
              (5.75, 13.0), (4.25, 13.0), (4.25, 11.25), (2.5, 11.25), (2.5, 9.75), (4.25, 9.75)]).cut(),
    ],
)
icon(
    "worker", 10, "pracovník", "worker",
    [
        Raw("M2.2 3.4A2.8 2.8 0 0 1 7.8 3.4L9.3 3.4L9.3 4.6L0.7 4.6L0.7 3.4Z"),
        Raw("M2.6 5.2L7.4 5.2A2.6 2.6 0 0 1 2.6 5.2Z"),
    ]
    + man()[1:],
)
icon(
    "wheelchair", 20, "vozíčkář", "wheelchair user",
    [
        Circle(7.2, 2.8, 2.5),
        Line((7.0, 7.4), (7.4, 13.6), 3.0),
        Line((7.4, 13.6), (13.8, 13.6), 3.0),
        Line((13.8, 13.6), (16.6, 21.4), 2.4),
        Line((7.2, 9.8), (11.8, 9.8), 1.8),
        Arc(8.4, 17.0, 5.5, 1.6, 200, 520),
    ],
)

# MARK: - Buildings

icon(
    "house", 24, "dům", "house",
    [
        Poly([(12, 1.2), (23.6, 11.2), (21.0, 11.2), (21.0, 24), (3.0, 24), (3.0, 11.2), (0.4, 11.2)]),
        RRect(16.2, 3.0, 2.6, 4.4),
        RRect(9.6, 15.6, 4.8, 8.4, (1.0, 1.0, 0, 0)).cut(),
    ],
)
icon(
    "apartment", 18, "bytový dům", "apartment building",
    [RRect(0.8, 0.6, 16.4, 23.4, (0.8, 0.8, 0, 0))]
    + [RRect(2.9 + c * 4.4, 2.6 + r * 4.0, 3.4, 2.6).cut() for r in range(4) for c in range(3)]
    + [RRect(7.0, 19.0, 4.0, 5.0, (0.6, 0.6, 0, 0)).cut()],
)
icon(
    "factory", 24, "továrna", "factory",
    [
        Poly(
            [
                (0.6, 24), (0.6, 11.0), (6.4, 7.4), (6.4, 11.0), (12.2, 7.4), (12.2, 11.0), (16.0, 8.6),
                (16.0, 1.0), (20.4, 1.0), (20.4, 8.0), (23.4, 8.0), (23.4, 24),
            ]
        ),
        RRect(3.0, 14.4, 3.2, 3.2).cut(),
        RRect(8.6, 14.4, 3.2, 3.2).cut(),
        RRect(14.2, 14.4, 3.2, 3.2).cut(),
        RRect(19.2, 18.0, 2.6, 6.0).cut(),
    ],
)
icon(
    "hospital", 24, "nemocnice", "hospital",
    [
        RRect(0.8, 5.0, 22.4, 19.0, (1.0, 1.0, 0, 0)),
        RRect(6.4, 0.6, 11.2, 5.2, (1.0, 1.0, 0, 0)),
        Poly([(10.4, 7.6), (13.6, 7.6), (13.6, 10.6), (16.6, 10.6), (16.6, 13.8), (13.6, 13.8),
              (13.6, 16.8), (10.4, 16.8), (10.4, 13.8), (7.4, 13.8), (7.4, 10.6), (10.4, 10.6)]).cut(),
        RRect(9.8, 19.4, 4.4, 4.6, (0.6, 0.6, 0, 0)).cut(),
        RRect(2.8, 19.6, 3.0, 2.6).cut(),
        RRect(18.2, 19.6, 3.0, 2.6).cut(),
    ],
)
icon(
    "school", 24, "škola", "school",
    [
        Poly([(12, 0.8), (20.4, 7.6), (20.4, 24), (3.6, 24), (3.6, 7.6)]),
        RRect(0.6, 12.6, 3.4, 11.4),
        RRect(20.0, 12.6, 3.4, 11.4),
        Circle(12, 8.6, 2.4).cut(),
        RRect(9.8, 16.8, 4.4, 7.2, (2.2, 2.2, 0, 0)).cut(),
        RRect(5.4, 13.6, 2.6, 3.2).cut(),
        RRect(16.0, 13.6, 2.6, 3.2).cut(),
    ],
)
icon(
    "shop", 24, "obchod", "shop",
    [
        RRect(2.0, 10.6, 20.0, 13.4),
        Poly([(2.6, 1.2), (21.4, 1.2), (23.6, 7.6), (0.4, 7.6)]),
    ]
    + [Circle(2.8 + i * 4.6, 8.2, 2.3) for i in range(5)]
    + [
        RRect(4.4, 13.4, 8.2, 6.6, 0.4).cut(),
        RRect(14.6, 13.4, 5.0, 10.6, (0.4, 0.4, 0, 0)).cut(),
    ],
)

# MARK: - Transport


def wheel(cx, cy, r):
    return [Circle(cx, cy, r), Circle(cx, cy, r * 0.42).cut()]


icon(
    "car", 24, "auto", "car",
    [
        Raw(
            "M5.4 5.8L18.6 5.8L21.4 11.2L23.0 11.8Q23.6 12.1 23.6 12.8L23.6 16.6L0.4 16.6L0.4 12.8"
            "Q0.4 12.1 1.0 11.8L2.6 11.2Z"
        ),
        Poly([(6.6, 7.6), (11.2, 7.6), (11.2, 11.0), (4.9, 11.0)]).cut(),
        Poly([(12.8, 7.6), (17.4, 7.6), (19.1, 11.0), (12.8, 11.0)]).cut(),
    ]
    + wheel(6.0, 18.8, 3.2)
    + wheel(18.0, 18.8, 3.2),
)
icon(
    "bus", 24, "autobus", "bus",
    [
        RRect(0.6, 3.0, 22.8, 15.6, (1.6, 3.2, 1.0, 1.0)),
        RRect(2.4, 5.2, 4.2, 5.0, 0.4).cut(),
        RRect(7.8, 5.2, 4.2, 5.0, 0.4).cut(),
        RRect(13.2, 5.2, 4.2, 5.0, 0.4).cut(),
        RRect(18.6, 5.2, 3.2, 5.0, (0.4, 2.0, 0.4, 0.4)).cut(),
        RRect(2.4, 13.2, 19.4, 1.0).cut(),
    ]
    + wheel(5.6, 19.4, 2.9)
    + wheel(18.4, 19.4, 2.9),
)
icon(
    "train", 20, "vlak", "train",
    [
        RRect(2.0, 0.6, 16.0, 17.6, (5.0, 5.0, 1.6, 1.6)),
        RRect(4.2, 3.4, 11.6, 5.8, 1.2).cut(),
        Circle(6.0, 13.4, 1.5).cut(),
        Circle(14.0, 13.4, 1.5).cut(),
        Line((6.2, 19.2), (2.8, 23.2), 1.6),
        Line((13.8, 19.2), (17.2, 23.2), 1.6),
        Line((4.4, 21.4), (15.6, 21.4), 1.2, False),
    ],
)
icon(
    "tram", 24, "tramvaj", "tram",
    [
        Line((9.0, 4.8), (13.4, 1.0), 1.1),
        Line((13.4, 1.0), (16.0, 1.0), 1.1),
        RRect(8.0, 4.4, 8.0, 1.6, (0.6, 0.6, 0, 0)),
        RRect(0.6, 6.0, 22.8, 13.0, (3.0, 3.0, 0.8, 0.8)),
        RRect(2.6, 8.2, 3.6, 4.8, (1.6, 0.4, 0.4, 0.4)).cut(),
        RRect(7.4, 8.2, 4.0, 4.8, 0.4).cut(),
        RRect(12.6, 8.2, 4.0, 4.8, 0.4).cut(),
        RRect(17.8, 8.2, 3.6, 4.8, (0.4, 1.6, 0.4, 0.4)).cut(),
        RRect(2.6, 15.0, 18.8, 0.9).cut(),
        Circle(5.6, 20.6, 2.0),
        Circle(18.4, 20.6, 2.0),
        RRect(0.0, 23.0, 24.0, 1.0),
    ],
)
icon(
    "bicycle", 24, "kolo", "bicycle",
    [
        Circle(5.4, 17.6, 5.0), Circle(5.4, 17.6, 3.6).cut(),
        Circle(18.6, 17.6, 5.0), Circle(18.6, 17.6, 3.6).cut(),
        Line((5.4, 17.6), (9.4, 9.6), 1.5),
        Line((9.4, 9.6), (16.4, 9.6), 1.5),
        Line((16.4, 9.6), (18.6, 17.6), 1.5),
        Line((5.4, 17.6), (11.6, 17.6), 1.5),
        Line((11.6, 17.6), (16.4, 9.6), 1.5),
        Line((11.6, 17.6), (8.4, 6.6), 1.5),
        Line((6.4, 6.0), (10.4, 6.0), 1.8),
        Line((15.6, 6.8), (16.4, 9.6), 1.5),
        Line((15.6, 6.8), (18.2, 5.6), 1.5),
    ],
)

# MARK: - Nature and energy

icon(
    "tree", 20, "strom", "tree",
    [
        Circle(10, 7.2, 6.4),
        Circle(5.4, 11.8, 4.6),
        Circle(14.6, 11.8, 4.6),
        RRect(5.6, 10.4, 8.8, 6.2, 2.0),
        RRect(8.6, 14.0, 2.8, 10.0),
    ],
)


def spruce(x, top, height, width):
    """A spruce: three stacked tiers and a trunk, `height` tall from `top` to the ground."""
    shapes = []
    tier = height * 0.34
    for i, (frac, w) in enumerate([(0.0, 0.55), (0.25, 0.8), (0.5, 1.0)]):
        y0 = top + height * frac * 1.06
        shapes.append(Poly([(x, y0), (x + width * w / 2, y0 + tier + i * 0.6), (x - width * w / 2, y0 + tier + i * 0.6)]))
    shapes.append(RRect(x - width * 0.09, top + height * 0.8, width * 0.18, height * 0.2))
    return shapes


icon("forest", 24, "les", "forest", spruce(6.0, 6.0, 18.0, 11.0) + spruce(17.6, 6.0, 18.0, 11.0) + spruce(12.0, 0.6, 23.4, 13.6))
icon(
    "leaf", 22, "list", "leaf",
    [
        Raw("M2.2 21.2C1.0 11.0 7.0 2.4 21.4 1.4C21.8 14.6 13.6 22.8 2.2 21.2Z"),
        Raw("M4.3 20.5L17.0 6.4L17.6 7.0L4.9 21.1Z"),
        Line((1.0, 23.2), (4.6, 19.4), 1.6),
    ],
)
icon(
    "drop", 16, "kapka vody", "water drop",
    [
        Raw("M8 0.6C8 0.6 1.2 9.4 1.2 15.6A6.8 6.8 0 0 0 14.8 15.6C14.8 9.4 8 0.6 8 0.6Z"),
        Raw("M4.2 15.2A3.8 3.8 0 0 0 7.2 19.6L7.0 21.0A5.2 5.2 0 0 1 2.8 15.2Z"),
    ],
)
icon(
    "sun", 24, "slunce", "sun",
    [Circle(12, 12, 5.2)]
    + [
        Line(
            (12 + 7.6 * math.cos(math.radians(a)), 12 + 7.6 * math.sin(math.radians(a))),
            (12 + 10.6 * math.cos(math.radians(a)), 12 + 10.6 * math.sin(math.radians(a))),
            2.0,
        )
        for a in range(0, 360, 45)
    ],
)
icon(
    "bolt", 16, "energie", "energy",
    [Poly([(10.6, 0.4), (1.4, 13.8), (7.4, 13.8), (5.2, 23.6), (14.6, 9.4), (8.6, 9.4), (11.2, 0.4)])],
)
icon(
    "flame", 18, "teplo", "heat",
    [
        Raw(
            "M9.2 0.6C10.4 5.0 16.8 8.4 16.8 15.4A7.8 7.8 0 0 1 1.2 15.4C1.2 11.0 3.6 8.6 5.0 7.0"
            "C5.0 9.6 6.0 11.0 7.4 11.6C6.6 7.4 7.6 3.6 9.2 0.6Z"
        ),
        Raw("M9.0 13.4C9.8 15.6 12.4 16.6 12.4 19.2A3.4 3.4 0 0 1 5.6 19.2C5.6 16.6 8.6 15.4 9.0 13.4Z").cut(),
    ],
)
icon(
    "mountain", 24, "hory", "mountains",
    [
        Poly([(0.4, 23.0), (9.0, 5.0), (13.8, 14.0), (17.0, 9.4), (23.6, 23.0)]),
        # A snow line across the high peak: a zigzag band cut out of it.
        Poly([(6.9, 10.2), (8.2, 11.6), (9.4, 10.4), (10.5, 11.6), (11.4, 10.2), (11.9, 11.2),
              (10.5, 13.0), (9.4, 11.8), (8.2, 13.0), (6.4, 11.2)]).cut(),
    ],
)

# MARK: - Things


icon(
    "graduation-cap", 24, "vysokoškolák", "graduate",
    [
        Poly([(12, 3.0), (23.6, 8.6), (12, 14.2), (0.4, 8.6)]),
        Raw("M5.2 12.0L12 15.4L18.8 12.0L18.8 17.4C18.8 19.4 15.8 20.8 12 20.8C8.2 20.8 5.2 19.4 5.2 17.4Z"),
        Line((21.4, 9.6), (21.4, 16.6), 1.0, False),
        RRect(20.4, 16.2, 2.0, 4.4, 0.6),
    ],
)
icon(
    "book", 24, "kniha", "book",
    [
        Raw("M11.2 5.0C8.6 3.0 4.8 2.6 0.8 3.4L0.8 20.2C4.8 19.4 8.6 19.8 11.2 21.8Z"),
        Raw("M12.8 5.0C15.4 3.0 19.2 2.6 23.2 3.4L23.2 20.2C19.2 19.4 15.4 19.8 12.8 21.8Z"),
    ],
)
icon(
    "coin", 22, "peníze", "money",
    # Two stacks of coins seen from the side.
    [RRect(0.6, 20.6 - k * 3.8, 10.0, 3.0, 1.5) for k in range(4)]
    + [RRect(11.4, 20.6 - k * 3.8, 10.0, 3.0, 1.5) for k in range(6)],
)
icon(
    "banknote", 24, "bankovka", "banknote",
    [
        RRect(0.4, 5.0, 23.2, 14.0, 1.2),
        RRect(2.2, 6.8, 19.6, 10.4, 0.6).cut(),
        Circle(12, 12, 3.6),
        Circle(4.8, 12, 1.2),
        Circle(19.2, 12, 1.2),
    ],
)
icon(
    "basket", 24, "nákupní košík", "shopping basket",
    [
        Arc(12, 10.6, 6.4, 1.7, 180, 360),
        RRect(0.4, 9.0, 23.2, 3.4, 1.0),
        Poly([(1.8, 12.0), (22.2, 12.0), (20.0, 23.2), (4.0, 23.2)]),
        Poly([(6.0, 14.4), (7.6, 14.4), (8.0, 21.0), (6.8, 21.0)]).cut(),
        Poly([(11.2, 14.4), (12.8, 14.4), (12.6, 21.0), (11.4, 21.0)]).cut(),
        Poly([(16.4, 14.4), (18.0, 14.4), (17.2, 21.0), (16.0, 21.0)]).cut(),
    ],
)
icon(
    "heart", 24, "zdraví", "heart",
    [
        Raw(
            "M12 22.4L2.6 13.2C-0.6 10.0 0.2 4.0 4.8 2.6C7.8 1.8 10.4 3.2 12 5.6"
            "C13.6 3.2 16.2 1.8 19.2 2.6C23.8 4.0 24.6 10.0 21.4 13.2Z"
        )
    ],
)
icon(
    "pill", 24, "léky", "medicine",
    [
        Raw("M3.2 13.4L13.4 3.2A5.3 5.3 0 0 1 20.8 10.6L10.6 20.8A5.3 5.3 0 0 1 3.2 13.4Z"),
        Line((8.2, 8.2), (15.8, 15.8), 1.0, False).cut(),
    ],
)
icon(
    "bed", 24, "lůžko", "bed",
    [
        RRect(0.4, 4.0, 2.4, 18.0, 0.6),
        RRect(2.0, 12.6, 21.6, 5.4, (0, 1.2, 0, 0)),
        RRect(21.2, 17.6, 2.4, 4.4, (0, 0, 0.6, 0.6)),
        RRect(3.8, 8.6, 6.0, 3.4, 1.4),
        RRect(11.0, 9.0, 12.0, 3.0, (1.4, 1.4, 0, 0)),
    ],
)
icon(
    "bin", 20, "odpad", "waste bin",
    [
        RRect(0.6, 3.6, 18.8, 2.6, 0.6),
        RRect(7.0, 0.6, 6.0, 3.6, (1.0, 1.0, 0, 0)),
        RRect(8.6, 2.0, 2.8, 1.6).cut(),
        Poly([(2.0, 7.4), (18.0, 7.4), (16.4, 23.6), (3.6, 23.6)]),
        Poly([(5.4, 10.0), (6.8, 10.0), (7.2, 21.0), (6.0, 21.0)]).cut(),
        Poly([(9.3, 10.0), (10.7, 10.0), (10.6, 21.0), (9.4, 21.0)]).cut(),
        Poly([(13.2, 10.0), (14.6, 10.0), (14.0, 21.0), (12.8, 21.0)]).cut(),
    ],
)


def chasing_arrows():
    """The recycling symbol: three arrows chasing each other round a triangle, each bent round
    one corner and pointing at the next."""
    cx, cy, r = 12.0, 13.6, 10.8
    corners = [
        (cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a))) for a in (-90, 30, 150)
    ]

    def along(p, q, t):
        return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)

    shapes = []
    for k in range(3):
        z, a, b = corners[k - 1], corners[k], corners[(k + 1) % 3]
        start, tail = along(z, a, 0.7), along(a, b, 0.42)
        shapes += [Line(start, a, 2.6), Line(a, tail, 2.6)]
        ux, uy = (b[0] - a[0]), (b[1] - a[1])
        length = math.hypot(ux, uy)
        ux, uy = ux / length, uy / length
        base = along(a, b, 0.38)
        tip = along(a, b, 0.64)
        shapes.append(Poly([(base[0] - uy * 2.9, base[1] + ux * 2.9), tip, (base[0] + uy * 2.9, base[1] - ux * 2.9)]))
    return shapes


icon("recycle", 24, "recyklace", "recycling", chasing_arrows())
icon(
    "briefcase", 24, "práce", "job",
    [
        RRect(7.4, 2.6, 9.2, 4.6, (1.4, 1.4, 0, 0)),
        RRect(9.2, 4.4, 5.6, 2.8).cut(),
        RRect(0.6, 7.0, 22.8, 16.0, 1.6),
        RRect(0.6, 13.0, 22.8, 1.0).cut(),
        RRect(10.4, 11.8, 3.2, 3.4, 0.4),
    ],
)
icon(
    "laptop", 24, "počítač", "computer",
    [
        RRect(3.0, 3.6, 18.0, 13.0, 1.0),
        RRect(4.8, 5.4, 14.4, 9.4).cut(),
        Raw("M0.4 18.0L23.6 18.0L23.6 19.2C23.6 20.2 22.8 20.8 21.8 20.8L2.2 20.8C1.2 20.8 0.4 20.2 0.4 19.2Z"),
    ],
)
icon(
    "cutlery", 20, "stravování", "food",
    [
        RRect(3.4, 1.0, 1.2, 7.0, 0.6),
        RRect(5.6, 1.0, 1.2, 7.0, 0.6),
        RRect(7.8, 1.0, 1.2, 7.0, 0.6),
        Raw("M3.4 7.0L9.0 7.0L9.0 8.6C9.0 10.4 7.8 11.6 6.2 11.6C4.6 11.6 3.4 10.4 3.4 8.6Z"),
        RRect(5.2, 10.6, 2.0, 12.8, 1.0),
        Raw("M16.6 0.8C13.8 2.4 12.6 6.6 12.6 12.4L15.2 12.4L15.2 23.4L17.6 23.4L17.6 0.8Z"),
    ],
)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    names = [i[0] for i in ICONS]
    assert len(names) == len(set(names)), "icon names repeat"
    lines = [
        "// Generated by scripts/generate-icons.py; edit the script, not this file.",
        "",
        "extension BuiltInIcons {",
        "    /// Every built-in icon, in the order of the preview sheet.",
        "    static let definitions: [Definition] = [",
    ]
    for name, width, cs, en, shapes in ICONS:
        d = "".join(s.path() for s in shapes)
        lines.append("        Definition(")
        lines.append(f'            name: "{name}", width: {num(width)}, czech: "{cs}", english: "{en}",')
        lines.append("            pathData:")
        # Long path data is split into string pieces joined at compile time (as swift format lays them out).
        chunks = [d[i : i + 84] for i in range(0, len(d), 84)]
        for k, chunk in enumerate(chunks):
            lead = "                " if k == 0 else "                + "
            tail = "" if k < len(chunks) - 1 else "),"
            lines.append(f'{lead}"{chunk}"{tail}')
    lines += ["    ]", "}", ""]
    out = os.path.join(root, "Sources/KresbaCore/Icons/BuiltInIcons+Data.swift")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"wrote {len(ICONS)} icons to {os.path.relpath(out, root)}")

    # The preview sheet in the Gallery: every icon as a spec names it, with its Czech word.
    sheet = [
        "# The built-in icons, each drawn whole with the name a spec uses and its Czech meaning.",
        "# Written by scripts/generate-icons.py; edit the script, not this file.",
        "type: pictogram",
        "layout: single",
        "title: Vestavěné ikony",
        f"subtitle: {len(ICONS)} ikon pro klíč icon, nakreslených na společné mřížce 24 jednotek vysoké",
        "data:",
        "  values:",
    ]
    for name, width, cs, en, shapes in ICONS:
        sheet.append(f'    - {{ ikona: {name}, popis: "{name} · {cs}", podil: 100 }}')
    sheet += [
        "category: popis",
        "value: podil",
        "icon: { field: ikona }",
        "labels: { content: category }",
        'color: "#1F2328"',
        "size: { width: 900, height: 940 }",
        "",
    ]
    with open(os.path.join(root, "Gallery/pictogram/ikony.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(sheet))

    if "--preview" in sys.argv:
        path = sys.argv[sys.argv.index("--preview") + 1]
        cols = 8
        cell = 36
        rows = (len(ICONS) + cols - 1) // cols
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{cols * cell * 4}" height="{rows * cell * 4 + 4 * 40}" '
            f'viewBox="0 0 {cols * cell} {rows * cell + 40}"><rect width="100%" height="100%" fill="white"/>'
        ]
        for k, (name, width, cs, en, shapes) in enumerate(ICONS):
            x, y = (k % cols) * cell + 4, (k // cols) * cell + 2
            d = "".join(s.path() for s in shapes)
            parts.append(
                f'<g transform="translate({x},{y})"><rect width="{width}" height="24" fill="#eef"/>'
                f'<path d="{d}" fill="#0072B2"/><text y="31" font-size="4">{name}</text></g>'
            )
        # A row at 16 px, as icons appear in small legends.
        for k, (name, width, cs, en, shapes) in enumerate(ICONS):
            d = "".join(s.path() for s in shapes)
            s = 16 / 24 / 4
            x, y = 2 + k * 7, rows * cell + 6
            parts.append(f'<g transform="translate({x},{y}) scale({s})"><path d="{d}" fill="#1F2328"/></g>')
        parts.append("</svg>")
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(parts))


if __name__ == "__main__":
    main()
