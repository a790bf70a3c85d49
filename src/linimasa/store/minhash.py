"""MinHash signatures over word shingles, with LSH banding, for near-duplicate pages (same wire story on two sites)."""

from __future__ import annotations

import hashlib
import re
import struct

import numpy as np

NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: pairs with Jaccard >= ~0.6 collide with high probability
SHINGLE = 5
_MASK = (1 << 64) - 1
_SALTS = [hashlib.blake2b(str(i).encode(), digest_size=8).digest() for i in range(NUM_PERM)]
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    return signature_of(shingles(text))


def signature_and_size(text: str) -> tuple[list[int], int]:
    """The signature and the number of shingles, from one pass over the text."""
    grams = shingles(text)
    return signature_of(grams), len(grams)


_SALT_WORDS = np.array([int.from_bytes(s, "little") for s in _SALTS], dtype=np.uint64)
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_ROWS = 4096  # shingles hashed against all salts at once (bounded memory on long pages)


def signature_of(grams: set[bytes]) -> list[int]:
    """Per salt, the least ((h ^ salt) * multiplier) mod 2**64 over the shingles' hashes h (numpy wraps uint64)."""
    if not grams:
        return [_MASK] * NUM_PERM
    base = np.frombuffer(b"".join(hashlib.blake2b(g, digest_size=8).digest() for g in grams), dtype="<u8")
    low = np.full(NUM_PERM, _MASK, dtype=np.uint64)
    for at in range(0, len(base), _ROWS):
        chunk = base[at:at + _ROWS].astype(np.uint64)
        np.minimum(low, ((chunk[:, None] ^ _SALT_WORDS[None, :]) * _MULTIPLIER).min(axis=0), out=low)
    return [int(v) for v in low]


def bands(sig: list[int]) -> list[str]:
    rows = NUM_PERM // BANDS
    return [f"{b}:" + hashlib.blake2b(struct.pack(f"<{rows}Q", *sig[b * rows:(b + 1) * rows]),
                                      digest_size=8).hexdigest() for b in range(BANDS)]


def similarity(a: list[int], b: list[int]) -> float:
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM


def pack(sig: list[int]) -> bytes:
    return struct.pack(f"<{NUM_PERM}Q", *sig)


def unpack(blob: bytes) -> list[int]:
    return list(struct.unpack(f"<{NUM_PERM}Q", blob))


def containment(jaccard: float, size_a: int, size_b: int) -> float:
    """Share of the smaller shingle set inside the larger, from the Jaccard estimate and the set sizes."""
    if not size_a or not size_b:
        return jaccard
    shared = jaccard / (1 + jaccard) * (size_a + size_b)
    return min(1.0, shared / min(size_a, size_b))
