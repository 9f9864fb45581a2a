"""Compressed input (gzip, bzip2, xz, zstd) is read through, by its magic number and never
by its name, wherever a file is read: one file, a batch, standard input, the library.
A decompression bomb is a one-line error, not a hang or a full memory."""
import bz2
import gzip
import io
import json
import lzma
import subprocess
import sys
import time

import pytest
from articles import HARBOUR, ORCHARD
from click.testing import CliRunner

from newsclean import InputError, process, process_file
from newsclean.cli.main import main
from newsclean.read import compression_of, decompress, open_decompressed, read_bytes

zstandard = pytest.importorskip("zstandard")

COMPRESSORS = {
    "gzip": gzip.compress,
    "bzip2": bz2.compress,
    "xz": lzma.compress,
    "zstd": lambda data: zstandard.ZstdCompressor().compress(data),
}


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_each_compression_is_known_by_its_magic_and_read_through(kind):
    data = COMPRESSORS[kind](HARBOUR.encode())
    assert compression_of(data) == kind
    assert decompress(data) == HARBOUR.encode()
    assert process(data, source="x").to_dict() == process(HARBOUR.encode(), source="x").to_dict()


def test_plain_text_is_left_alone():
    assert compression_of(HARBOUR.encode()) is None
    assert decompress(HARBOUR.encode()) is not None and decompress(b"BZ is not bzip2") == b"BZ is not bzip2"


def test_concatenated_members_are_one_stream():
    first, second = HARBOUR.encode(), ORCHARD.encode()
    assert decompress(gzip.compress(first) + gzip.compress(second)) == first + second
    assert decompress(bz2.compress(first) + bz2.compress(second)) == first + second
    assert decompress(lzma.compress(first) + lzma.compress(second)) == first + second


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_a_truncated_or_corrupt_stream_is_a_clear_error(kind):
    data = COMPRESSORS[kind](HARBOUR.encode() * 20)
    with pytest.raises(InputError, match=r"^story: (truncated|corrupt) "):
        decompress(data[: len(data) // 2], name="story")
    broken = data[:12] + bytes(b ^ 0x5A for b in data[12:40]) + data[40:]
    with pytest.raises(InputError, match=r"^story: (truncated|corrupt) "):
        decompress(broken, name="story")


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_a_decompression_bomb_stops_just_past_the_limit(kind):
    bomb = COMPRESSORS[kind](bytes(200_000_000))  # 200 MB of zeros in a few hundred KB at most
    assert len(bomb) < 1_000_000
    started = time.perf_counter()
    with pytest.raises(InputError, match=r"^bomb: .* over the limit of 10485760 bytes \(see --max-bytes\)$"):
        decompress(bomb, name="bomb")
    assert time.perf_counter() - started < 2  # the whole 200 MB would take several times that


def test_the_limit_applies_to_the_decompressed_data(tmp_path):
    path = tmp_path / "story.txt.gz"
    text = (HARBOUR * 200).encode()
    path.write_bytes(gzip.compress(text))
    assert path.stat().st_size < 50_000 < len(text)
    assert read_bytes(path, max_bytes=len(text)) == text
    with pytest.raises(InputError, match="gzip data decompressing to over the limit of 50000 bytes"):
        read_bytes(path, max_bytes=50_000)


def test_compressed_twice_is_refused():
    with pytest.raises(InputError, match="compressed twice"):
        decompress(gzip.compress(gzip.compress(HARBOUR.encode())), name="x")


def test_a_file_named_txt_holding_xz_is_read_and_one_named_gz_holding_text_too(tmp_path):
    (tmp_path / "a.txt").write_bytes(lzma.compress(HARBOUR.encode()))
    (tmp_path / "b.gz").write_bytes(ORCHARD.encode())
    assert process_file(tmp_path / "a.txt").body == process(HARBOUR).body
    assert process_file(tmp_path / "b.gz").body == process(ORCHARD).body


def test_the_command_reads_compressed_files_alone_in_a_batch_and_on_stdin(tmp_path):
    (tmp_path / "harbour.txt.gz").write_bytes(gzip.compress(HARBOUR.encode()))
    (tmp_path / "orchard.txt.bz2").write_bytes(bz2.compress(ORCHARD.encode()))
    (tmp_path / "plain.txt").write_text(HARBOUR, encoding="utf-8")
    one = CliRunner().invoke(main, [str(tmp_path / "harbour.txt.gz"), "--json"])
    assert one.exit_code == 0, one.stderr
    assert json.loads(one.stdout)["body"] == process(HARBOUR).body
    batch = subprocess.run([sys.executable, "-m", "newsclean", str(tmp_path), "--json", "-j", "2"],
                           capture_output=True, check=False)
    assert batch.returncode == 0, batch.stderr
    records = [json.loads(line) for line in batch.stdout.decode().splitlines()]
    assert [r["source"].rsplit("/", 1)[1] for r in records] == ["harbour.txt.gz", "orchard.txt.bz2", "plain.txt"]
    assert records[1]["body"] == process(ORCHARD).body
    piped = subprocess.run([sys.executable, "-m", "newsclean", "-", "--json"],
                           input=lzma.compress(ORCHARD.encode()), capture_output=True, check=False)
    assert piped.returncode == 0 and json.loads(piped.stdout)["body"] == process(ORCHARD).body


def test_a_bomb_given_to_the_command_is_one_line_and_exit_1(tmp_path):
    bomb = tmp_path / "bomb.txt"
    bomb.write_bytes(gzip.compress(bytes(50_000_000)))
    result = CliRunner().invoke(main, [str(bomb), "--json", "--max-bytes", "1000000"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == (f"newsclean: {bomb}: gzip data decompressing to over the limit of 1000000 bytes"
                                     " (see --max-bytes)")


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_streams_for_readers_of_large_files(kind):
    data = HARBOUR.encode() * 50
    with open_decompressed(io.BytesIO(COMPRESSORS[kind](data)), kind) as stream:
        assert stream.read() == data
