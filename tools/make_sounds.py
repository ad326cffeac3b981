"""Writes HipDesk's cue sounds to resources/sounds/ (stdlib only: wave + math).

    python tools/make_sounds.py [folder]

Short, soft sine tones with smooth edges, 44.1 kHz mono 16-bit:
tick.wav (each of the last three seconds), step.wav (a new step starts), finish.wav (the session is done).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
VOLUME = 0.45
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# (frequency Hz, seconds) notes played one after another
SOUNDS: dict[str, list[tuple[float, float]]] = {
    "tick": [(880.0, 0.09)],
    "step": [(660.0, 0.11), (990.0, 0.16)],
    "finish": [(523.25, 0.16), (659.25, 0.16), (783.99, 0.32)],
}


def tone(frequency: float, seconds: float) -> list[float]:
    count = int(RATE * seconds)
    fade = min(int(RATE * 0.012), count // 2)  # 12 ms fades: no clicks
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade) if fade else 1.0
        t = i / RATE
        # a touch of the octave makes small laptop speakers carry it
        value = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
        samples.append(VOLUME * envelope * value / 1.25)
    return samples


def write(path: Path, notes: list[tuple[float, float]]) -> None:
    samples: list[float] = []
    for frequency, seconds in notes:
        samples += tone(frequency, seconds)
    frames = b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        write(folder / f"{name}.wav", notes)
        print(folder / f"{name}.wav")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
