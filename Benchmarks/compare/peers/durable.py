"""Makes a written file durable the way `tongbi growth --output` does, so both sides do the same work.

Tongbi writes its output under a temporary name, `fsync`s it, renames it into place and `fsync`s the
directory: after a power cut the name points at the whole file. The growth peers call `sync_to_disk`
after writing, so their time also includes waiting for the bytes to reach the disk.
"""
import os


def sync_to_disk(path):
    """fsync(2) of the file at `path`, then of its directory."""
    with open(path, "rb") as file:
        os.fsync(file.fileno())
    directory = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
