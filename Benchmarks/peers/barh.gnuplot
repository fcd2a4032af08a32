# Peer for the charts benchmark: the 63-bar horizontal chart with gnuplot's cairo terminals.
# Usage: gnuplot -e "data='DATA.csv'; out='OUT.png'; term='pngcairo'" barh.gnuplot
if (term eq 'pngcairo') set terminal pngcairo size 1600,1200 font "DejaVu Sans,8"
if (term eq 'pdfcairo') set terminal pdfcairo size 16.67in,12.5in font "DejaVu Sans,8"
set output out
set datafile separator ","
set title "Số hội nghị theo tỉnh, thành phố" font "DejaVu Sans Bold,12" left
set style fill solid noborder
set grid xtics lc rgb "#D9D9D9"
set xrange [0:*]
set yrange [-0.6:62.6]
set ytics scale 0 font ",8"
set key off
plot data skip 1 using ($2/2):(62-$0):($2/2):(0.36):ytic(1) with boxxyerror lc rgb "#0072B2", \
     data skip 1 using ($2):(62-$0):(sprintf(" %d", $2)) with labels left font ",7.5"
