"""Fresh work folders without deleting anything while builds are measured.

On this machine (ext4 mounted with ``discard``, a Firecracker VM) creating files right after
many were deleted is slow for a while: the kernel's inode allocator checks each new inode
against the recently deleted ones (``recently_deleted`` in ``perf``), and freed page-cache
memory is slow to use again. A cold build that starts right after its previous 1.3 GB site
folder was deleted writes its files up to twice as slowly, so consecutive cold builds drifted
upwards (10k: 40.0, 48.0, 52.5 s). Old folders are therefore renamed into ``.trash/`` (one
cheap rename on the same file system) and deleted once, when the measurements are over.
The same goes for every tool's work folders, sitegen's and the anchors'.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

_count = itertools.count()


def set_aside(folder: Path) -> None:
    """Make ``folder`` not exist, by moving it (if it does) into ``.trash/`` beside it."""
    if not folder.exists():
        return
    trash = folder.parent / ".trash"
    trash.mkdir(exist_ok=True)
    folder.rename(trash / f"{folder.name}-{next(_count)}")


def empty_trash(work: Path) -> None:
    """Delete what ``set_aside`` moved away (when nothing is being measured)."""
    shutil.rmtree(work / ".trash", ignore_errors=True)
