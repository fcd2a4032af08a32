// Poppler's GLib interface (poppler-glib): the text layer of PDF input, for VustaCorpus only.
#ifndef VUSTA_CPOPPLER_SHIM_H
#define VUSTA_CPOPPLER_SHIM_H
#include <poppler.h>
#endif
