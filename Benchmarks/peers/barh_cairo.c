/* Peer for the charts benchmark: the 63-bar horizontal chart drawn directly on cairo +
 * pango, the floor of this stack. PNG via cairo_surface_write_to_png (zlib level 6).
 * Build: gcc -O2 barh_cairo.c -o barh_cairo $(pkg-config --cflags --libs pangocairo)
 * Usage: barh_cairo DATA.csv OUT.(png|pdf) [REPEAT]   (REPEAT>0 prints in-process times) */
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char labels[128][128];
static double values[128];
static int n;

static void text(cairo_t *cr, PangoLayout *l, const char *s, double x, double y, int right) {
  int w, h;
  pango_layout_set_text(l, s, -1);
  pango_layout_get_size(l, &w, &h);
  double bx = right ? x - (double)w / PANGO_SCALE : x;
  cairo_move_to(cr, bx, y - (double)h / PANGO_SCALE / 2);
  pango_cairo_show_layout(cr, l);
}

static void draw(cairo_t *cr, double W, double H) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  PangoLayout *l = pango_cairo_create_layout(cr);
  PangoFontDescription *f = pango_font_description_from_string("DejaVu Sans Bold 12");
  pango_layout_set_font_description(l, f);
  cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
  text(cr, l, "Số hội nghị theo tỉnh, thành phố", 10, 18, 0);
  pango_font_description_free(f);
  f = pango_font_description_from_string("DejaVu Sans 8");
  pango_layout_set_font_description(l, f);
  double max = 0;
  for (int i = 0; i < n; i++) if (values[i] > max) max = values[i];
  double x0 = 130, top = 40, pitch = (H - 70) / n, len = W - x0 - 60;
  cairo_set_line_width(cr, 0.5);
  cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
  for (int t = 0; t <= 5; t++) {
    double x = x0 + len * t / 5;
    cairo_move_to(cr, x, top); cairo_line_to(cr, x, top + pitch * n); cairo_stroke(cr);
  }
  char buf[64];
  for (int i = 0; i < n; i++) {
    double cy = top + pitch * (i + 0.5), w = values[i] / max * len;
    cairo_set_source_rgb(cr, 0, 0x72 / 255.0, 0xB2 / 255.0);
    cairo_rectangle(cr, x0, cy - pitch * 0.36, w, pitch * 0.72);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    text(cr, l, labels[i], x0 - 6, cy, 1);
    snprintf(buf, sizeof buf, "%.0f", values[i]);
    text(cr, l, buf, x0 + w + 3, cy, 0);
  }
  pango_font_description_free(f);
  g_object_unref(l);
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static cairo_status_t discard(void *c, const unsigned char *d, unsigned int len) { return CAIRO_STATUS_SUCCESS; }

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: barh_cairo DATA.csv OUT.(png|pdf) [REPEAT]\n"); return 2; }
  FILE *fp = fopen(argv[1], "r");
  if (!fp) { perror(argv[1]); return 66; }
  char line[512];
  fgets(line, sizeof line, fp);
  while (n < 128 && fgets(line, sizeof line, fp)) {
    char *c = strrchr(line, ',');
    if (!c) continue;
    *c = 0;
    snprintf(labels[n], sizeof labels[n], "%s", line);
    values[n++] = atof(c + 1);
  }
  fclose(fp);
  int pdf = strstr(argv[2], ".pdf") != NULL;
  int repeat = argc > 3 ? atoi(argv[3]) : 0;
  double W = 1600, H = 1200;
  for (int r = 0; r <= repeat; r++) {
    double t0 = now_ms();
    cairo_surface_t *s = pdf ? (r == 0 ? cairo_pdf_surface_create(argv[2], W * 0.75, H * 0.75)
                                       : cairo_pdf_surface_create_for_stream(discard, NULL, W * 0.75, H * 0.75))
                             : cairo_image_surface_create(CAIRO_FORMAT_RGB24, W, H);
    cairo_t *cr = cairo_create(s);
    if (pdf) cairo_scale(cr, 0.75, 0.75);
    draw(cr, W, H);
    cairo_destroy(cr);
    double t1 = now_ms();
    if (!pdf) cairo_surface_write_to_png(s, r == 0 ? argv[2] : "/dev/null");
    cairo_surface_finish(s);
    cairo_surface_destroy(s);
    if (r > 0) fprintf(stderr, "draw %.2f ms, total %.2f ms\n", t1 - t0, now_ms() - t0);
  }
  return 0;
}
