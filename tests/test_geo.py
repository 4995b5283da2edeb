"""The offline world map: shapes decoded from the shipped TopoJSON, centroids, the choropleth,
and byte-identical PNGs."""
import hashlib
import os
import subprocess
import sys

import numpy as np
import pytest
from liaison.analysis import geo
from liaison.workbook import present
from matplotlib.figure import Figure


def test_shapes_cover_the_world_under_iso3_codes():
    shapes = geo.load_country_shapes()
    # 241 features: 235 with an ISO code, Ashmore and Cartier Is. merged into AUS,
    # 5 without a code kept under their Natural Earth name.
    assert len(shapes) == 240
    for code in ("ITA", "VNM", "SGP", "CHN", "TZA", "AUS"):
        assert code in shapes
    for name in ("Kosovo", "Somaliland", "N. Cyprus"):
        assert name in shapes
    ring = shapes["ITA"][0]
    assert ring.ndim == 2 and ring.shape[1] == 2
    assert np.array_equal(ring[0], ring[-1])  # closed rings


def test_decoder_reverses_arcs_and_applies_transform():
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
        "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, -4]]],
        "objects": {"o": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "id": "1"},
            {"type": "MultiPolygon", "arcs": [[[~1, ~0]]], "id": "2"},
        ]}},
    }
    (info_a, (ring_a,)), (info_b, (ring_b,)) = geo.decode_topology(topology, "o")
    assert info_a["id"] == "1" and info_b["id"] == "2"
    assert ring_a.tolist() == [[10, 20], [11, 20], [11, 21], [10, 20]]
    assert ring_b.tolist() == [[10, 20], [11, 21], [11, 20], [10, 20]]


def test_antimeridian_rings_are_continuous():
    # Russia's mainland ring hops +180 -> -180 in the file; it must not stripe across the map.
    for ring in geo.load_country_shapes()["RUS"]:
        assert np.abs(np.diff(ring[:, 0])).max() < 180
    lon, lat = geo.country_centroid("RUS")
    assert 60 < lon < 120 and 50 < lat < 70


def test_centroids():
    lon, lat = geo.country_centroid("ITA")
    assert 8 < lon < 16 and 38 < lat < 46
    lon, lat = geo.country_centroid("FRA")  # metropolitan France, not an average with Guiana
    assert -2 < lon < 7 and 43 < lat < 49
    lon, lat = geo.country_centroid("SGP")
    assert 103.6 < lon < 104.1 and 1.2 < lat < 1.5


def test_small_states():
    assert geo.is_small_state("SGP") and geo.is_small_state("BHR") and geo.is_small_state("LUX")
    assert not geo.is_small_state("VNM") and not geo.is_small_state("LBN")


def test_unplaced_codes():
    assert geo.unplaced_codes({"XXX": 1, "ITA": 2}) == ["XXX"]
    assert geo.unplaced_codes({"ITA": 2}) == []


def test_plot_world_map():
    fig = geo.plot_world_map({"VNM": 3, "SGP": 1, "XXX": 5}, title="Destinations", source_note="Source: test")
    assert isinstance(fig, Figure)
    (ax,) = fig.axes
    assert ax.get_title() == "Destinations"
    assert ax.get_ylim() == (-60, 85)
    texts = [t.get_text() for t in ax.texts]
    assert "Source: test" in texts
    patches = {p.get_gid(): p for p in ax.patches}
    assert len(patches) == 240
    # No count: the light land grey; counted countries darker, the larger count darker still.
    land = patches["ITA"].get_facecolor()[0]
    vnm = patches["VNM"].get_facecolor()[0]
    sgp = patches["SGP"].get_facecolor()[0]
    assert land == pytest.approx(geo.LAND_GREY, abs=1e-3)
    assert vnm < sgp < land
    # Singapore is too small to see, so it is also a marker at its centroid in its shade;
    # Viet Nam is not.
    markers = {line.get_gid(): line for line in ax.lines}
    assert set(markers) == {"marker-SGP"}
    x, y = markers["marker-SGP"].get_data()
    assert (x[0], y[0]) == pytest.approx(geo.country_centroid("SGP"))
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["no events", "1", "2–3", "small state (marker shaded by count)"]


def test_bins_and_labels():
    assert geo._bin_edges([1, 3, 17]) == [1, 2, 5, 10, 20]
    assert geo._bin_labels([1, 2, 5, 10, 20], integers=True) == ["1", "2–4", "5–9", "10–19"]
    assert geo._bin_edges([1, 12000]) == [1, 10, 100, 1000, 10000, 100000]
    assert geo._bin_labels([0.1, 0.2], integers=False) == ["0.1 to under 0.2"]
    # the last bin ends at the largest count: one month of events, at most 2 a country, says "2", not "2–4"
    assert geo._bin_labels(geo._bin_edges([1, 2]), integers=True, top=2) == ["1", "2"]
    assert geo._bin_labels([1, 2, 5, 10, 20], integers=True, top=17) == ["1", "2–4", "5–9", "10–17"]
    assert geo._bin_labels([0.1, 0.2, 0.5], integers=False, top=0.3) == ["0.1 to under 0.2", "0.2 to 0.3"]


def test_plot_on_given_axes():
    fig = Figure()
    ax = fig.add_subplot()
    assert geo.plot_world_map({}, ax=ax, title="Empty", source_note="s", legend_label="visits") is fig
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["no visits"]


RENDER = """
import sys
from liaison.analysis import geo
from liaison.workbook import present
fig = geo.plot_world_map({"VNM": 3, "SGP": 1, "CHN": 12}, title="T", source_note="S")
present.write_png(fig, sys.argv[1])
"""


def test_save_figure_is_byte_identical_across_processes(tmp_path):
    env = dict(os.environ, MPLBACKEND="Agg")
    digests = []
    for name in ("a.png", "b.png"):
        subprocess.run([sys.executable, "-c", RENDER, str(tmp_path / name)], check=True, env=env)
        digests.append(hashlib.sha256((tmp_path / name).read_bytes()).hexdigest())
    assert digests[0] == digests[1]
    data = (tmp_path / "a.png").read_bytes()
    assert data.startswith(b"\x89PNG") and b"Software" not in data and b"matplotlib" not in data


def test_save_figure_twice_in_process(tmp_path):
    fig = geo.plot_world_map({"ITA": 2}, title="T", source_note="S")
    first = present.write_png(fig, tmp_path / "one.png").read_bytes()
    second = present.write_png(fig, tmp_path / "sub" / "two.png").read_bytes()
    assert first == second


def test_save_figure_refuses_other_formats(tmp_path):
    with pytest.raises(ValueError):
        present.write_png(Figure(), tmp_path / "map.pdf")
