"""Extraction on a Dask cluster gives the same tables, byte for byte, as local processes."""
import hashlib

from dask.distributed import LocalCluster
from liaison.cli import main
from liaison.extract import chunks
from liaison.paths import SEEDS_DIR


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((folder / "tables").iterdir())}


def test_scheduler_on_a_local_cluster_writes_identical_tables(tmp_path, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_FILES", 4)  # several chunks, and copies of a document in different ones
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in SEEDS_DIR.iterdir():  # the seeds, cut into several chunks by copying them under many names
        for copy in range(3):
            (corpus / f"c{copy}_{path.name}").write_bytes(path.read_bytes())
    local = ["extract", "--quiet", "--corpus", str(corpus)]
    on_cores = ["--workers", "2", "--out", str(tmp_path / "local"), "--cache-dir", str(tmp_path / "cache-local")]
    assert main([*local, *on_cores]) == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = ["--scheduler", cluster.scheduler_address, "--cache-dir", str(tmp_path / "cache-cluster")]
        assert main([*local, "--out", str(tmp_path / "cluster"), *remote]) == 0
    assert _digests(tmp_path / "local") == _digests(tmp_path / "cluster")
    assert len(list((tmp_path / "cache-cluster").glob("*/*/documents.parquet"))) >= 1


def test_windows_of_a_long_document_run_as_cluster_tasks_and_give_identical_tables(tmp_path, monkeypatch):
    from agency_reports import AGENCY
    from liaison.extract import windows

    monkeypatch.setattr(windows, "WINDOW", 3_000)  # workers in this process (threads) see it too
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    reports = [text for _, text in AGENCY.values()]
    (corpus / "long.txt").write_text("\n\n".join(reports * 2), encoding="utf-8")
    (corpus / "short.txt").write_text(reports[0], encoding="utf-8")
    local = ["extract", "--quiet", "--corpus", str(corpus)]
    assert main([*local, "--workers", "2", "--out", str(tmp_path / "local"),
                 "--cache-dir", str(tmp_path / "cache-local")]) == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        remote = ["--scheduler", cluster.scheduler_address, "--cache-dir", str(tmp_path / "cache-cluster")]
        assert main([*local, "--out", str(tmp_path / "cluster"), *remote]) == 0
    assert _digests(tmp_path / "local") == _digests(tmp_path / "cluster")
    assert not list((tmp_path / "cache-cluster").rglob("*.tmp*"))
