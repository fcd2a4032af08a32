// Cairo (image, PDF, SVG surfaces), Pango and PangoCairo, for VustaCairo only.
#ifndef VUSTA_CCAIRO_SHIM_H
#define VUSTA_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pango.h>
#include <pango/pangocairo.h>
#endif
