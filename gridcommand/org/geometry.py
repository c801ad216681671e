"""A grid's place on the map (SPEC §2): a centre point and an optional boundary, in degrees of
longitude and latitude, stored as GeoJSON. What an import file may write for a boundary: WKT
(``POLYGON((120.91 30.84, 120.92 30.84, 120.92 30.85, 120.91 30.84))``) or a list of points
(``120.91,30.84; 120.92,30.84; 120.92,30.85``)."""

from __future__ import annotations

import json
import re

from ..base.messages import Message

Point = tuple[float, float]  # (longitude, latitude)
_WKT = re.compile(r"^\s*POLYGON\s*\(\(\s*(.*?)\s*\)\)\s*$", re.IGNORECASE | re.DOTALL)
MAX_POINTS = 2000


def check_point(lon: float, lat: float) -> Point:
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError(Message("经度 {lon} 或纬度 {lat} 超出范围(经度 −180 至 180,纬度 −90 至 90)",
                                 lon=lon, lat=lat))
    return lon, lat


def parse_boundary(text: str) -> list[Point]:
    """The ring of points a boundary cell writes (closed or not), or ``ValueError``."""
    found = _WKT.match(text)
    pairs = found.group(1).split(",") if found else text.split(";")
    ring = []
    for pair in (p.strip() for p in pairs if p.strip()):
        numbers = pair.replace(",", " ").split()
        try:
            lon, lat = (float(n) for n in numbers)
        except ValueError:
            raise ValueError(Message("边界中的“{pair}”不是“经度 纬度”两个数", pair=pair[:40])) from None
        ring.append(check_point(lon, lat))
    if ring and ring[0] == ring[-1]:
        ring.pop()
    if not 3 <= len(ring) <= MAX_POINTS:
        raise ValueError(Message("边界应有 3 至 {most} 个点,这里有 {n} 个", most=MAX_POINTS, n=len(ring)))
    return ring


def to_geojson(ring: list[Point]) -> str:
    closed = [list(p) for p in ring] + [list(ring[0])]
    return json.dumps({"type": "Polygon", "coordinates": [closed]}, separators=(",", ":"))


def ring_of(geojson: str | None) -> list[Point] | None:
    """The outer ring of a stored polygon (not closed), or None."""
    if not geojson:
        return None
    points = [(float(x), float(y)) for x, y in json.loads(geojson)["coordinates"][0]]
    return points[:-1] if len(points) > 1 and points[0] == points[-1] else points


def centre_of(ring: list[Point]) -> Point:
    return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)


def contains(ring: list[Point], point: Point) -> bool:
    """Whether ``point`` lies inside the ring (even-odd rule)."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside
