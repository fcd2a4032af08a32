"""Peer for the charts benchmark: the 63-bar horizontal chart with matplotlib (Agg/PDF).

Usage: python3 barh_matplotlib.py DATA.csv OUT.(png|pdf)
"""
import csv
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

src, out = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))[1:]
labels = [r[0] for r in rows][::-1]
values = [float(r[1]) for r in rows][::-1]
plt.rcParams["font.family"] = "DejaVu Sans"
fig, ax = plt.subplots(figsize=(1600 / 96, 1200 / 96), dpi=96)
bars = ax.barh(range(len(values)), values, color="#0072B2", height=0.72)
ax.set_yticks(range(len(labels)), labels, fontsize=8)
ax.bar_label(bars, labels=[f"{v:,.0f}".replace(",", ".") for v in values], padding=3, fontsize=7.5)
ax.set_title("Số hội nghị theo tỉnh, thành phố", loc="left", fontsize=12, fontweight="bold")
ax.xaxis.grid(True, color="#D9D9D9")
ax.set_axisbelow(True)
ax.margins(y=0.005)
fig.text(0.01, 0.005, "Nguồn: số liệu mẫu", fontsize=7, color="#4D4D4D")
fig.tight_layout()
fig.savefig(out, dpi=96)
